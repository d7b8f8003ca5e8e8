package dev.gazette.local.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import dev.gazette.local.stream.BatchPolicy.GivenUp;
import dev.gazette.local.stream.BatchPolicy.Outcome;
import dev.gazette.local.stream.BatchPolicy.Step;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.StreamEventSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/** Lambda's batching, retry, bisect and record-age rules for one shard, on a clock the test moves. */
class BatchPolicyTest {
  private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");
  private final ManualClock clock = new ManualClock(START);

  @Test
  void aBatchWaitsForItsWindowUnlessItIsFullOrTheShardIsClosed() {
    BatchPolicy policy = policy(source(3, Duration.ofSeconds(1), 2, -1, false, true));
    add(policy, 1, 2);
    assertThat(policy.next(false)).isInstanceOf(Step.Wait.class);
    assertThat(batch(policy.next(true))).containsExactly("1", "2");
    clock.advance(Duration.ofMillis(999));
    assertThat(policy.next(false)).isInstanceOf(Step.Wait.class);
    clock.advance(Duration.ofMillis(1));
    List<Record> batch = deliverable(policy.next(false));
    assertThat(sequences(batch)).containsExactly("1", "2");
    policy.answered(batch, new StreamsEventResponse(List.of()));
    add(policy, 3, 4, 5, 6);
    assertThat(batch(policy.next(false))).as("full before the window ends").containsExactly("3", "4", "5");
  }

  @Test
  void withTheTemplatesBatchingWindowAPublishersRecordIsDeliveredAtTheFirstPollThatReadsIt() {
    StreamEventSource template = StackTemplate.load(ProjectRoot.find().resolve("template.yaml"), "gazette-local",
        Map.of()).function("PublisherFunction").streamSources().get(0);
    BatchPolicy policy = policy(template);
    add(policy, 1);

    assertThat(batch(policy.next(false))).as("no wait for a window of "
        + template.maximumBatchingWindow()).containsExactly("1");
  }

  @Test
  void anErrorIsRetriedAfterABackoffUntilTheRetriesRunOutThenTheBatchGoesToTheFailureDestination() {
    BatchPolicy policy = policy(source(10, Duration.ZERO, 2, -1, false, true));
    add(policy, 1, 2);
    assertThat(policy.threw(deliverable(policy.next(false)), "S3 is down").givenUp()).isEmpty();
    assertThat(policy.next(false)).as("backing off").isInstanceOf(Step.Wait.class);
    clock.advance(Duration.ofMillis(250));
    assertThat(policy.threw(deliverable(policy.next(false)), "S3 is down").givenUp()).isEmpty();
    clock.advance(Duration.ofMillis(499));
    assertThat(policy.next(false)).as("the second backoff is longer").isInstanceOf(Step.Wait.class);
    clock.advance(Duration.ofMillis(1));

    Outcome third = policy.threw(deliverable(policy.next(false)), "S3 is down");

    assertThat(third.givenUp()).hasValueSatisfying(givenUp -> {
      assertThat(sequences(givenUp.records())).containsExactly("1", "2");
      assertThat(givenUp.condition()).isEqualTo("RetryAttemptsExhausted");
      assertThat(givenUp.invocations()).isEqualTo(3);
      assertThat(givenUp.error()).isEqualTo("S3 is down");
    });
    assertThat(sequences(third.finished())).containsExactly("1", "2");
    assertThat(policy.pending()).isZero();
  }

  @Test
  void bisectingHalvesAFailingBatchUntilTheRecordAtFaultIsAloneThenTheFullSizeComesBack() {
    BatchPolicy policy = policy(source(8, Duration.ZERO, 2, -1, true, true));
    add(policy, 1, 2, 3, 4, 5, 6, 7, 8);
    List<List<String>> delivered = new ArrayList<>();
    List<GivenUp> givenUp = run(policy, delivered, batch -> batch.contains("4"));

    assertThat(delivered).extracting(List::size).startsWith(8, 4, 2, 2, 1);
    assertThat(givenUp).singleElement().satisfies(g -> assertThat(sequences(g.records())).containsExactly("4"));
    assertThat(delivered).filteredOn(batch -> !batch.contains("4")).flatExtracting(batch -> batch)
        .containsExactlyInAnyOrder("1", "2", "3", "5", "6", "7", "8");

    add(policy, 9, 10, 11, 12, 13, 14, 15, 16);
    delivered.clear();
    run(policy, delivered, batch -> false);
    assertThat(delivered).containsExactly(List.of("9", "10", "11", "12", "13", "14", "15", "16"));
  }

  @Test
  void aReportedFailureIsRetriedFromItselfAndTheRecordsBeforeItAreDone() {
    BatchPolicy policy = policy(source(10, Duration.ZERO, 5, -1, true, true));
    add(policy, 1, 2, 3, 4, 5);
    Outcome outcome = policy.answered(deliverable(policy.next(false)), failures("3"));

    assertThat(sequences(outcome.finished())).containsExactly("1", "2");
    assertThat(outcome.givenUp()).isEmpty();
    clock.advance(Duration.ofMillis(250));
    assertThat(batch(policy.next(false))).as("a reported failure is not bisected").containsExactly("3", "4", "5");
  }

