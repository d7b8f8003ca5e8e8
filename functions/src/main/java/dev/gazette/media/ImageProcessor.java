package dev.gazette.media;

import dev.gazette.media.UnusableImage.Kind;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns an editor's upload into every rendition the site serves: checked, decoded once, turned
 * upright, converted to sRGB, cropped to each {@link Crop} around the focal point, scaled down the
 * {@link WidthLadder} and written as JPEG and WebP from the pixels alone. The same bytes and focal
 * point always give the same hash and byte-identical renditions, so a replayed event changes
 * nothing. Build one per container; {@code process} may be called from several threads.
 */
public final class ImageProcessor {

  /**
   * The processing version, part of every hash. Raise it whenever renditions would come out
   * different for the same upload (ladder, crops, quality, resampling, an encoder upgrade), so
   * that new renditions get new keys and a cached file is never replaced by other bytes.
   */
  public static final int VERSION = 1;

  private final ImageLimits limits;
  private final WidthLadder ladder = WidthLadder.STANDARD;
  private final Decoder decoder;
  private final RenditionEncoder encoder = new RenditionEncoder();
  private final StageListener stages;

  public ImageProcessor(ImageLimits limits) {
    this(limits, StageListener.NONE);
  }

  /** A processor that tells {@code stages} how long each stage took. */
  public ImageProcessor(ImageLimits limits, StageListener stages) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.stages = Objects.requireNonNull(stages, "stages");
    this.decoder = new Decoder(limits);
  }

  /**
   * The renditions of an upload read from {@code upload}, which S3 said is {@code declaredLength}
   * bytes long; refused before reading when that is over the limit, and as truncated when the
   * stream ends sooner.
   */
  public ProcessedImage process(InputStream upload, long declaredLength, String declaredContentType,
      FocalPoint focus) throws IOException {
    if (declaredLength < 0) {
      throw new IllegalArgumentException("a length is not negative: " + declaredLength);
    }
    checkLength(declaredLength);
    byte[] bytes = upload.readNBytes((int) declaredLength);
    if (bytes.length < declaredLength) {
      throw new UnusableImage(Kind.TRUNCATED, "truncated: the upload ended after " + bytes.length + " of "
          + declaredLength + " bytes; send the file again");
    }
    return process(bytes, declaredContentType, focus);
  }

  /**
   * The renditions of {@code bytes}, whose uploader declared {@code declaredContentType} (null if
   * none), cropped around {@code focus}.
   *
   * @throws UnusableImage when the upload cannot be published, saying why in an editor's words
   */
  public ProcessedImage process(byte[] bytes, String declaredContentType, FocalPoint focus) {
    Objects.requireNonNull(focus, "focus");
    checkLength(bytes.length);
    SourceFormat format = SourceFormat.recognise(bytes).orElseThrow(() -> RefusedFormats.refusal(bytes));
    if (!format.isDeclaredBy(declaredContentType)) {
      throw new UnusableImage(Kind.TYPE_MISMATCH, "content type " + SourceFormat.essence(declaredContentType)
          + " declared but the bytes are " + format.label());
    }
    Container container = Container.of(format, bytes);
    long start = System.nanoTime();
    BufferedImage pixels = decoder.decode(format, bytes, container);
    start = lap("decode", start);
    // One reference at a time, so each form can go as soon as the next exists: at 24 MP the
    // decoded, sRGB and upright forms are 72 to 96 MB each.
    pixels = Srgb.opaque(pixels);
    BufferedImage upright = Orientation.fromExif(container.exif()).upright(pixels);
    pixels = null;
    start = lap("orient+sRGB", start);
    Pyramid pyramid = new Pyramid(upright);
    List<Rendition> renditions = new ArrayList<>();
    for (Crop crop : Crop.values()) {
      CropWindow window = CropWindow.of(crop, upright.getWidth(), upright.getHeight(), focus);
      for (int width : ladder.widthsFor(window.width())) {
        int height = Math.min(window.height(), crop.heightAt(width));
        BufferedImage scaled = pyramid.render(window, width, height);
        start = lap("scale " + crop.key(), start);
        for (RenditionFormat output : RenditionFormat.values()) {
          renditions.add(new Rendition(crop, width, height, output, encoder.encode(scaled, output)));
          start = lap("encode " + output.extension(), start);
        }
      }
    }
    String sourceHash = ContentHash.ofSource(bytes);
    return new ProcessedImage(ContentHash.ofRenditions(sourceHash, focus, VERSION), sourceHash, format,
        upright.getWidth(), upright.getHeight(), focus, renditions);
  }

  private void checkLength(long length) {
    if (length > limits.maxBytes()) {
      throw new UnusableImage(Kind.TOO_LARGE, "too large (" + size(length) + " > " + size(limits.maxBytes())
          + "): send a smaller file");
    }
  }

  private static String size(long bytes) {
    return bytes < 1 << 20 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  private long lap(String stage, long start) {
    long now = System.nanoTime();
    stages.finished(stage, now - start);
    return now;
  }
}
