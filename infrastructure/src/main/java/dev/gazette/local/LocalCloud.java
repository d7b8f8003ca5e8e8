package dev.gazette.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.gazette.desk.DeskFiles;
import dev.gazette.local.apigateway.ApiGatewayStandIn;
import dev.gazette.local.apigateway.CorsRules;
import dev.gazette.local.apigateway.EditorTokens;
import dev.gazette.local.apigateway.oidc.LocalIdentityProvider;
import dev.gazette.local.apigateway.oidc.OidcClient;
import dev.gazette.local.aws.Dynoxide;
import dev.gazette.local.aws.DynoxideBinary;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.S3CorsRules;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.cdn.CachePolicy;
import dev.gazette.local.cdn.CdnStandIn;
import dev.gazette.local.cdn.Compression;
import dev.gazette.local.cdn.DeskHeaders;
import dev.gazette.local.cdn.KeyValueStoreStandIn;
import dev.gazette.local.cdn.RedirectLookup;
import dev.gazette.local.cloudfront.CloudFrontApiStandIn;
import dev.gazette.local.http.FreePort;
import dev.gazette.local.http.LocalHttpServer;
import dev.gazette.local.lambda.LocalEndpoints;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.s3events.S3EventNotifications;
import dev.gazette.local.schedule.LocalSchedule;
import dev.gazette.local.sqs.SqsEventSource;
import dev.gazette.local.sqs.SqsStandIn;
import dev.gazette.local.stream.StreamPoller;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.ScheduleEventSource;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.local.template.StreamEventSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The whole pipeline on one machine, without Docker: dynoxide, S3Proxy, the API Gateway and CDN
 * stand-ins, the stream poller, S3's event notifications and the schedules, running the
 * template's handler classes in this JVM.
 */
public final class LocalCloud implements AutoCloseable {

  public static final String STACK_NAME = "gazette-local";
  /** The stream function's environment, for ./gazette rebuild to reach this cloud; gone when it stops. */
  public static final String PUBLISHER_ENVIRONMENT_FILE = "publisher-environment.json";
  /** The media function's, for ./gazette import (its pictures go where editors' uploads go). */
  public static final String MEDIA_ENVIRONMENT_FILE = "media-environment.json";
  /** The rebuild function's environment (its queue, the local SQS): ./gazette rebuild --chunks reads it. */
  public static final String REBUILD_ENVIRONMENT_FILE = "rebuild-environment.json";
  private static final String IDENTITY_PORT_FILE = "identity-port";

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final List<StreamPoller> pollers = new ArrayList<>();
  private final List<LocalSchedule> schedules = new ArrayList<>();
  private final LocalCloudOptions options;
  private EditorTokens tokens;
  private String editorToken;
  private StackTemplate stack;
  private Dynoxide dynoxide;
  private S3Server s3Server;
  private DynamoDbClient dynamo;
  private S3Client s3;
  private S3EventNotifications s3Events;
  private SqsStandIn sqsServer;
  private SqsClient sqs;
  private final Map<String, String> queueUrls = new java.util.concurrent.ConcurrentHashMap<>();
  private ApiGatewayStandIn api;
  private CdnStandIn cdn;
  private LocalIdentityProvider identity;
  private CloudFrontApiStandIn cloudFront;
  private KeyValueStoreStandIn keyValueStores;
  private String distributionId;

  private LocalCloud(LocalCloudOptions options) {
    this.options = options;
  }

  /** Starts everything; if a part fails, what was started is stopped again. */
  public static LocalCloud start(LocalCloudOptions options) {
    LocalCloud cloud = new LocalCloud(options);
    try {
      cloud.startParts();
      return cloud;
    } catch (RuntimeException | Error e) {
      cloud.close();
      throw e;
    }
  }

