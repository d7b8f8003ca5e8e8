package dev.gazette.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.article.ArticleIds;
import dev.gazette.article.FieldError;
import dev.gazette.article.PictureRendition;
import dev.gazette.article.VersionConflict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MediaDeskTest {
  private final InMemoryMediaStore store = new InMemoryMediaStore();
  private final RecordingUploadSlots uploads = new RecordingUploadSlots();
  private final Set<String> showing = new HashSet<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
  private final MediaDesk desk = new MediaDesk(store, uploads, id -> Set.copyOf(showing),
      new ArticleIds(clock), clock);

  @Test
  void anAnnouncedUploadAwaitsItsBytesAtTheSlotItWasGiven() {
    MediaDesk.Announced announced = desk.announce(" port.jpg ", "image/jpeg", 3_456_789L);

    assertThat(announced.item().status()).isEqualTo(MediaStatus.AWAITING_UPLOAD);
    assertThat(announced.item().filename()).isEqualTo("port.jpg");
    assertThat(announced.upload().url()).contains(announced.item().id());
    assertThat(store.find(announced.item().id())).contains(announced.item());
  }

  @Test
  void anUploadThatIsNoPictureOrTooLargeIsRefusedNamingEveryField() {
    assertThatThrownBy(() -> desk.announce("../../etc/passwd", "image/svg+xml", MediaRules.MAX_BYTES + 1))
        .isInstanceOfSatisfying(InvalidMedia.class, invalid -> assertThat(invalid.errors())
            .extracting(FieldError::field).containsExactly("filename", "contentType", "size"));
    assertThatThrownBy(() -> desk.announce(null, null, null))
        .isInstanceOfSatisfying(InvalidMedia.class, invalid -> assertThat(invalid.errors()).hasSize(3));
    assertThatThrownBy(() -> desk.announce("a\u202Eb.jpg", "image/jpeg", 0L))
        .isInstanceOfSatisfying(InvalidMedia.class, invalid -> assertThat(invalid.errors())
            .extracting(FieldError::field).containsExactly("filename", "size"));
    assertThat(store.list(10, null).items()).isEmpty();
  }

  @Test
  void describingAPictureChangesItsTextAndANewFocalPointSendsItBackToProcessing() {
    MediaItem ready = readyPicture();
    MediaItem described = desk.describe(ready.id(), ready.version(),
        new MediaText(" Le quai à l'aube ", "Le port de Safi.", "Gazette"), ready.focus());

    assertThat(described.text()).isEqualTo(new MediaText("Le quai à l'aube", "Le port de Safi.", "Gazette"));
    assertThat(described.status()).isEqualTo(MediaStatus.READY);
    assertThat(uploads.reprocessed).isEmpty();

    MediaItem refocused = desk.describe(ready.id(), described.version(), described.text(),
        new FocalPoint(0.2, 0.7));
    assertThat(refocused.status()).isEqualTo(MediaStatus.PROCESSING);
    assertThat(refocused.focus()).isEqualTo(new FocalPoint(0.2, 0.7));
    assertThat(uploads.reprocessed).containsExactly(ready.id());
  }

  @Test
  void aChangeFromAnOlderVersionIsRefusedAndChangesNothing() {
    MediaItem ready = readyPicture();
    desk.describe(ready.id(), ready.version(), new MediaText("Alt", null, null), ready.focus());

    assertThatThrownBy(() -> desk.describe(ready.id(), ready.version(), new MediaText("Autre", null, null),
        ready.focus())).isInstanceOf(VersionConflict.class);
    assertThat(desk.get(ready.id()).text().alt()).isEqualTo("Alt");
  }

  @Test
  void aPictureAPublishedArticleShowsCannotBeDeleted() {
    MediaItem ready = readyPicture();
    showing.add("01kbarticle0000000000000000");

    assertThatThrownBy(() -> desk.delete(ready.id(), ready.version())).isInstanceOf(MediaInUse.class);
    assertThat(store.find(ready.id())).isPresent();

    showing.clear();
    desk.delete(ready.id(), ready.version());
    assertThat(store.find(ready.id())).isEmpty();
  }

  @Test
  void anUploadThatNeverCameWithinItsWindowIsReportedFailed() {
    MediaItem announced = desk.announce("port.jpg", "image/jpeg", 1_000L).item();
    Clock later = Clock.fixed(clock.instant().plus(MediaRules.UPLOAD_WINDOW).plusSeconds(1), ZoneOffset.UTC);
    MediaDesk tomorrow = new MediaDesk(store, uploads, id -> Set.of(), new ArticleIds(later), later);

    assertThat(desk.get(announced.id()).status()).isEqualTo(MediaStatus.AWAITING_UPLOAD);
    MediaItem expired = tomorrow.get(announced.id());
    assertThat(expired.status()).isEqualTo(MediaStatus.FAILED);
    assertThat(expired.reason()).contains("expired");
  }

  @Test
  void anUnknownOrMalformedIdIsNotFound() {
    assertThatThrownBy(() -> desk.get("nope")).isInstanceOf(MediaNotFound.class);
    assertThatThrownBy(() -> desk.get("01kbcd7e3f9g0h1j2k3m4n5p6q")).isInstanceOf(MediaNotFound.class);
  }

  private MediaItem readyPicture() {
    MediaItem announced = desk.announce("port.jpg", "image/jpeg", 1_000L).item();
    MediaItem ready = announced.ready(4000, 3000, "0123456789abcdef0123456789abcdef",
        List.of(new PictureRendition("16x9", 1600, 900, "webp"))).next(clock.instant());
    store.replace(announced, ready);
    return ready;
  }
}
