package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.gazette.media.ImageLimits;
import dev.gazette.media.ImageProcessor;
import dev.gazette.media.InMemoryMediaStore;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaProcessing;
import dev.gazette.media.MediaStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaHandlerTest {
  private final InMemoryMediaStore store = new InMemoryMediaStore();
  private final List<String> read = new ArrayList<>();

  private MediaHandler handler(boolean uploadsFail) {
    return new MediaHandler(new MediaProcessing(store, id -> {
      read.add(id);
      if (uploadsFail) {
        throw new IllegalStateException("S3 is unavailable");
      }
      return Optional.empty();
    }, (hash, rendition) -> { }, new ImageProcessor(ImageLimits.defaults()), Clock.systemUTC()));
  }

  private static S3Event event(String key) throws Exception {
    Path file = Files.createTempFile("s3-event", ".json");
    String json = new String(MediaHandlerTest.class.getResourceAsStream("/events/s3-upload-created.json")
        .readAllBytes(), StandardCharsets.UTF_8).replace("uploads/MEDIA_ID", key);
    Files.writeString(file, json);
    return EventLoader.loadS3Event(file.toString());
  }

  @Test
  void anUploadEventIsProcessedByTheIdItsKeyNames() throws Exception {
    MediaItem item = MediaItem.awaitingUpload("01kbmedia00000000000000001", "p.jpg", "image/jpeg", 10,
        Instant.parse("2026-12-01T10:00:00Z"));
    store.create(item);

    int processed = handler(false).handleRequest(event("uploads/01kbmedia00000000000000001"),
        new TestContext("MediaFunction"));

    assertThat(processed).isEqualTo(1);
    assertThat(read).containsExactly("01kbmedia00000000000000001");
    // No upload behind the event (deleted since): the picture is left as it was.
    assertThat(store.find(item.id()).orElseThrow().status()).isEqualTo(MediaStatus.AWAITING_UPLOAD);
  }

  @Test
  void keysOutsideTheUploadsPrefixAreIgnored() throws Exception {
    assertThat(handler(false).handleRequest(event("media/abc/16x9-320.webp"), new TestContext("MediaFunction")))
        .isZero();
    assertThat(read).isEmpty();
  }

  @Test
  void aFailureIsThrownSoLambdaRetriesTheEvent() throws Exception {
    store.create(MediaItem.awaitingUpload("01kbmedia00000000000000002", "p.jpg", "image/jpeg", 10,
        Instant.parse("2026-12-01T10:00:00Z")));
    assertThatThrownBy(() -> handler(true).handleRequest(event("uploads/01kbmedia00000000000000002"),
        new TestContext("MediaFunction"))).hasMessageContaining("unavailable");
  }
}
