package dev.gazette.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.gazette.api.EditorApi;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.media.MediaDesk;
import dev.gazette.publish.ArticlePreviews;
import dev.gazette.render.SiteRenderers;
import dev.gazette.runtime.FunctionEnvironments;
import dev.gazette.runtime.LogContext;
import dev.gazette.runtime.SnapshotHooks;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.DynamoMediaStore;
import dev.gazette.store.DynamoMediaUses;
import dev.gazette.store.DynamoRelatedLinks;
import dev.gazette.store.DynamoRequestReceipts;
import dev.gazette.store.DynamoTopicDirectory;
import dev.gazette.store.S3UploadSlots;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Lambda entry point of the editor API (API Gateway HTTP API, payload format 2.0). */
public final class ArticlesApiHandler
    implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private final EditorApi api;

  public ArticlesApiHandler() {
    this(System.getenv());
  }

  /** The function as Lambda would build it with this environment (the local cloud uses this). */
  public ArticlesApiHandler(Map<String, String> env) {
    this(wire(FunctionEnvironments.ARTICLES_API.restrict(env)));
    SnapshotHooks.register(new ApiPriming(this));
  }

  ArticlesApiHandler(EditorApi api) {
    this.api = api;
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    String requestId = context.getAwsRequestId();
    try (LogContext.Scope invocation = LogContext.invocation(requestId);
        LogContext.Scope article = LogContext.article(articleId(event))) {
      return api.answer(event, requestId);
    }
  }

  /** The article a route names ({@code /articles/{id}...}), for the log lines of the request. */
  private static String articleId(APIGatewayV2HTTPEvent event) {
    Map<String, String> parameters = event.getPathParameters();
    return parameters == null ? null : parameters.get("id");
  }

  private static EditorApi wire(Map<String, String> env) {
    AwsClients aws = new AwsClients(env);
    Clock clock = Clock.systemUTC();
    DynamoDbClient dynamo = aws.dynamoDb();
    String table = aws.required("TABLE_NAME");
    Site site = Site.from(env);
    ArticleIds ids = new ArticleIds(clock);
    String uploads = aws.required("UPLOADS_BUCKET");
    UploadSlotsOnFirstUse slots = new UploadSlotsOnFirstUse(
        () -> new S3UploadSlots(aws.s3Presigner(), aws.s3(), uploads, clock));
    SnapshotHooks.register(slots);
    MediaDesk media = new MediaDesk(new DynamoMediaStore(dynamo, table), slots,
        new DynamoMediaUses(dynamo, table), ids, clock);
    EditorDesk desk = new EditorDesk(new DynamoArticleStore(dynamo, table), ids, clock, site.locale(),
        mediaId -> media.findReady(mediaId).map(ready -> new PictureLibrary.ReadyPicture(ready.text().alt())));
    return new EditorApi(desk, new DynamoTopicDirectory(dynamo, table, site.locale()), media, new SitePaths(site),
        new DynamoRequestReceipts(dynamo, table), clock,
        new ArticlePreviews(new OnFirstUse<>(() -> SiteRenderers.of(site)), new DynamoMediaStore(dynamo, table),
            new DynamoRelatedLinks(dynamo, table)));
  }
}
