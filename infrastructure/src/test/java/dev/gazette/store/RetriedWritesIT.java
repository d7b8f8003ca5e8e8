package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.article.RequestAlreadyMade;
import dev.gazette.article.RequestReceipt;
import dev.gazette.article.VersionConflict;
import dev.gazette.faults.FaultInjector;
import dev.gazette.faults.FaultKind;
import dev.gazette.faults.FaultRule;
import dev.gazette.faults.FaultyClients;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.media.FocalPoint;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Every conditional write of the stores, applied by DynamoDB and then answered 500 so that the
 * SDK sends it again: the retry meets its own write and must carry on as if it had succeeded.
 */
class RetriedWritesIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private final Editor editor = new Editor("u-1", "Nadia Belkacem");

  @Test
  void anArticleCreatedThenAnswered500IsCreatedOnce() {
    String table = LocalTables.create(DYNAMO.client());
    FaultInjector faults = new FaultInjector(1, FaultRule.appliedThen500(1).on("DynamoDB", "TransactWriteItems").times(1));
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      EditorDesk desk = desk(new DynamoArticleStore(dynamo, table));
      Article created = desk.create(content("Le port de Tanger"), editor);
      assertThat(faults.injected(FaultKind.APPLIED_THEN_500)).isEqualTo(1);
      assertThat(new DynamoArticleStore(DYNAMO.client(), table).find(created.id())).contains(created);
    }
  }

  @Test
  void anArticleEditedThenAnswered500KeepsExactlyOneRevisionOfEachVersion() {
    String table = LocalTables.create(DYNAMO.client());
    DynamoArticleStore truth = new DynamoArticleStore(DYNAMO.client(), table);
    Article created = desk(truth).create(content("Le port de Tanger"), editor);
    FaultInjector faults = new FaultInjector(1, FaultRule.appliedThen500(1).on("DynamoDB", "TransactWriteItems").times(1));
    Article edited;
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      edited = desk(new DynamoArticleStore(dynamo, table)).replace(created.id(), 1, content("Le port de Tanger agrandi"), editor);
    }
    assertThat(faults.injected(FaultKind.APPLIED_THEN_500)).isEqualTo(1);
    assertThat(truth.revisions(created.id(), 10, null).revisions())
        .extracting(revision -> revision.version(), revision -> revision.summary())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "Titre modifié"),
            org.assertj.core.groups.Tuple.tuple(1L, "Créé et publié"));
    assertThat(truth.revision(created.id(), 2)).contains(edited);
    assertThat(truth.revision(created.id(), 1)).contains(created);
  }

  @Test
  void aPictureCreatedEditedAndDeletedThroughLostAnswersIsWrittenEachTimeWithoutAConflict() {
    String table = LocalTables.create(DYNAMO.client());
    DynamoMediaStore truth = new DynamoMediaStore(DYNAMO.client(), table);
    MediaItem announced = MediaItem.awaitingUpload(UUID.randomUUID().toString(), "port.jpg", "image/jpeg",
        1234, Instant.parse("2026-03-01T10:00:00Z"));
    withFirstAnswerLost(table, "PutItem", media -> media.create(announced));
    assertThat(truth.find(announced.id())).contains(announced);

    MediaItem captioned = announced.withText(new MediaText("Le port", "Le port au matin", "AFP"))
        .withFocus(new FocalPoint(1.0, 0.25)).next(Instant.parse("2026-03-01T10:05:00Z"));
    withFirstAnswerLost(table, "PutItem", media -> media.replace(announced, captioned));
    assertThat(truth.find(announced.id())).contains(captioned);

    withFirstAnswerLost(table, "DeleteItem", media -> media.delete(captioned));
    assertThat(truth.find(announced.id())).isEmpty();
  }

  /** Runs one store call whose first attempt DynamoDB applies and whose answer is then a 500. */
  private static void withFirstAnswerLost(String table, String operation, Consumer<DynamoMediaStore> call) {
    FaultInjector faults = new FaultInjector(1, FaultRule.appliedThen500(1).on("DynamoDB", operation).times(1));
    try (DynamoDbClient dynamo = FaultyClients.dynamoDb(DYNAMO.endpoint(), faults)) {
      call.accept(new DynamoMediaStore(dynamo, table));
    }
    assertThat(faults.injected(FaultKind.APPLIED_THEN_500, operation)).isEqualTo(1);
  }

  @Test
  void aPictureChangedByAnotherEditorIsStillAConflict() {
    String table = LocalTables.create(DYNAMO.client());
    DynamoMediaStore media = new DynamoMediaStore(DYNAMO.client(), table);
    MediaItem announced = MediaItem.awaitingUpload(UUID.randomUUID().toString(), "port.jpg", "image/jpeg",
        1234, Instant.parse("2026-03-01T10:00:00Z"));
    media.create(announced);
    MediaItem theirs = announced.withText(new MediaText("Le leur", null, null)).next(Instant.parse("2026-03-01T10:01:00Z"));
    media.replace(announced, theirs);
    MediaItem mine = announced.withText(new MediaText("Le mien", null, null)).next(Instant.parse("2026-03-01T10:02:00Z"));

    assertThatThrownBy(() -> media.replace(announced, mine)).isInstanceOf(VersionConflict.class);
    assertThatThrownBy(() -> media.delete(announced)).isInstanceOf(VersionConflict.class);
    assertThatThrownBy(() -> media.create(mine)).isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(media.find(announced.id())).contains(theirs);
  }

  @Test
  void aReceiptPastItsTimeIsAbsentAndANewRequestWithItsKeyReplacesIt() {
    String table = LocalTables.create(DYNAMO.client());
    DynamoArticleStore store = new DynamoArticleStore(DYNAMO.client(), table);
    DynamoRequestReceipts receipts = new DynamoRequestReceipts(DYNAMO.client(), table);
    Instant then = Instant.parse("2026-03-01T08:00:00Z");
    EditorDesk desk = desk(store);
    desk.create(content("Hier"), editor, made -> Optional.of(
        new RequestReceipt("k", "first", "{}", then, then.plus(Duration.ofHours(24)))));
    Instant dayAfter = then.plus(Duration.ofHours(25));
    assertThat(receipts.find("k", then.plusSeconds(60))).isPresent();
    assertThat(receipts.find("k", dayAfter)).as("expired, not yet removed by the time to live").isEmpty();

    desk.create(content("Aujourd’hui"), editor, made -> Optional.of(
        new RequestReceipt("k", "second", "{}", dayAfter, dayAfter.plus(Duration.ofHours(24)))));
    assertThat(receipts.find("k", dayAfter).orElseThrow().fingerprint()).isEqualTo("second");
    assertThatThrownBy(() -> desk.create(content("Encore"), editor, made -> Optional.of(
        new RequestReceipt("k", "third", "{}", dayAfter, dayAfter.plus(Duration.ofHours(24))))))
        .isInstanceOfSatisfying(RequestAlreadyMade.class,
            made -> assertThat(made.receipt().fingerprint()).isEqualTo("second"));
  }

  private static EditorDesk desk(DynamoArticleStore store) {
    return new EditorDesk(store, new ArticleIds(Clock.systemUTC()), Clock.systemUTC(), Locale.FRENCH,
        PictureLibrary.EMPTY);
  }

  private static ArticleContent content(String title) {
    return new ArticleContent(title, "Un résumé.", "Le **corps**.", null, "Rabat",
        List.of("Diplomatie"), "published", null, null, null, null);
  }
}
