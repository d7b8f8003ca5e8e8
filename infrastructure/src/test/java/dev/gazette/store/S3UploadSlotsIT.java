package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.S3Server;
import dev.gazette.media.UploadSlots;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** Upload slots signed by the API's presigner, used as a browser uses them, against S3Proxy. */
class S3UploadSlotsIT {
  private static S3Server server;
  private static S3Client s3;
  private static S3UploadSlots slots;

  @BeforeAll
  static void startS3() {
    server = S3Server.inMemory(0).start();
    s3 = server.client();
    s3.createBucket(request -> request.bucket("uploads"));
    AwsClients aws = new AwsClients(Map.of("AWS_REGION", LocalAws.REGION.id(),
        "AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_ACCESS_KEY,
        "AWS_ENDPOINT_URL_S3", server.endpoint().toString()));
    slots = new S3UploadSlots(aws.s3Presigner(), s3, "uploads", Clock.systemUTC());
  }

  @AfterAll
  static void stopS3() {
    s3.close();
    server.close();
  }

  @Test
  void aSlotNamesEachHeaderOnceAndAPutWithExactlyThoseHeadersIsStored() throws Exception {
    byte[] picture = "pas vraiment un JPEG".getBytes(StandardCharsets.UTF_8);
    UploadSlots.UploadSlot slot = slots.slotFor("01kb0000000000000000000001", "image/jpeg", picture.length);

    assertThat(slot.headers().keySet().stream().map(name -> name.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet())).hasSize(slot.headers().size());
    assertThat(slot.headers()).containsEntry("Content-Type", "image/jpeg")
        .containsEntry("Content-Length", String.valueOf(picture.length)).doesNotContainKey("Host");
    HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(slot.url()))
        .method(slot.method(), HttpRequest.BodyPublishers.ofByteArray(picture));
    // java.net.http sets the length itself, as a browser does.
    slot.headers().forEach((name, value) -> {
      if (!Set.of("content-length").contains(name.toLowerCase(Locale.ROOT))) {
        put.header(name, value);
      }
    });
    HttpResponse<String> answer = HttpClient.newHttpClient().send(put.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(s3.getObjectAsBytes(get -> get.bucket("uploads").key("uploads/01kb0000000000000000000001"))
        .asByteArray()).isEqualTo(picture);
  }
}