  private void startParts() {
    Path data = options.dataDir().toAbsolutePath();
    // The functions link to the site at the CDN's address, a parameter of the template: fixing the
    // port first lets the template be read once, and a template that cannot run fail before anything starts.
    int cdnPort = options.cdnPort() == 0 ? FreePort.pick() : options.cdnPort();
    URI site = LocalHttpServer.url(cdnPort);
    // The identity provider's address is the issuer the API checks, a parameter too.
    int identityPort = identityPort(data);
    Map<String, String> parameters = new java.util.HashMap<>(Map.of(
        "SiteUrl", site.toString(),
        "EditorTokenIssuer", LocalHttpServer.url(identityPort).toString(),
        "EditorTokenAudience", EditorTokens.AUDIENCE,
        "EditorOrigin", site.toString()));
    // The sample site's header menu; a cloud started without samples keeps the template's (none).
    if (options.samples() != LocalCloudOptions.Samples.NEVER) {
      parameters.put("SiteMenu", SampleArticles.MENU);
    }
    stack = StackTemplate.load(options.template(), STACK_NAME, parameters);
    String siteBucket = stack.bucketName(stack.cdnBucket());
    identity = opened(new LocalIdentityProvider(identityPort,
        EditorTokens.loadOrCreate(data.resolve("editor-key.json")), List.of(OidcClient.desk(site))).start());
    write(data.resolve(IDENTITY_PORT_FILE), identityPort + "\n");
    tokens = identity.tokens();
    editorToken = tokens.editorToken();
    write(data.resolve("editor.jwt"), editorToken + "\n");
    dynoxide = opened(new Dynoxide(DynoxideBinary.locate(System.getenv(), ProjectRoot.find()),
        data.resolve("dynamodb.sqlite"), options.dynamoDbPort()).start());
    S3Server s3OnDisk = S3Server.onDisk(data.resolve("s3"), options.s3Port());
    S3CorsRules.of(stack.bucketCors()).ifPresent(s3OnDisk::withCors);
    s3Server = opened(s3OnDisk.start());
    dynamo = opened(LocalAws.dynamoDbClient(dynoxide.endpoint()));
    s3 = opened(s3Server.client());
    var streams = opened(LocalAws.streamsClient(dynoxide.endpoint()));
    // Readers get the site bucket only: the uploads bucket is reached with signed requests, never by the CDN.
    cdn = opened(new CdnStandIn(cdnPort, s3, siteBucket,
        options.cdnCaching() ? CachePolicy.of(stack) : CachePolicy.none())
        .withCompression(Compression.of(stack)).start());
    // CloudFront's API for the template's distribution (!Ref SiteDistribution, in CloudFront's id
    // shape): an invalidation empties the CDN stand-in of its paths.
    distributionId = stack.distributionId();
    cloudFront = opened(new CloudFrontApiStandIn(0).distribution(distributionId, cdn::invalidate).start());
    // CloudFront KeyValueStore's data plane for the template's stores; the CDN reads the site's
    // redirects from the one its viewer-request function reads, as CloudFront does.
    keyValueStores = opened(new KeyValueStoreStandIn(0, stack.keyValueStoreArns(), data.resolve("key-value-stores")).start());
    stack.siteRequestStoreArn().ifPresent(arn -> cdn.withRedirects(
        new RedirectLookup(key -> keyValueStores.get(arn, key))));
    // SQS for the template's queues: the rebuild's chunks reach its function through one.
    sqsServer = opened(new SqsStandIn(0).start());
    sqs = opened(LocalAws.sqsClient(sqsServer.url()));
    createQueues();
    LocalEndpoints endpoints = LocalEndpoints.of(dynoxide.endpoint(), s3Server.endpoint()).withCloudFront(cloudFront.url())
        .withKeyValueStore(keyValueStores.url()).withSqs(sqsServer.url());
    stack.tables().forEach(table -> LocalResources.ensureTable(dynamo, table));
    stack.buckets().values().forEach(bucket -> LocalResources.ensureBucket(s3, bucket));
    // Registered before it starts, so that a function that cannot start leaves no queue running.
    s3Events = opened(new S3EventNotifications(stack.functions(), endpoints, data));
    s3Events.start();
    s3Server.onObjectCreated(s3Events::accept);
    List<LocalFunction<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> apiFunctions = new ArrayList<>();
    for (FunctionDefinition function : stack.functions()) {
      if (!function.routes().isEmpty()) {
        apiFunctions.add(LocalFunction.load(function, endpoints));
      }
      for (StreamEventSource source : function.streamSources()) {
        LocalFunction<DynamodbEvent, StreamsEventResponse> consumer =
            LocalFunction.load(function, endpoints);
        String table = stack.table(source.tableLogicalId()).tableName();
        pollers.add(opened(new StreamPoller(dynamo, streams, table, source, consumer, data).start()));
        Path environment = data.resolve(PUBLISHER_ENVIRONMENT_FILE);
        writeJson(environment, LocalFunction.environment(function, endpoints));
        opened(() -> Files.deleteIfExists(environment));
      }
      if (!function.s3Sources().isEmpty()) {
        Path environment = data.resolve(MEDIA_ENVIRONMENT_FILE);
        writeJson(environment, LocalFunction.environment(function, endpoints));
        opened(() -> Files.deleteIfExists(environment));
      }
      for (ScheduleEventSource schedule : function.schedules()) {
        schedules.add(opened(new LocalSchedule(function, schedule, endpoints).start()));
      }
      for (FunctionDefinition.QueueEventSource source : function.queueSources()) {
        LocalFunction<SQSEvent, SQSBatchResponse> consumer = LocalFunction.load(function, endpoints);
        opened(new SqsEventSource(sqs, queueUrls.get(source.queueLogicalId()), source.batchSize(),
            source.maximumConcurrency(), consumer::invoke).start());
        Path environment = data.resolve(REBUILD_ENVIRONMENT_FILE);
        writeJson(environment, LocalFunction.environment(function, endpoints));
        opened(() -> Files.deleteIfExists(environment));
      }
    }
    api = opened(new ApiGatewayStandIn(options.apiPort(), tokens, apiFunctions, CorsRules.of(stack.httpApiCors()))
        .start());
    if (options.deskDist() != null) {
      cdn.withHeaders(DeskHeaders.PATH_PREFIX, DeskHeaders.of(api.url(), identity.url(), s3Server.endpoint(),
          siteStyleSource()));
      DeskFiles.publish(s3, siteBucket, options.deskDist(), new DeskFiles.DeskConfig(api.url().toString(),
          identity.issuer(), OidcClient.DESK_CLIENT_ID,
          DeskFiles.scopes(List.of(EditorTokens.WRITE_SCOPE, EditorTokens.ACT_FOR_OTHERS_SCOPE)),
          site.toString(), stack.parameters().getOrDefault("SiteTimezone", "Europe/Paris"), null));
    }
    if (options.samples() == LocalCloudOptions.Samples.ALWAYS
        || options.samples() == LocalCloudOptions.Samples.WHEN_EMPTY && tableIsEmpty()) {
      SampleArticles.publish(api.url(), editorToken, System.out);
    }
  }

