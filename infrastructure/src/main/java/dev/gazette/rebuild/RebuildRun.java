package dev.gazette.rebuild;

import dev.gazette.article.Article;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.handlers.PublisherWiring;
import dev.gazette.publish.PageId;
import dev.gazette.publish.ParallelCalls;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.PublisherParts;
import dev.gazette.publish.Rebuild;
import dev.gazette.publish.RenderedArticles;
import dev.gazette.site.Site;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArticleScan;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One rebuild of a site: scan segments in parallel, each rendering its published articles with
 * the Publisher's code and saving its place (and the search files it touched) after every page;
 * then, once, by one writer, the pages the segments share: search files and every list page.
 */
public final class RebuildRun {
  private final PublisherParts parts;
  private final DynamoArticleScan scan;
  private final PrintStream progress;
  private final boolean force;

  /** @param env the Publisher's environment: TABLE_NAME, SEARCH_TABLE_NAME, BUCKET_NAME, SITE_*, endpoints, credentials */
  public RebuildRun(Map<String, String> env, PublishCounters counters, PrintStream progress) {
    this(env, counters, progress, false);
  }

  /** @param force write every file even when unchanged (objects removed from the bucket by hand) */
  public RebuildRun(Map<String, String> env, PublishCounters counters, PrintStream progress, boolean force) {
    this(over(new AwsClients(env), env, counters), progress, force);
  }

  /** Over parts built by the caller (the benchmark counts their clients' requests). */
  public RebuildRun(Over over, PrintStream progress, boolean force) {
    this.parts = over.parts();
    this.scan = over.scan();
    this.progress = progress;
    this.force = force;
  }

  /** Calls in flight at once: renders on every core, DynamoDB and S3 requests while they wait. */
  static final int REBUILD_THREADS = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

  /** The Publisher's parts and the scan of the same table. */
  public record Over(PublisherParts parts, DynamoArticleScan scan) {
    public static Over tables(DynamoDbClient dynamo, software.amazon.awssdk.services.s3.S3Client s3,
        String table, String searchTable, String bucket, Site site, PublishCounters counters) {
      // Threads enough to keep every core rendering while other pages wait on DynamoDB and S3.
      PublisherParts parts = PublisherWiring.over(dynamo, s3, table, searchTable, bucket, site, Clock.systemUTC(),
          counters);
      parts.parallel().close();
      return new Over(parts.withParallel(new ParallelCalls(REBUILD_THREADS)), new DynamoArticleScan(dynamo, table));
    }
  }

  private static Over over(AwsClients aws, Map<String, String> env, PublishCounters counters) {
    return Over.tables(aws.dynamoDb(), aws.s3(), aws.required("TABLE_NAME"), aws.required("SEARCH_TABLE_NAME"),
        aws.required("BUCKET_NAME"), Site.from(env), counters);
  }

  /** How long each stage took: the articles' pages, then the list pages. */
  public record Stages(long articles, double articleSeconds, double listSeconds) {}

  public Stages run(Path checkpointFile, int segments) throws InterruptedException {
    long started = System.nanoTime();
    RebuildCheckpoint checkpoint = RebuildCheckpoint.load(checkpointFile, segments);
    if (checkpoint.articles() > 0) {
      progress.printf("resuming: %d articles already rendered, %d of %d segments done%n",
          checkpoint.articles(), checkpoint.segmentsDone(), segments);
    }
    ExecutorService workers = Executors.newFixedThreadPool(segments);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int segment = 0; segment < segments; segment++) {
        int index = segment;
        running.add(workers.submit(() -> renderSegment(index, segments, checkpoint)));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the rebuild stopped (run it again to resume): " + e.getCause(), e.getCause());
    } finally {
      workers.shutdownNow();
    }
    long articlesDone = System.nanoTime();
    List<Slug> topics = checkpoint.topics().stream().map(Slug::new).toList();
    List<PageId> searchPages = checkpoint.searchPages().stream().map(PageId::parse).toList();
    progress.printf("rendering the home page, %d topic pages, archives, sitemaps, feeds and %d search files%n",
        topics.size(), searchPages.size());
    Rebuild.create(parts, force).sharedPages(topics, searchPages);
    long articles = checkpoint.articles();
    checkpoint.finish();
    return new Stages(articles, (articlesDone - started) / 1e9, (System.nanoTime() - articlesDone) / 1e9);
  }

  private void renderSegment(int segment, int segments, RebuildCheckpoint checkpoint) {
    RebuildCheckpoint.Segment state = checkpoint.segment(segment);
    if (state.done) {
      return;
    }
    Rebuild rebuild = Rebuild.create(parts, force);
    Map<String, String> start = state.nextKey;
    do {
      DynamoArticleScan.Page page = scan.page(segment, segments, start);
      List<String> topics = new ArrayList<>();
      // The whole page at once: its claims, reads and releases in batches, its pages side by side.
      RenderedArticles rendered = rebuild.articles(page.published().stream().map(Article::id).toList());
      for (Article article : page.published()) {
        article.topics().stream().map(Topic::slug).map(Slug::value).forEach(topics::add);
      }
      checkpoint.pageDone(segment, page.nextKey(), topics, page.published().size(),
          rendered.sharedPages().stream().map(PageId::encode).toList());
      // Saved in the checkpoint: the articles' records may forget them.
      rebuild.settle(rendered);
      PublishCounters counters = parts.counters();
      progress.printf("segment %d: %d articles so far in all; pages written %d, unchanged %d, removed %d%n",
          segment, checkpoint.articles(), counters.written(), counters.skipped(), counters.deleted());
      start = page.nextKey();
    } while (!start.isEmpty());
  }
}
