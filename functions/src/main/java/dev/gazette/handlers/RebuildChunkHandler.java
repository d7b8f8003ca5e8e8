package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.PublisherParts;
import dev.gazette.runtime.FunctionEnvironments;
import dev.gazette.runtime.LogContext;
import dev.gazette.site.Site;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArticleScan;
import dev.gazette.store.DynamoRebuildProgress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Lambda entry point fed by the rebuild queue (issue 13's fan-out): each message is a chunk of
 * the articles, or the shared pages once every chunk is done ({@link RebuildChunks}). A message
 * that fails is reported alone (ReportBatchItemFailures), so the queue gives it again after its
 * visibility timeout, and after its last try moves it to the dead-letter queue.
 */
public final class RebuildChunkHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
  private static final Logger log = LoggerFactory.getLogger(RebuildChunkHandler.class);
  private final RebuildChunks chunks;

  public RebuildChunkHandler() {
    this(System.getenv());
  }

  /** The function as Lambda would build it with this environment (the local cloud uses this). */
  public RebuildChunkHandler(Map<String, String> env) {
    this(new AwsClients(FunctionEnvironments.REBUILD_CHUNKS.restrict(env)),
        FunctionEnvironments.REBUILD_CHUNKS.restrict(env));
  }

  private RebuildChunkHandler(AwsClients aws, Map<String, String> env) {
    this(chunks(aws, env));
  }

  /** Over chunks built by the caller (the local cloud's event source and its tests). */
  public RebuildChunkHandler(RebuildChunks chunks) {
    this.chunks = chunks;
  }

  /**
   * The Publisher's parts over one DynamoDB client, as {@code ./gazette rebuild} builds them:
   * no CDN invalidations (a rebuild's pages are at most the CDN's short TTL old) and no redirect
   * store writes.
   */
  private static RebuildChunks chunks(AwsClients aws, Map<String, String> env) {
    DynamoDbClient dynamo = aws.dynamoDb();
    String table = aws.required("TABLE_NAME");
    PublisherParts parts = PublisherWiring.over(dynamo, aws.s3(), table, aws.required("SEARCH_TABLE_NAME"),
        aws.required("BUCKET_NAME"), Site.from(env), Clock.systemUTC(), new PublishCounters());
    String queueUrl = aws.required("REBUILD_QUEUE_URL");
    SqsClient sqs = aws.sqs();
    return new RebuildChunks(parts, new DynamoArticleScan(dynamo, table), new DynamoRebuildProgress(dynamo, table),
        message -> sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(message.toJson())));
  }

  @Override
  public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
    List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
    try (LogContext.Scope invocation = LogContext.invocation(context == null ? "local" : context.getAwsRequestId())) {
      for (SQSEvent.SQSMessage message : event.getRecords()) {
        try {
          chunks.handle(RebuildMessage.parse(message.getBody()));
        } catch (RuntimeException failure) {
          log.error("rebuild message {} failed: {}", message.getMessageId(), message.getBody(), failure);
          failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
        }
      }
    }
    return new SQSBatchResponse(failures);
  }
}
