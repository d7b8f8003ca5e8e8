package dev.gazette.handlers;

import dev.gazette.publish.CdnInvalidations;
import dev.gazette.publish.ParallelCalls;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.PublisherParts;
import dev.gazette.publish.RedirectMap;
import dev.gazette.render.SiteRenderers;
import dev.gazette.runtime.SnapshotHooks;
import dev.gazette.site.Site;
import dev.gazette.store.AwsClients;
import dev.gazette.store.CloudFrontInvalidations;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoSearchIndex;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.DynamoMediaStore;
import dev.gazette.store.DynamoPageLedger;
import dev.gazette.store.DynamoRelatedLinks;
import dev.gazette.store.KeyValueStoreRedirects;
import dev.gazette.store.S3PageStore;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one place the Publisher's parts are put together over DynamoDB and S3: the stream
 * handler, {@code ./gazette rebuild} and {@code ./gazette bench} all build them here.
 */
public final class PublisherWiring {
  private PublisherWiring() {}

  /**
   * The parts as the Publisher function's environment describes them (TABLE_NAME,
   * SEARCH_TABLE_NAME, BUCKET_NAME, SITE_*, endpoints); fails at once when a required setting is
   * missing. With DISTRIBUTION_ID set, changed pages are invalidated in that CloudFront
   * distribution; without, in none. With REDIRECTS_KVS_ARN set, a moved article's old addresses
   * are kept in that key value store.
   */
  public static PublisherParts fromEnvironment(Map<String, String> env, Clock clock,
      PublishCounters counters) {
    return fromEnvironment(env, clock, counters, false);
  }

  /**
   * The parts as {@link #fromEnvironment} builds them, with {@link PublisherPriming} registered
   * over them, so that SnapStart snapshots a Publisher that has already rendered and called AWS.
   */
  public static PublisherParts primedFromEnvironment(Map<String, String> env, Clock clock,
      PublishCounters counters) {
    return fromEnvironment(env, clock, counters, true);
  }

  private static PublisherParts fromEnvironment(Map<String, String> env, Clock clock,
      PublishCounters counters, boolean primed) {
    AwsClients aws = new AwsClients(env);
    DynamoDbClient dynamo = aws.dynamoDb();
    S3Client s3 = aws.s3();
    String table = aws.required("TABLE_NAME");
    String searchTable = aws.required("SEARCH_TABLE_NAME");
    String bucket = aws.required("BUCKET_NAME");
    String distribution = env.get("DISTRIBUTION_ID");
    // Most batches invalidate nothing (new articles are not cached yet): the CloudFront client,
    // a few hundred classes, is built by the first batch that does, or by the priming.
    OnFirstUse<CdnInvalidations> cloudFront = new OnFirstUse<>(
        () -> new CloudFrontInvalidations(aws.cloudFront(), distribution));
    boolean withCdn = distribution != null && !distribution.isBlank();
    CdnInvalidations invalidations = withCdn ? paths -> cloudFront.get().invalidate(paths) : CdnInvalidations.NONE;
    PublisherParts parts = over(dynamo, s3, table, searchTable, bucket, invalidations, Site.from(env),
        clock, counters).withRedirects(redirects(aws, env.get("REDIRECTS_KVS_ARN")));
    if (primed) {
      SnapshotHooks.register(new PublisherPriming(dynamo, s3, table, bucket, parts.renderers(),
          withCdn ? cloudFront::get : () -> CdnInvalidations.NONE));
    }
    return parts;
  }

  /**
   * The CDN's redirect map in the key value store named, built by the first change that reads it
   * (most batches move no article: their articles' pages never ask it); none without a store.
   */
  private static RedirectMap redirects(AwsClients aws, String storeArn) {
    if (storeArn == null || storeArn.isBlank()) {
      return RedirectMap.NONE;
    }
    OnFirstUse<RedirectMap> store = new OnFirstUse<>(
        () -> new KeyValueStoreRedirects(aws.keyValueStore(storeArn)));
    return new RedirectMap() {
      @Override
      public java.util.Optional<String> target(String path) {
        return store.get().target(path);
      }

      @Override
      public void put(String path, String target) {
        store.get().put(path, target);
      }

      @Override
      public void remove(String path) {
        store.get().remove(path);
      }
    };
  }

  /** The parts over clients the caller built (the benchmark counts their requests); no CDN. */
  public static PublisherParts over(DynamoDbClient dynamo, S3Client s3, String table,
      String searchTable, String bucket, Site site, Clock clock, PublishCounters counters) {
    return over(dynamo, s3, table, searchTable, bucket, CdnInvalidations.NONE, site, clock, counters);
  }

  private static PublisherParts over(DynamoDbClient dynamo, S3Client s3, String table,
      String searchTable, String bucket, CdnInvalidations invalidations, Site site, Clock clock, PublishCounters counters) {
    return new PublisherParts(new DynamoArticleStore(dynamo, table),
        new DynamoMediaStore(dynamo, table), new DynamoArticleLists(dynamo, table), new DynamoRelatedLinks(dynamo, table),
        new DynamoPageLedger(dynamo, table), new S3PageStore(s3, bucket), invalidations,
        SiteRenderers.of(site), new ParallelCalls(ParallelCalls.DEFAULT_THREADS),
        clock, counters, new DynamoSearchIndex(dynamo, searchTable));
  }
}