  @Test
  void aRecordReportedUntilTheRetriesRunOutIsGivenUpAloneAndTheOthersGoOn() {
    BatchPolicy policy = policy(source(10, Duration.ZERO, 1, -1, false, true));
    add(policy, 1, 2, 3);
    assertThat(policy.answered(deliverable(policy.next(false)), failures("2")).finished()).hasSize(1);
    clock.advance(Duration.ofSeconds(1));

    Outcome outcome = policy.answered(deliverable(policy.next(false)), failures("2"));

    assertThat(outcome.givenUp()).hasValueSatisfying(g -> assertThat(sequences(g.records())).containsExactly("2"));
    assertThat(sequences(outcome.finished())).containsExactly("2", "3");
  }

  @Test
  void anUnknownReportedRecordFailsTheWholeBatch() {
    BatchPolicy policy = policy(source(10, Duration.ZERO, 5, -1, false, true));
    add(policy, 1, 2);
    Outcome outcome = policy.answered(deliverable(policy.next(false)), failures("99"));
    assertThat(outcome.finished()).isEmpty();
    clock.advance(Duration.ofMillis(250));
    assertThat(batch(policy.next(false))).containsExactly("1", "2");
  }

  @Test
  void withoutReportBatchItemFailuresTheReportedFailuresAreIgnored() {
    BatchPolicy policy = policy(source(10, Duration.ZERO, 5, -1, false, false));
    add(policy, 1, 2);
    assertThat(sequences(policy.answered(deliverable(policy.next(false)), failures("1")).finished()))
        .containsExactly("1", "2");
  }

  @Test
  void recordsOlderThanTheMaximumAgeGoToTheFailureDestinationWithoutBeingDelivered() {
    BatchPolicy policy = policy(source(10, Duration.ZERO, 5, 60, false, true));
    policy.add(record(1, START.minusSeconds(61)));
    policy.add(record(2, START.minusSeconds(10)));

    Step step = policy.next(false);

    assertThat(step).isInstanceOfSatisfying(Step.Expired.class, expired -> {
      assertThat(expired.outcome().givenUp()).hasValueSatisfying(g -> {
        assertThat(sequences(g.records())).containsExactly("1");
        assertThat(g.condition()).isEqualTo("RecordAgeExceeded");
      });
    });
    assertThat(batch(policy.next(false))).containsExactly("2");
  }

  @Test
  void aBatchRetriedWithoutLimitIsGivenUpOnceItsRecordsAreTooOld() {
    BatchPolicy policy = policy(source(10, Duration.ZERO, -1, 60, false, true));
    policy.add(record(1, START));
    for (int attempt = 0; attempt < 50; attempt++) {
      assertThat(policy.threw(deliverable(policy.next(false)), "still failing").givenUp()).isEmpty();
      clock.advance(Duration.ofSeconds(1));
    }
    clock.advance(Duration.ofSeconds(11));

    assertThat(policy.next(false)).isInstanceOfSatisfying(Step.Expired.class,
        expired -> assertThat(expired.outcome().givenUp()).hasValueSatisfying(g -> {
          assertThat(g.condition()).isEqualTo("RecordAgeExceeded");
          assertThat(g.invocations()).isEqualTo(50);
        }));
    assertThat(policy.pending()).isZero();
  }

  /** Delivers until nothing is left, the function failing on the batches {@code fails} picks. */
  private List<GivenUp> run(BatchPolicy policy, List<List<String>> delivered, Predicate<List<String>> fails) {
    List<GivenUp> givenUp = new ArrayList<>();
    while (policy.pending() > 0) {
      Step step = policy.next(false);
      if (step instanceof Step.Deliver deliver) {
        List<String> batch = sequences(deliver.batch());
        delivered.add(batch);
        Outcome outcome = fails.test(batch) ? policy.threw(deliver.batch(), "cannot render")
            : policy.answered(deliver.batch(), new StreamsEventResponse(List.of()));
        outcome.givenUp().ifPresent(givenUp::add);
      }
      clock.advance(Duration.ofSeconds(1));
    }
    return givenUp;
  }

  private BatchPolicy policy(StreamEventSource source) {
    return new BatchPolicy(source, clock);
  }

  private static StreamEventSource source(int batchSize, Duration window, int retries, int maxAgeSeconds,
      boolean bisect, boolean reportFailures) {
    return new StreamEventSource("ArticlesTable", "TRIM_HORIZON", batchSize, window, retries, maxAgeSeconds, bisect,
        reportFailures, List.of());
  }

  private void add(BatchPolicy policy, int... sequences) {
    IntStream.of(sequences).forEach(sequence -> policy.add(record(sequence, clock.instant())));
  }

  private static Record record(int sequence, Instant created) {
    return Record.builder().eventID(String.valueOf(sequence)).eventName("MODIFY").dynamodb(StreamRecord.builder()
        .sequenceNumber(String.valueOf(sequence)).approximateCreationDateTime(created).build()).build();
  }


  private static StreamsEventResponse failures(String... sequences) {
    return new StreamsEventResponse(List.of(sequences).stream().map(BatchItemFailure::new).toList());
  }

  private static List<Record> deliverable(Step step) {
    assertThat(step).isInstanceOf(Step.Deliver.class);
    return ((Step.Deliver) step).batch();
  }

  private static List<String> batch(Step step) {
    return sequences(deliverable(step));
  }

  private static List<String> sequences(List<Record> records) {
    return records.stream().map(record -> record.dynamodb().sequenceNumber()).toList();
  }
}
