package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.Slug;
import dev.gazette.local.aws.LocalDynamo;
import dev.gazette.publish.ListId;
import dev.gazette.publish.PageId;
import dev.gazette.publish.PageLedger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page ledger against dynoxide. A call repeated with the same arguments is what the SDK
 * sends when the first try was applied but answered with an error: it must find the state the
 * first try made and carry on, never wait for a lease its own caller holds.
 */
class DynamoPageLedgerIT {
  @RegisterExtension
  static final LocalDynamo DYNAMO = new LocalDynamo();
  private static final PageId SITE_FRONT = new PageId.Front(ListId.site());
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private static final Instant UNTIL = NOW.plusSeconds(30);
  private DynamoPageLedger ledger;

  @BeforeEach
  void freshTable() {
    ledger = new DynamoPageLedger(DYNAMO.client(), LocalTables.create(DYNAMO.client()));
  }

  @Test
  void aPageLeaseGoesToOneWriterAndComesBackOnlyWhenNoNewerTicketWaits() {
    PageLedger.Claim first = ledger.claim(SITE_FRONT, "lambda-a", NOW, UNTIL);
    PageLedger.Claim second = ledger.claim(SITE_FRONT, "lambda-b", NOW, UNTIL);
    assertThat(first.leased()).isTrue();
    assertThat(second.leased()).isFalse();
    assertThat(second.ticket()).isEqualTo(first.ticket() + 1);

    assertThat(ledger.release(SITE_FRONT, "lambda-a", first.ticket(), Map.of("index.html", "h1")))
        .isEqualTo(new PageLedger.Release.Newer(second.ticket()));
    assertThat(ledger.release(SITE_FRONT, "lambda-a", second.ticket(), Map.of("index.html", "h2")))
        .isEqualTo(new PageLedger.Release.Done());

    PageLedger.Status status = ledger.status(List.of(SITE_FRONT,
        new PageId.Front(ListId.topic(new Slug("jamais"))))).get(SITE_FRONT);
    assertThat(status.renderedTicket()).isEqualTo(second.ticket());
    assertThat(status.leaseFree(NOW)).isTrue();
    assertThat(ledger.claim(SITE_FRONT, "lambda-b", NOW, UNTIL).hashesByKey())
        .containsEntry("index.html", "h2");
  }

  @Test
  void aClaimSentAgainAfterItWasAppliedStillHoldsTheLease() {
    PageLedger.Claim first = ledger.claim(SITE_FRONT, "lambda-a", NOW, UNTIL);
    PageLedger.Claim again = ledger.claim(SITE_FRONT, "lambda-a", NOW, UNTIL);

    assertThat(again.leased()).isTrue();
    assertThat(again.ticket()).isGreaterThan(first.ticket());
    assertThat(ledger.release(SITE_FRONT, "lambda-a", again.ticket(), Map.of()))
        .isEqualTo(new PageLedger.Release.Done());
  }

  @Test
  void aReleaseSentAgainAfterItWasAppliedIsDone() {
    PageLedger.Claim claim = ledger.claim(SITE_FRONT, "lambda-a", NOW, UNTIL);
    ledger.release(SITE_FRONT, "lambda-a", claim.ticket(), Map.of("index.html", "h1"));

    assertThat(ledger.release(SITE_FRONT, "lambda-a", claim.ticket(), Map.of("index.html", "h1")))
        .isEqualTo(new PageLedger.Release.Done());
  }

  @Test
  void aReleaseSentAgainAfterAnotherWriterTookThePageIsDone() {
    PageLedger.Claim claim = ledger.claim(SITE_FRONT, "lambda-a", NOW, UNTIL);
    ledger.release(SITE_FRONT, "lambda-a", claim.ticket(), Map.of());
    assertThat(ledger.claim(SITE_FRONT, "lambda-b", NOW, UNTIL).leased()).isTrue();

    assertThat(ledger.release(SITE_FRONT, "lambda-a", claim.ticket(), Map.of()))
        .isEqualTo(new PageLedger.Release.Done());
  }

  @Test
  void anExpiredLeaseIsTakenOverOnceAndTheTakeOverIsSafeToSendAgain() {
    ledger.claim(SITE_FRONT, "dead-lambda", NOW.minusSeconds(120), NOW.minusSeconds(60));

    assertThat(ledger.claim(SITE_FRONT, "lambda-b", NOW, UNTIL).leased()).isTrue();
    assertThat(ledger.claim(SITE_FRONT, "lambda-b", NOW, UNTIL).leased()).isTrue();
    assertThat(ledger.claim(SITE_FRONT, "lambda-c", NOW, UNTIL).leased()).isFalse();
    assertThat(ledger.status(List.of(SITE_FRONT)).get(SITE_FRONT).holder()).isEqualTo("lambda-b");
  }

  @Test
  void aWriterWhoseLeaseRanOutAndWasTakenLearnsItLostThePage() {
    PageLedger.Claim slow = ledger.claim(SITE_FRONT, "slow-lambda", NOW.minusSeconds(120), NOW.minusSeconds(60));
    ledger.claim(SITE_FRONT, "lambda-b", NOW, UNTIL);

    assertThat(ledger.release(SITE_FRONT, "slow-lambda", slow.ticket(), Map.of()))
        .isEqualTo(new PageLedger.Release.Lost("lambda-b"));
  }
}
