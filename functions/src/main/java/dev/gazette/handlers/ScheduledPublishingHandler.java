package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.gazette.article.ScheduledPublishing;
import dev.gazette.runtime.FunctionEnvironments;
import dev.gazette.runtime.LogContext;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArticleStore;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point run every minute (an EventBridge schedule): publishes the scheduled
 * articles whose time has come. Publishing is an ordinary versioned write, so the stream and
 * the Publisher take it from there.
 */
public final class ScheduledPublishingHandler implements RequestHandler<ScheduledEvent, Integer> {
  /** More than a newsroom schedules for one minute; the rest waits a minute. */
  static final int PER_RUN = 100;
  private static final Logger log = LoggerFactory.getLogger(ScheduledPublishingHandler.class);
  private final ScheduledPublishing schedule;

  public ScheduledPublishingHandler() {
    this(System.getenv());
  }

  /** The function as Lambda would build it with this environment (the local cloud uses this). */
  public ScheduledPublishingHandler(Map<String, String> env) {
    this(schedule(new AwsClients(FunctionEnvironments.SCHEDULED_PUBLISHING.restrict(env))));
  }

  ScheduledPublishingHandler(ScheduledPublishing schedule) {
    this.schedule = schedule;
  }

  @Override
  public Integer handleRequest(ScheduledEvent event, Context context) {
    try (LogContext.Scope invocation = LogContext.invocation(context.getAwsRequestId())) {
      int published = schedule.publishDue(PER_RUN);
      if (published > 0) {
        log.info("published {} scheduled article(s)", published);
      }
      return published;
    }
  }

  private static ScheduledPublishing schedule(AwsClients aws) {
    return new ScheduledPublishing(new DynamoArticleStore(aws.dynamoDb(), aws.required("TABLE_NAME")),
        Clock.systemUTC());
  }
}
