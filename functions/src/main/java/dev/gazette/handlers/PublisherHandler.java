package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.gazette.article.Slug;
import dev.gazette.publish.ArticlePublisher;
import dev.gazette.publish.PublishCounters;
import dev.gazette.runtime.FunctionEnvironments;
import dev.gazette.runtime.LogContext;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point for the table's change stream: republishes each article a batch touches
 * and reports the ones that failed individually, so one bad article does not hold up the rest.
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

  /** Publishes one article; false (logged and counted) when it failed. */
  private boolean refresh(String articleId, Set<Slug> slugs, PublishMetrics metrics) {
    try (LogContext.Scope article = LogContext.article(articleId)) {
      publisher.refresh(articleId, slugs).ifPresent(metrics::live);
      return true;
    } catch (RuntimeException failure) {
      log.error("article {} could not be published", articleId, failure);
      metrics.failed();
      return false;
    }
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    String requestId = context.getAwsRequestId();
    try (LogContext.Scope invocation = LogContext.invocation(requestId)) {
      PublishMetrics metrics = new PublishMetrics(counters, clock,
          context.getFunctionName(), requestId);
      List<BatchItemFailure> failures = new ArrayList<>();
      ChangedArticles changed = ChangedArticles.from(event.getRecords());
      Set<String> refreshed = new HashSet<>();
      for (ChangedArticles.Change change : changed.changes()) {
        refreshed.add(change.articleId());
        if (!refresh(change.articleId(), change.slugs(), metrics)) {
          failures.add(new BatchItemFailure(change.firstSequenceNumber()));
        }
      }
      for (ChangedArticles.ChangedPicture picture : changed.pictures()) {
        try {
          for (String articleId : publisher.articlesShowing(picture.mediaId())) {
            if (refreshed.add(articleId) && !refresh(articleId, Set.of(), metrics)) {
              failures.add(new BatchItemFailure(picture.firstSequenceNumber()));
              break;
            }
          }
        } catch (RuntimeException failure) {
          log.error("the articles showing picture {} could not be found", picture.mediaId(), failure);
          failures.add(new BatchItemFailure(picture.firstSequenceNumber()));
          metrics.failed();
        }
      }
      metricsOut.println(metrics.line());
      return new StreamsEventResponse(failures);
    }
  }
}
