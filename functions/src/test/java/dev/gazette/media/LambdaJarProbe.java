package dev.gazette.media;

/**
 * Run by {@link LambdaJarIT} in a JVM whose classpath starts with the shaded Lambda jar: makes
 * every rendition of a drawn picture and prints what it made.
 */
public final class LambdaJarProbe {
  private LambdaJarProbe() {}

  public static void main(String[] args) {
    ProcessedImage image = new ImageProcessor(ImageLimits.defaults())
        .process(Pictures.jpeg(Pictures.detailed(800, 600, 1)), "image/jpeg", FocalPoint.CENTER);
    long webp = image.renditions().stream().filter(r -> r.format() == RenditionFormat.WEBP).count();
    System.out.println("renditions " + image.renditions().size() + ", webp " + webp);
  }
}
