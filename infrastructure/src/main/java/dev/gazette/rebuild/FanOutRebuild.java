package dev.gazette.rebuild;

import dev.gazette.handlers.RebuildMessage;
import dev.gazette.publish.RebuildProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * {@code ./gazette rebuild --aws --chunks N}: the rebuild fanned out on Lambda. Opens the run's
 * progress item, queues one message per chunk (a scan segment of the published articles) for the
 * rebuild function, which runs them side by side up to the queue mapping's maximum concurrency,
 * then follows the progress item until the last message has rendered the shared pages. Starting
 * the same run again queues its chunks again: done chunks write nothing and count once.
 */
public final class FanOutRebuild {
  private final RebuildProgress progress;
  private final SqsClient sqs;
  private final String queueUrl;
  private final PrintStream out;

  public FanOutRebuild(RebuildProgress progress, SqsClient sqs, String queueUrl, PrintStream out) {
    this.progress = progress;
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.out = out;
  }

  /** Opens the run and queues its chunks, ten a request. */
  public void start(String run, int chunks, boolean force) {
    progress.start(run, chunks, force);
    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
    for (int segment = 0; segment < chunks; segment++) {
      entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(segment))
          .messageBody(RebuildMessage.chunk(run, segment, chunks).toJson()).build());
      if (entries.size() == 10 || segment == chunks - 1) {
        List<SendMessageBatchRequestEntry> batch = List.copyOf(entries);
        SendMessageBatchResponse sent = sqs.sendMessageBatch(request -> request.queueUrl(queueUrl).entries(batch));
        if (!sent.failed().isEmpty()) {
          throw new IllegalStateException("the queue refused chunks " + sent.failed().stream()
              .map(failed -> failed.id() + " (" + failed.message() + ")").toList() + "; start the run again");
        }
        entries.clear();
      }
    }
    out.printf("rebuild %s: %d chunks queued%n", run, chunks);
  }

  /** Prints the progress until the shared pages are written, or gives up after {@code patience}. */
  public RebuildProgress.Status await(String run, Duration patience) throws InterruptedException {
    Instant giveUp = Instant.now().plus(patience);
    int shown = -1;
    while (true) {
      RebuildProgress.Status status = progress.status(run);
      if (status.done() != shown) {
        out.printf("rebuild %s: %d of %d chunks done, %d articles%n", run, status.done(), status.chunks(),
            status.articles());
        shown = status.done();
      }
      if (status.finished()) {
        out.printf("rebuild %s: shared pages written%n", run);
        return status;
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("rebuild " + run + " is not finished after " + patience.toSeconds()
            + " s: " + status.done() + " of " + status.chunks() + " chunks done (a chunk that keeps failing"
            + " is in the rebuild's dead-letter queue; the function's log names the error)");
      }
      Thread.sleep(200);
    }
  }
}
