package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The Lambda jar is shaded from many jars: a lost META-INF/services file or native library would
 * only show in production, at the first upload. This runs the processor from the jar itself.
 */
class LambdaJarIT {
  private final Path jar = Path.of(System.getProperty("gazette.lambdaJar"));

  @Test
  void theShadedJarKeepsBothPluginRegistriesAndLibwebpForBothLambdaArchitectures() throws Exception {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(text(zip, "META-INF/services/javax.imageio.spi.ImageReaderSpi"))
          .contains("com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi", "com.luciad.imageio.webp.WebPImageReaderSpi");
      assertThat(text(zip, "META-INF/services/javax.imageio.spi.ImageWriterSpi"))
          .contains("com.luciad.imageio.webp.WebPImageWriterSpi");
      assertThat(zip.getEntry("native/Linux/aarch64/libwebp-imageio.so")).isNotNull();
      assertThat(zip.getEntry("native/Linux/x86_64/libwebp-imageio.so")).isNotNull();
      assertThat(zip.getEntry("native/Windows/x86_64/webp-imageio.dll")).as("trimmed").isNull();
    }
  }

  @Test
  void theShadedJarMakesEveryRendition() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = jar + File.pathSeparator + System.getProperty("gazette.testClasses");
    Process probe = new ProcessBuilder(java, "-cp", classpath, LambdaJarProbe.class.getName())
        .redirectErrorStream(true).start();
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(probe.exitValue()).as(output).isZero();
    assertThat(output).contains("renditions 16, webp 8");
  }

  @Test
  void theShadedJarWeighsFrenchTextWithOnlyTheFrenchPartOfLucene() throws Exception {
    String output = run(dev.gazette.publish.related.LambdaJarTextProbe.class.getName());
    assertThat(output).contains("terms [econom, mediathequ, ouvert, dimanch]");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      assertThat(zip.getEntry("org/apache/lucene/analysis/de/GermanAnalyzer.class")).as("trimmed").isNull();
    }
  }

  private String run(String probeClass) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = jar + File.pathSeparator + System.getProperty("gazette.testClasses");
    Process probe = new ProcessBuilder(java, "-cp", classpath, probeClass).redirectErrorStream(true).start();
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.exitValue()).as(output).isZero();
    return output;
  }

  private static String text(ZipFile zip, String name) throws Exception {
    return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
  }
}
