package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.publish.PostingChange;
import dev.gazette.publish.TermMonth;
import dev.gazette.render.SearchPosting;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** An article's posting changes sent to dynoxide in grouped transactions. */
class DynamoSearchIndexIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static final YearMonth MONTH = YearMonth.of(2026, 11);
  private DynamoSearchIndex index;

  @BeforeEach
  void tableOfItsOwn() {
    String table = "search-" + UUID.randomUUID();
    DYNAMO.client().createTable(request -> request.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(attribute("pk"), attribute("sk"))
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
            KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
    index = new DynamoSearchIndex(DYNAMO.client(), table);
  }

  @Test
  void moreTermsThanOneTransactionHoldsAreAllIndexedAndCountedOnce() {
    List<PostingChange> added = added("a1", 130);
    index.changeAll("a1", added);
    index.changeAll("a1", added);
    for (PostingChange change : added) {
      assertThat(index.postings(change.shard())).containsExactly(change.posting());
      assertThat(index.months(change.shard().term())).isEqualTo(Map.of(MONTH, 1));
    }
  }

  @Test
  void changesAppliedInPartBeforeAreCompletedWithoutCountingTwice() {
    List<PostingChange> added = added("a1", 60);
    added.subList(0, 25).forEach(change -> index.change("a1", change));
    index.changeAll("a1", added);
    for (PostingChange change : added) {
      assertThat(index.postings(change.shard())).containsExactly(change.posting());
      assertThat(index.months(change.shard().term())).isEqualTo(Map.of(MONTH, 1));
    }
  }

  @Test
  void anArticleLeavingATermAndAnotherJoiningItKeepTheirCountsApart() {
    index.changeAll("a1", added("a1", 3));
    index.changeAll("a2", added("a2", 3));
    List<PostingChange> removed = added("a1", 3).stream()
        .map(change -> new PostingChange(change.shard(), change.posting(), PostingChange.Kind.REMOVED)).toList();
    index.changeAll("a1", removed);
    index.changeAll("a1", removed);
    for (PostingChange change : added("a2", 3)) {
      assertThat(index.postings(change.shard())).containsExactly(change.posting());
      assertThat(index.months(change.shard().term())).isEqualTo(Map.of(MONTH, 1));
    }
  }

  @Test
  void manyTermMonthsAndTermsAreReadInBulkAsOneByOne() {
    List<PostingChange> added = added("a1", 130);
    index.changeAll("a1", added);
    List<TermMonth> shards = new java.util.ArrayList<>(added.stream().map(PostingChange::shard).toList());
    shards.add(new TermMonth("absent", MONTH));

    Map<TermMonth, List<SearchPosting>> postings = index.postingsOf(shards);
    Map<String, Map<YearMonth, Integer>> months = index.monthsOf(shards.stream().map(TermMonth::term).toList());

    assertThat(postings).hasSize(131).containsEntry(new TermMonth("absent", MONTH), List.of());
    assertThat(months).hasSize(131).containsEntry("absent", Map.of());
    for (PostingChange change : added) {
      assertThat(postings.get(change.shard())).isEqualTo(index.postings(change.shard()));
      assertThat(months.get(change.shard().term())).isEqualTo(Map.of(MONTH, 1));
    }
  }

  private static List<PostingChange> added(String articleId, int terms) {
    return IntStream.range(0, terms).mapToObj(i -> new PostingChange(new TermMonth("terme" + i, MONTH),
        new SearchPosting(articleId, 1 + i % 3, 20), PostingChange.Kind.ADDED)).toList();
  }

  private static AttributeDefinition attribute(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }
}