  public URI apiUrl() {
    return api.url();
  }

  public URI cdnUrl() {
    return cdn.url();
  }

  /** The editors' OpenID provider (the desk signs in there), also the issuer of every token. */
  public URI identityProviderUrl() {
    return identity.url();
  }

  /** The desk at the CDN, when a built desk was given. */
  public Optional<URI> deskUrl() {
    return Optional.ofNullable(options.deskDist()).map(dist -> URI.create(cdn.url() + "/desk/"));
  }

  /** CloudFront's invalidation API of the local cloud (for {@code aws cloudfront --endpoint-url}). */
  public URI cloudFrontEndpoint() {
    return cloudFront.url();
  }

  /** The local id of the template's distribution, as the Publisher gets it in DISTRIBUTION_ID. */
  public String distributionId() {
    return distributionId;
  }

  /** CloudFront KeyValueStore's data plane of the local cloud (for {@code aws cloudfront-keyvaluestore --endpoint-url}). */
  public URI keyValueStoreEndpoint() {
    return keyValueStores.url();
  }

  /** The key value store stand-in, for tests of what the functions called. */
  public KeyValueStoreStandIn keyValueStores() {
    return keyValueStores;
  }

  /** The CloudFront API stand-in, for tests that make it refuse. */
  public CloudFrontApiStandIn cloudFront() {
    return cloudFront;
  }

  /** A token for the local editor, valid 30 days (also in {@code <data>/editor.jwt}). */
  public String editorToken() {
    return editorToken;
  }

  /** Mints other tokens (expired, other scopes) that the API stand-in checks against the same key. */
  public EditorTokens tokens() {
    return tokens;
  }

  /** A client of the local SQS, which holds the template's queues. */
  public SqsClient sqsClient() {
    return sqs;
  }

  /** The local URL of the template's queue {@code logicalId}. */
  public String queueUrl(String logicalId) {
    String url = queueUrls.get(logicalId);
    if (url == null) {
      throw new IllegalArgumentException("the template declares no queue " + logicalId + ": " + queueUrls.keySet());
    }
    return url;
  }

