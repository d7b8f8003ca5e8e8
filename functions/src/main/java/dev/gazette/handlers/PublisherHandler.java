package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.gazette.publish.ArticlePublisher;
import dev.gazette.publish.PublishCounters;
import dev.gazette.runtime.FunctionEnvironments;
import dev.gazette.runtime.LogContext;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point for the table's change stream: republishes the articles a batch touches
 * together (each page once) and reports the ones that failed individually, so one bad article
 * does not hold up the rest.
 * Each invocation ends with one line of metrics (Embedded Metric Format).
 */
public final class PublisherHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
  private static final Logger log = LoggerFactory.getLogger(PublisherHandler.class);
  private final ArticlePublisher publisher;
  private final PublishCounters counters;
  private final Clock clock;
  private final PrintStream metricsOut;

  public PublisherHandler() {
    this(System.getenv());
  }

  /** The function as Lambda would build it with this environment (the local cloud uses this). */
  public PublisherHandler(Map<String, String> env) {
    this(FunctionEnvironments.PUBLISHER.restrict(env), new PublishCounters(), Clock.systemUTC());
  }

  private PublisherHandler(Map<String, String> env, PublishCounters counters, Clock clock) {
    this(ArticlePublisher.create(PublisherWiring.primedFromEnvironment(env, clock, counters)), counters,
        clock, System.out);
  }

  PublisherHandler(ArticlePublisher publisher) {
    this(publisher, new PublishCounters(), Clock.systemUTC(), System.out);
  }

  PublisherHandler(ArticlePublisher publisher, PublishCounters counters, Clock clock, PrintStream metricsOut) {
    this.publisher = publisher;
    this.counters = counters;
    this.clock = clock;
    this.metricsOut = metricsOut;
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    String requestId = context.getAwsRequestId();
    try (LogContext.Scope invocation = LogContext.invocation(requestId)) {
      PublishMetrics metrics = new PublishMetrics(counters, clock,
          context.getFunctionName(), requestId);
      List<BatchItemFailure> failures = new ArrayList<>();
      ChangedArticles changed = ChangedArticles.from(event.getRecords());
      // Each article once, remembering the first record that named it: Lambda retries from there.
      Map<String, String> firstRecordOf = new LinkedHashMap<>();
      List<ArticlePublisher.Request> requests = new ArrayList<>();
      for (ChangedArticles.Change change : changed.changes()) {
        firstRecordOf.put(change.articleId(), change.firstSequenceNumber());
        requests.add(new ArticlePublisher.Request(change.articleId(), change.slugs()));
      }
      for (ChangedArticles.ChangedPicture picture : changed.pictures()) {
        try {
          for (String articleId : publisher.articlesShowing(picture.mediaId())) {
            if (firstRecordOf.putIfAbsent(articleId, picture.firstSequenceNumber()) == null) {
              requests.add(new ArticlePublisher.Request(articleId, Set.of()));
            }
          }
        } catch (RuntimeException failure) {
          log.error("the articles showing picture {} could not be found", picture.mediaId(), failure);
          failures.add(new BatchItemFailure(picture.firstSequenceNumber()));
          metrics.failed();
        }
      }
      ArticlePublisher.BatchOutcome outcome = publisher.publish(requests);
      for (ArticlePublisher.Outcome article : outcome.articles()) {
        if (article.failed()) {
          try (LogContext.Scope scope = LogContext.article(article.articleId())) {
            log.error("article {} could not be published", article.articleId(), article.failure());
          }
          metrics.failed();
          failures.add(new BatchItemFailure(firstRecordOf.get(article.articleId())));
        } else {
          article.live().ifPresent(metrics::live);
        }
      }
      if (outcome.invalidationFailure() != null) {
        // The bucket is right; readers see the change when the CDN's copy runs out. The alarm
        // on this metric says so: a replay would find no changed page to invalidate.
        log.error("the CDN could not be told to forget {}", outcome.invalidatedPaths(),
            outcome.invalidationFailure());
        metrics.invalidationFailed();
      } else {
        metrics.invalidationRequested(outcome.invalidatedPaths().size());
      }
      metricsOut.println(metrics.line());
      return new StreamsEventResponse(failures);
    }
  }
}
