package dev.gazette.handlers;

import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import dev.gazette.publish.CdnInvalidations;
import dev.gazette.publish.related.TextSignature;
import dev.gazette.render.RenderedFile;
import dev.gazette.render.SiteRenderers;
import dev.gazette.site.ArchiveMonth;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Resource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Before SnapStart's snapshot, the Publisher does a change's work without writing: it renders an
 * invented article and every kind of list page into memory (JTE templates, Markdown and its
 * sanitizer, JSON, Atom, sitemaps), weighs its French text (Lucene's analyzer), reads keys that
 * do not exist from the table (the DynamoDB client's marshalling, signing, HTTP), sends S3 a
 * PutObject that can never be stored (the S3 client's endpoint rules, signing and checksums), and
 * builds the CloudFront client the first batch would otherwise build only when it invalidates.
 */
final class PublisherPriming implements Resource {
  /** Under no partition the Publisher or the API ever writes. */
  static final String ABSENT_KEY = "PRIMING#absent";
  private static final Instant WHEN = Instant.parse("2026-01-15T09:30:00Z");

  private final DynamoDbClient dynamo;
  private final S3Client s3;
  private final String table;
  private final String bucket;
  private final SiteRenderers renderers;
  private final Supplier<CdnInvalidations> cdn;

  /** {@code cdn} builds the CDN's client, left to the first batch that needs it outside priming. */
  PublisherPriming(DynamoDbClient dynamo, S3Client s3, String table, String bucket, SiteRenderers renderers,
      Supplier<CdnInvalidations> cdn) {
    this.dynamo = dynamo;
    this.s3 = s3;
    this.table = table;
    this.bucket = bucket;
    this.renderers = renderers;
    this.cdn = cdn;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    render();
    TextSignature.of(ARTICLE.title(), ARTICLE.summary(), ARTICLE.body());
    read();
    refusedPut();
    // Built, not called: an invalidation cannot be sent without invalidating something.
    cdn.get();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // Nothing to refresh: credentials are resolved per call and renewed before they expire, and
    // a pooled connection that died with the snapshot is retried by the SDK.
  }

  /** Every kind of page, into memory. */
  List<RenderedFile> render() {
    Topic topic = ARTICLE.topics().get(0);
    ArticleSummary teaser = new ArticleSummary(ARTICLE.id(), ARTICLE.slug(), ARTICLE.title(), ARTICLE.summary(),
        ARTICLE.author(), ARTICLE.location(), ARTICLE.topics(), WHEN, WHEN, null);
    ArchiveMonth month = new ArchiveMonth(YearMonth.from(WHEN.atZone(ZoneOffset.UTC)), 1, WHEN);
    List<RenderedFile> files = new ArrayList<>(renderers.articles().render(ARTICLE, ArticlePictures.NONE,
        List.of(teaser)));
    files.add(renderers.articles().redirect(new Slug("ancienne-adresse"), ARTICLE.slug()));
    files.addAll(renderers.lists().home(List.of(teaser), List.of(month)));
    files.addAll(renderers.lists().topicFront(topic, List.of(teaser), List.of(month)));
    files.addAll(renderers.lists().topicMonth(topic, month, List.of(teaser)));
    files.addAll(renderers.lists().siteMonth(month, List.of(teaser)));
    files.add(renderers.sitemaps().index(List.of(month), null, true));
    files.add(renderers.sitemaps().news(List.of(teaser)));
    files.add(renderers.picks().recommended(List.of(teaser)));
    files.addAll(renderers.statics().all());
    return files;
  }

  /** The read operations the Publisher makes, on keys that do not exist. */
  private void read() {
    Map<String, AttributeValue> absent = Map.of("pk", AttributeValue.fromS(ABSENT_KEY), "sk", AttributeValue.fromS(ABSENT_KEY));
    dynamo.getItem(request -> request.tableName(table).key(absent).consistentRead(true));
    dynamo.query(request -> request.tableName(table).keyConditionExpression("pk = :pk")
        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ABSENT_KEY))).limit(1));
    dynamo.batchGetItem(request -> request.requestItems(Map.of(table, KeysAndAttributes.builder().keys(absent).build())));
  }

  /**
   * A PutObject S3 refuses before storing anything: it may only replace an object with an ETag
   * that no object has, under a key that is never written (404 or 412).
   */
  private void refusedPut() {
    try {
      s3.putObject(request -> request.bucket(bucket).key("priming/absent.html").ifMatch("\"priming-never-matches\"")
          .contentType("text/html; charset=utf-8").cacheControl("no-store"), RequestBody.fromString("<!doctype html>"));
      throw new IllegalStateException("S3 stored priming/absent.html despite If-Match: priming must not write");
    } catch (S3Exception refused) {
      // Expected: the condition failed, nothing was written.
    }
  }

  private static final Article ARTICLE = new Article("00000000000000000000000001", new Slug("amorcage-du-publieur"),
      Set.of(), "L’amorçage du publieur avant l’instantané",
      "Une page inventée, rendue en mémoire et jamais écrite.",
      "Le **publieur** prépare ses gabarits, son analyseur du français et ses clients.\n\n"
          + "- une liste\n- avec [un lien](https://example.org/)\n\n> Une citation, des élisions : l’Europe, d’abord.",
      "La rédaction", "Paris", List.of(Topic.named("Société"), Topic.named("Économie")), Status.PUBLISHED,
      WHEN, WHEN, WHEN, 1, "fr", null, null);
}