  /** Each queue of the template, dead-letter queues first, so a redrive policy finds its target. */
  private void createQueues() {
    List<StackTemplate.Queue> queues = new ArrayList<>(stack.queues());
    queues.sort(java.util.Comparator.comparing(queue -> queue.deadLetterLogicalId() != null));
    Map<String, String> arns = new java.util.HashMap<>();
    for (StackTemplate.Queue queue : queues) {
      Map<String, String> attributes = new java.util.HashMap<>(Map.of("VisibilityTimeout",
          Long.toString(queue.visibilityTimeout().toSeconds())));
      if (queue.deadLetterLogicalId() != null) {
        attributes.put("RedrivePolicy", "{\"deadLetterTargetArn\":\"" + arns.get(queue.deadLetterLogicalId())
            + "\",\"maxReceiveCount\":" + queue.maxReceiveCount() + "}");
      }
      String url = sqs.createQueue(request -> request.queueName(queue.queueName()).attributesWithStrings(attributes))
          .queueUrl();
      queueUrls.put(queue.logicalId(), url);
      arns.put(queue.logicalId(), sqs.getQueueAttributes(request -> request.queueUrl(url)
          .attributeNamesWithStrings("QueueArn")).attributesAsStrings().get("QueueArn"));
    }
  }

  public DynamoDbClient dynamoDbClient() {
    return dynamo;
  }

  public S3Client s3Client() {
    return s3;
  }

  public URI dynamoDbEndpoint() {
    return dynoxide.endpoint();
  }

  public URI s3Endpoint() {
    return s3Server.endpoint();
  }

  public String tableName() {
    return stack.table().tableName();
  }

  /** The local name of the template's table with this logical id (e.g. SearchIndexTable). */
  public String tableName(String logicalId) {
    return stack.table(logicalId).tableName();
  }

  /** The site's bucket, the one the CDN serves. */
  public String bucketName() {
    return stack.bucketName(stack.cdnBucket());
  }

  /** The local name of the template's bucket with this logical id (e.g. UploadsBucket). */
  public String bucketName(String logicalId) {
    return stack.bucketName(logicalId);
  }

  /** S3's event notifications: for replaying an event, and where given-up events are written. */
  public S3EventNotifications s3Events() {
    return s3Events;
  }

  public StackTemplate stack() {
    return stack;
  }

  public Path dataDir() {
    return options.dataDir();
  }

  /** Runs every scheduled function of the template once, now, as its schedule would. */
  public void runSchedules() {
    schedules.forEach(LocalSchedule::runNow);
  }

  /** Records the stream pollers gave up on, one JSON line per batch. */
  public Path failedRecordsFile() {
    return options.dataDir().resolve("failed-records.jsonl");
  }

  /**
   * Waits (up to three minutes: a burst of long articles on two busy cores takes more than one)
   * until every change written so far went through the functions: the S3 events of stored
   * objects (retries included), then the streams of the table writes they and the API made.
   */
  public void awaitPublished() throws InterruptedException {
    awaitPublished(Duration.ofMinutes(3));
  }

  public void awaitPublished(Duration timeout) throws InterruptedException {
    s3Events.awaitIdle(timeout);
    for (StreamPoller poller : pollers) {
      poller.awaitIdle(timeout);
    }
  }

  /** Stops everything it started, newest first: pollers and servers, then clients, then the emulators. */
  @Override
  public void close() {
    RuntimeException failure = null;
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("The local cloud did not stop cleanly", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  public static void main(String[] args) throws Exception {
    LocalCloudMain.run(args);
  }

  /**
   * The identity provider's port: the one asked for, else the one of the last start in this data
   * directory, else any free one. The issuer is the provider's address, so tokens minted before a
   * restart stay valid only on the same port.
   */
  private int identityPort(Path data) {
    if (options.identityPort() != 0) {
      return options.identityPort();
    }
    try {
      return Integer.parseInt(Files.readString(data.resolve(IDENTITY_PORT_FILE)).strip());
    } catch (IOException | NumberFormatException none) {
      return FreePort.pick();
    }
  }

  /** The site's inline style as the default behaviour's CSP allows it (the desk's preview shows a page). */
  private String siteStyleSource() {
    // Written as plain text in the template (no intrinsic), so the raw document holds it.
    Matcher hash = Pattern.compile("style-src[^;]*?('sha256-[A-Za-z0-9+/=]+')")
        .matcher(String.valueOf(stack.document().get("Resources")));
    return hash.find() ? hash.group(1) : "";
  }

  private boolean tableIsEmpty() {
    return dynamo.scan(s -> s.tableName(tableName()).limit(1)).count() == 0;
  }

  private <T extends AutoCloseable> T opened(T part) {
    started.push(part);
    return part;
  }

  private static void writeJson(Path file, Object value) {
    try {
      write(file, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
