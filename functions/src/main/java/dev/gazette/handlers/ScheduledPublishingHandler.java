package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.gazette.article.ScheduledPublishing;
import dev.gazette.publish.NewsSitemapRefresh;
import dev.gazette.publish.PageId;
import dev.gazette.publish.PageStore;
import dev.gazette.publish.ParallelCalls;
import dev.gazette.publish.PublishCounters;
import dev.gazette.render.RenderedFile;
import dev.gazette.runtime.FunctionEnvironments;
import dev.gazette.runtime.LogContext;
import dev.gazette.site.Site;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.DynamoPageLedger;
import dev.gazette.store.S3PageStore;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Lambda entry point run every minute (an EventBridge schedule): publishes the scheduled
 * articles whose time has come, then takes the articles that passed 48 hours out of the Google
 * News sitemap. Publishing is an ordinary versioned write, so the stream and the Publisher take
 * it from there.
 */
public final class ScheduledPublishingHandler implements RequestHandler<ScheduledEvent, Integer> {
  /** More than a newsroom schedules for one minute; the rest waits a minute. */
  static final int PER_RUN = 100;
  private static final Logger log = LoggerFactory.getLogger(ScheduledPublishingHandler.class);
  private final ScheduledPublishing schedule;
  private final NewsSitemapRefresh newsSitemap;

  public ScheduledPublishingHandler() {
    this(System.getenv());
  }

  /** The function as Lambda would build it with this environment (the local cloud uses this). */
  public ScheduledPublishingHandler(Map<String, String> env) {
    this(new AwsClients(FunctionEnvironments.SCHEDULED_PUBLISHING.restrict(env)),
        FunctionEnvironments.SCHEDULED_PUBLISHING.restrict(env), Clock.systemUTC());
  }

  /** One DynamoDB client for the due articles and the sitemap's lists and ledger. */
  private ScheduledPublishingHandler(AwsClients aws, Map<String, String> env, Clock clock) {
    this(aws, aws.dynamoDb(), env, clock);
  }

  private ScheduledPublishingHandler(AwsClients aws, DynamoDbClient dynamo, Map<String, String> env,
      Clock clock) {
    this(new ScheduledPublishing(new DynamoArticleStore(dynamo, aws.required("TABLE_NAME")), clock),
        newsSitemap(dynamo, aws, env, clock));
  }

  ScheduledPublishingHandler(ScheduledPublishing schedule, NewsSitemapRefresh newsSitemap) {
    this.schedule = schedule;
    this.newsSitemap = newsSitemap;
  }

  @Override
  public Integer handleRequest(ScheduledEvent event, Context context) {
    try (LogContext.Scope invocation = LogContext.invocation(context.getAwsRequestId())) {
      int published = schedule.publishDue(PER_RUN);
      if (published > 0) {
        log.info("published {} scheduled article(s)", published);
      }
      Set<PageId> refreshed = newsSitemap.refresh();
      if (!refreshed.isEmpty()) {
        log.info("articles passed 48 hours: {} brought up to date", refreshed.stream().map(PageId::encode).toList());
      }
      return published;
    }
  }

  /**
   * Built once per container, with only the sitemap renderer. Most minutes write nothing (no
   * article aged out), so the S3 client, a few hundred classes, is built by the first that does.
   */
  private static NewsSitemapRefresh newsSitemap(DynamoDbClient dynamo, AwsClients aws,
      Map<String, String> env, Clock clock) {
    String table = aws.required("TABLE_NAME");
    String bucket = aws.required("BUCKET_NAME");
    OnFirstUse<PageStore> s3 = new OnFirstUse<>(() -> new S3PageStore(aws.s3(), bucket));
    PageStore pages = new PageStore() {
      @Override
      public void put(RenderedFile file) {
        s3.get().put(file);
      }

      @Override
      public void delete(String key) {
        s3.get().delete(key);
      }
    };
    return NewsSitemapRefresh.over(new DynamoArticleLists(dynamo, table), new DynamoPageLedger(dynamo, table),
        pages, Site.from(env), new ParallelCalls(2), clock, new PublishCounters());
  }
}
