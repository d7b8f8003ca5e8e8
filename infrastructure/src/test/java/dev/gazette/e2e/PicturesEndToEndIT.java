package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Pictures from the editor to the reader, over HTTP through the local cloud: announced to the API,
 * PUT by the editor straight to the signed S3 URL, turned into renditions by the media function
 * on S3's ObjectCreated event, and served by the CDN; unusable bytes end failed, publishing
 * nothing; a replayed event changes nothing.
 */
class PicturesEndToEndIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static LocalCloud cloud;
  private static Newsroom newsroom;
  private static Pictures pictures;

  @BeforeAll
  static void start() throws IOException {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-pictures")));
    newsroom = new Newsroom(cloud);
    pictures = new Pictures(newsroom);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void aPictureSentToItsSignedUrlBecomesReadyWithinSecondsAndEveryRenditionIsServedAtItsSize() throws Exception {
    byte[] jpeg = DrawnPicture.jpeg(2400, 1600);
    JsonNode announced = pictures.announce(cloud.editorToken(), "tramway.jpg", "image/jpeg", jpeg);
    String id = announced.get("id").asText();
    assertThat(announced.get("status").asText()).isEqualTo("awaiting-upload");
    assertThat(announced.at("/upload/headers/Content-Length").asText())
        .as("the length is signed, so S3 takes no other").isEqualTo(String.valueOf(jpeg.length));
    assertThat(announced.at("/upload/url").asText()).startsWith(cloud.s3Endpoint().toString())
        .contains("X-Amz-Expires=900");

    long sentAt = System.nanoTime();
    assertThat(pictures.upload(announced, jpeg).statusCode()).isEqualTo(200);
    JsonNode ready = pictures.await(cloud.editorToken(), id, Set.of("ready", "failed"), Duration.ofSeconds(20));
    Duration took = Duration.ofNanos(System.nanoTime() - sentAt);

    assertThat(ready.get("status").asText()).as(ready.toString()).isEqualTo("ready");
    assertThat(took).as("from the PUT to ready").isLessThan(Duration.ofSeconds(15));
    assertThat(ready.get("width").asInt()).isEqualTo(2400);
    assertThat(ready.get("height").asInt()).isEqualTo(1600);
    List<JsonNode> renditions = new ArrayList<>();
    ready.get("renditions").forEach(renditions::add);
    assertThat(renditions).extracting(r -> r.get("crop").asText()).contains("16x9", "4x3", "1x1");
    assertThat(renditions).extracting(r -> r.get("format").asText()).contains("jpg", "webp");
    for (JsonNode rendition : renditions) {
      String url = rendition.get("url").asText();
      assertThat(url).startsWith(cloud.cdnUrl() + "/media/");
      HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(file.statusCode()).as(url).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type")).as(url)
          .hasValue(rendition.get("format").asText().equals("jpg") ? "image/jpeg" : "image/webp");
      assertThat(file.headers().firstValue("Cache-Control").orElse("")).as(url).contains("immutable");
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.body()));
      assertThat(image).as(url + " decodes").isNotNull();
      assertThat(image.getWidth()).as(url).isEqualTo(rendition.get("width").asInt());
      assertThat(image.getHeight()).as(url).isEqualTo(rendition.get("height").asInt());
    }
    assertThat(newsroom.read("/uploads/" + id).statusCode()).as("the upload, asked of the CDN").isEqualTo(404);
    assertThat(keys(cloud.bucketName("UploadsBucket"), "")).contains("uploads/" + id)
        .allSatisfy(key -> assertThat(key).startsWith("uploads/"));
    assertThat(keys(cloud.bucketName(), "uploads/")).as("uploads in the site's bucket").isEmpty();
  }

  @Test
  void bytesThatAreNoImageSentAsJpegEndFailedWithAReasonAndPublishNothing() throws Exception {
    byte[] notAPicture = "Ceci n’est pas une photo.".repeat(40).getBytes(StandardCharsets.UTF_8);
    Map<String, String> before = files("media/");
    JsonNode announced = pictures.announce(cloud.editorToken(), "faux.jpg", "image/jpeg", notAPicture);

    assertThat(pictures.upload(announced, notAPicture).statusCode()).isEqualTo(200);
    JsonNode failed = pictures.await(cloud.editorToken(), announced.get("id").asText(), Set.of("ready", "failed"),
        Duration.ofSeconds(20));
    cloud.awaitPublished();

    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("reason").asText()).isNotBlank();
    assertThat(failed.get("renditions")).isEmpty();
    assertThat(files("media/")).as("the site's media files").isEqualTo(before);
    assertThat(Files.exists(cloud.s3Events().failedEventsFile())).as("an unusable picture is no failed invocation")
        .isFalse();
  }

  @Test
  void aReplayedUploadEventChangesNeitherThePictureNorItsFiles() throws Exception {
    JsonNode ready = pictures.ready(cloud.editorToken(), "marche.jpg", 1200, 800);
    String id = ready.get("id").asText();
    HttpResponse<String> read = pictures.read(cloud.editorToken(), id);
    Map<String, String> files = files("media/");

    assertThat(cloud.s3Events().replay(cloud.bucketName("UploadsBucket"), "uploads/" + id)).isEqualTo(1);
    cloud.awaitPublished();

    HttpResponse<String> again = pictures.read(cloud.editorToken(), id);
    assertThat(again.headers().firstValue("ETag")).isEqualTo(read.headers().firstValue("ETag"));
    assertThat(again.body()).isEqualTo(read.body());
    assertThat(files("media/")).as("each file with its ETag and time").isEqualTo(files);
  }

  @Test
  void aNewFocalPointCopiesTheUploadOntoItselfAndMakesRenditionsUnderNewAddresses() throws Exception {
    JsonNode ready = pictures.ready(cloud.editorToken(), "port.jpg", 1600, 900);
    String id = ready.get("id").asText();
    List<String> before = ready.get("renditions").findValuesAsText("url");

    HttpResponse<String> patched = newsroom.send(newsroom.api("/media/" + id)
        .header("Authorization", "Bearer " + cloud.editorToken()).header("If-Match", "\"" + ready.get("version") + "\"")
        .header("Content-Type", "application/merge-patch+json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"focus\": {\"x\": 0.2, \"y\": 0.7}}")));
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    JsonNode refocused = pictures.await(cloud.editorToken(), id, Set.of("ready", "failed"), Duration.ofSeconds(20));

    assertThat(refocused.get("status").asText()).isEqualTo("ready");
    assertThat(refocused.at("/focus/x").asDouble()).isEqualTo(0.2);
    List<String> after = refocused.get("renditions").findValuesAsText("url");
    assertThat(after).isNotEmpty().doesNotContainAnyElementsOf(before);
    for (String url : after) {
      assertThat(newsroom.send(HttpRequest.newBuilder(URI.create(url))).statusCode()).as(url).isEqualTo(200);
    }
  }

  private static List<String> keys(String bucket, String prefix) {
    return cloud.s3Client().listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).contents().stream()
        .map(S3Object::key).toList();
  }

  /** The site's files under a prefix, each with its ETag and last change. */
  private static Map<String, String> files(String prefix) {
    Map<String, String> files = new TreeMap<>();
    cloud.s3Client().listObjectsV2Paginator(list -> list.bucket(cloud.bucketName()).prefix(prefix)).contents()
        .forEach(object -> files.put(object.key(), object.eTag() + " " + object.lastModified()));
    return files;
  }
}
