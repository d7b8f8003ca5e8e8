package dev.gazette.index;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import dev.gazette.render.ArticleRenderer;
import dev.gazette.render.Site;
import dev.gazette.render.SitePaths;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.S3PageStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point for the table's change stream: republishes each article a batch touches
 * and reports the ones that failed individually, so one bad article does not hold up the rest.
 */
public final class PublisherHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
  private static final Logger log = LoggerFactory.getLogger(PublisherHandler.class);
  private final ArticlePublisher publisher;

  public PublisherHandler() {
    this(System.getenv());
  }

  /** The function as Lambda would build it with this environment (the local cloud uses this). */
  public PublisherHandler(Map<String, String> env) {
    this(wire(env));
  }

  PublisherHandler(ArticlePublisher publisher) {
    this.publisher = publisher;
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    List<BatchItemFailure> failures = new ArrayList<>();
    for (ChangedArticles.Change change : ChangedArticles.from(event.getRecords()).changes()) {
      try {
        publisher.refresh(change.articleId(), change.slugs());
      } catch (RuntimeException failure) {
        log.error("article {} could not be published", change.articleId(), failure);
        failures.add(new BatchItemFailure(change.firstSequenceNumber()));
      }
    }
    return new StreamsEventResponse(failures);
  }

  private static ArticlePublisher wire(Map<String, String> env) {
    AwsClients aws = new AwsClients(env);
    Site site = Site.from(env);
    SitePaths paths = new SitePaths(site);
    return new ArticlePublisher(
        new DynamoArticleStore(aws.dynamoDb(), aws.required("TABLE_NAME")),
        new S3PageStore(aws.s3(), aws.required("BUCKET_NAME")),
        new ArticleRenderer(site), paths);
  }
}
