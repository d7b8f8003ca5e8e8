package dev.gazette.index;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import dev.gazette.render.Site;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.DynamoListings;
import dev.gazette.store.DynamoPageLedger;
import dev.gazette.store.DynamoRelatedLinks;
import dev.gazette.store.S3PageStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

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
    DynamoDbClient dynamo = aws.dynamoDb();
    String table = aws.required("TABLE_NAME");
    Site site = Site.from(env);
    return ArticlePublisher.create(new ArticlePublisher.Parts(
        new DynamoArticleStore(dynamo, table), new DynamoListings(dynamo, table),
        new DynamoRelatedLinks(dynamo, table), new DynamoPageLedger(dynamo, table),
        new S3PageStore(aws.s3(), aws.required("BUCKET_NAME")), site, Clock.systemUTC(),
        new PublishCounters()));
  }
}
