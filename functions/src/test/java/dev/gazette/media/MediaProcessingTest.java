package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.ArticleIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An upload event, once or replayed: renditions and a ready picture, or a reason and nothing public. */
class MediaProcessingTest {
  private static final byte[] PHOTO = Pictures.jpeg(Pictures.detailed(720, 480, 3));
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  private final InMemoryMediaStore store = new InMemoryMediaStore();
  private final Map<String, UploadedFiles.Upload> uploads = new HashMap<>();
  private final Map<String, byte[]> published = new LinkedHashMap<>();
  private int writes;
  private final MediaProcessing processing = new MediaProcessing(store,
      id -> Optional.ofNullable(uploads.get(id)),
      (hash, rendition) -> {
        writes++;
        published.put(hash + "/" + rendition.crop().key() + "-" + rendition.width() + "."
            + rendition.format().extension(), rendition.bytes());
      },
      new ImageProcessor(ImageLimits.defaults()), clock);

  private MediaItem announced(String contentType, long size) {
    MediaItem item = MediaItem.awaitingUpload(new ArticleIds(clock).next(), "photo.jpg", contentType,
        size, clock.instant());
    store.create(item);
    return item;
  }

  @Test
  void anUploadBecomesAReadyPictureWithEveryCropPublishedUnderItsHash() {
    MediaItem item = announced("image/jpeg", PHOTO.length);
    uploads.put(item.id(), new UploadedFiles.Upload("image/jpeg", PHOTO));

    assertThat(processing.process(item.id())).isEqualTo(MediaProcessing.Outcome.READY);

    MediaItem ready = store.find(item.id()).orElseThrow();
    assertThat(ready.status()).isEqualTo(MediaStatus.READY);
    assertThat(ready.width()).isEqualTo(720);
    assertThat(ready.renditions()).extracting(rendition -> rendition.crop()).contains("16x9", "4x3", "1x1");
    assertThat(published).hasSize(ready.renditions().size())
        .allSatisfy((key, bytes) -> assertThat(key).startsWith(ready.imageHash() + "/"));
  }

  @Test
  void aReplayedEventMakesTheSameFilesAndChangesNoRecord() {
    MediaItem item = announced("image/jpeg", PHOTO.length);
    uploads.put(item.id(), new UploadedFiles.Upload("image/jpeg", PHOTO));
    processing.process(item.id());
    MediaItem first = store.find(item.id()).orElseThrow();
    Map<String, byte[]> firstFiles = new HashMap<>(published);

    assertThat(processing.process(item.id())).isEqualTo(MediaProcessing.Outcome.UNCHANGED);

    assertThat(store.find(item.id())).contains(first);
    assertThat(published.keySet()).isEqualTo(firstFiles.keySet());
    published.forEach((key, bytes) -> assertThat(bytes).isEqualTo(firstFiles.get(key)));
  }

  @Test
  void bytesThatAreNoPictureFailWithAReasonAndPublishNothing() {
    byte[] text = "<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    MediaItem item = announced("image/png", text.length);
    uploads.put(item.id(), new UploadedFiles.Upload("image/png", text));

    assertThat(processing.process(item.id())).isEqualTo(MediaProcessing.Outcome.FAILED);

    MediaItem failed = store.find(item.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(MediaStatus.FAILED);
    assertThat(failed.reason()).isNotBlank();
    assertThat(writes).isZero();
  }

  @Test
  void anUploadOfAnotherSizeOrTypeThanAnnouncedFails() {
    MediaItem bigger = announced("image/jpeg", PHOTO.length - 10);
    uploads.put(bigger.id(), new UploadedFiles.Upload("image/jpeg", PHOTO));
    MediaItem other = announced("image/png", PHOTO.length);
    uploads.put(other.id(), new UploadedFiles.Upload("image/jpeg", PHOTO));

    processing.process(bigger.id());
    processing.process(other.id());

    assertThat(store.find(bigger.id()).orElseThrow().reason()).contains("announced");
    assertThat(store.find(other.id()).orElseThrow().reason()).contains("announced");
    assertThat(writes).isZero();
  }

  @Test
  void anEventForAPictureThatIsGoneDoesNothing() {
    MediaItem item = announced("image/jpeg", PHOTO.length);
    store.delete(item);
    uploads.put(item.id(), new UploadedFiles.Upload("image/jpeg", PHOTO));

    assertThat(processing.process(item.id())).isEqualTo(MediaProcessing.Outcome.GONE);
    assertThat(writes).isZero();
  }
}
