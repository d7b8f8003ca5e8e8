package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nothing private leaks through media: renditions hold pixels, never the upload's metadata. */
class MetadataStrippedTest {
  private static final ImageProcessor PROCESSOR = new ImageProcessor(ImageLimits.defaults());
  private static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description"
      + " exif:GPSLatitude=\"48,51.49N\" photoshop:City=\"Paris\" dc:creator=\"Source protégée\"/></rdf:RDF></x:xmpmeta>";
  private static final String COMMENT = "taken at the informant's flat";
  private static final List<String> TELLTALES = List.of("Exif", "GPS", ExifBlock.MAKE, "http://ns.adobe.com/xap",
      "xmpmeta", "Photoshop", "8BIM", "ICC_PROFILE", "Paris", COMMENT);
  private static ProcessedImage image;

  @BeforeAll
  static void processAPhoneJpegWithEveryKindOfMetadata() {
    byte[] iptc = ByteBuffer.allocate(12 + 20).put("8BIM".getBytes(StandardCharsets.US_ASCII))
        .putShort((short) 0x0404).putShort((short) 0).putInt(20)
        .put(new byte[] {0x1c, 0x02, 0x5a, 0, 5}).put("Paris".getBytes(StandardCharsets.US_ASCII))
        .put(new byte[] {0x1c, 0x02, 0x78, 0, 5}).put("Paris".getBytes(StandardCharsets.US_ASCII)).array();
    byte[] upload = JpegFile.withSegments(Pictures.jpeg(Pictures.detailed(480, 320, 4)),
        ExifBlock.app1(1, true, ByteOrder.BIG_ENDIAN),
        JpegFile.segment(0xe1, "http://ns.adobe.com/xap/1.0/\0", XMP.getBytes(StandardCharsets.UTF_8)),
        JpegFile.segment(0xe2, "ICC_PROFILE\0\1\1", ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()),
        JpegFile.segment(0xed, "Photoshop 3.0\0", iptc),
        JpegFile.segment(0xfe, COMMENT.getBytes(StandardCharsets.US_ASCII)));
    assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("GPS", "Paris", COMMENT);
    assertThat(JpegFile.parse(upload).markers()).contains(0xe1, 0xe2, 0xed, 0xfe);

    image = PROCESSOR.process(upload, "image/jpeg", FocalPoint.CENTER);
  }

  @Test
  void jpegRenditionsHoldOnlyTheMarkersThatDescribePixels() {
    for (Rendition rendition : image.renditions()) {
      if (rendition.format() != RenditionFormat.JPEG) {
        continue;
      }
      JpegFile file = JpegFile.parse(rendition.bytes());
      // SOI, JFIF, quantisation and Huffman tables, frame, scans, restart interval, EOI: no APPn, no COM.
      assertThat(file.markers()).as(rendition.toString()).isSubsetOf(0xd8, 0xe0, 0xdb, 0xc4, 0xc2, 0xda, 0xdd, 0xd9);
      assertThat(file.segments()).filteredOn(s -> s.marker() == 0xe0)
          .allSatisfy(s -> assertThat(s.payloadText()).startsWith("JFIF\0"));
      assertThat(file.markers().get(file.markers().size() - 1)).isEqualTo(0xd9);
    }
  }

  @Test
  void webpRenditionsAreABareVp8FileWithoutExifXmpOrProfileChunks() {
    for (Rendition rendition : image.renditions()) {
      if (rendition.format() == RenditionFormat.WEBP) {
        assertThat(riffChunks(rendition.bytes())).as(rendition.toString()).containsExactly("VP8 ");
      }
    }
  }

  @Test
  void noRenditionHoldsAnyTraceOfTheUploadsMetadata() {
    assertThat(image.renditions()).hasSize(2 * (2 + 2 + 1)).allSatisfy(rendition ->
        assertThat(new String(rendition.bytes(), StandardCharsets.ISO_8859_1)).as(rendition.toString())
            .doesNotContain(TELLTALES));
  }

  private static List<String> riffChunks(byte[] webp) {
    ByteBuffer b = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(b.getInt(4)).isEqualTo(webp.length - 8);
    List<String> chunks = new ArrayList<>();
    for (int pos = 12; pos + 8 <= webp.length; ) {
      chunks.add(new String(webp, pos, 4, StandardCharsets.US_ASCII));
      int length = b.getInt(pos + 4);
      pos += 8 + length + (length & 1);
    }
    return chunks;
  }
}
