package dev.gazette.importer.bulk;

import dev.gazette.importer.SourcePosts;

import dev.gazette.media.ImageLimits;
import dev.gazette.media.ImageProcessor;
import dev.gazette.media.MediaProcessing;
import dev.gazette.publish.ArchiveImport;
import dev.gazette.publish.PublishCounters;
import dev.gazette.publish.RedirectMap;
import dev.gazette.rebuild.RebuildRun;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArchiveWrites;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoMediaStore;
import dev.gazette.store.KeyValueStoreRedirects;
import dev.gazette.store.S3RenditionFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One import into a site, from the Publisher's environment (TABLE_NAME, SEARCH_TABLE_NAME,
 * BUCKET_NAME, REDIRECTS_KVS_ARN, SITE_*, endpoints) and the uploads bucket (UPLOADS_BUCKET): the
 * bulk path over the posts, then one rebuild of the site, then the report.
 */
public final class ArchiveImportRun {
  private final Map<String, String> env;
  private final ArchiveImporter importer;
  private final PrintStream out;
  private boolean rebuild = true;
  private PublishCounters rebuilt = new PublishCounters();

  /**
   * @param uploadsFolder the archive's uploads folder (its pictures' files), or null
   * @param defaultAuthor the byline of posts that name none
   */
  public ArchiveImportRun(Map<String, String> env, Path uploadsFolder, String defaultAuthor, PrintStream out) {
    this(env, new AwsClients(env), uploadsFolder, defaultAuthor, out);
  }

  private ArchiveImportRun(Map<String, String> env, AwsClients aws, Path uploadsFolder, String defaultAuthor,
      PrintStream out) {
    this(env, aws.dynamoDb(), aws.s3(), redirects(aws, env.get("REDIRECTS_KVS_ARN")), uploadsFolder, defaultAuthor, out);
  }

  /** Over clients the caller built (a test counts their requests). */
  ArchiveImportRun(Map<String, String> env, DynamoDbClient dynamo, S3Client s3, RedirectMap redirects,
      Path uploadsFolder, String defaultAuthor, PrintStream out) {
    this.env = env;
    this.out = out;
    String table = env.get("TABLE_NAME");
    Site site = Site.from(env);
    SitePaths paths = new SitePaths(site);
    Clock clock = Clock.systemUTC();
    DynamoMediaStore library = new DynamoMediaStore(dynamo, table);
    S3RenditionFiles renditions = new S3RenditionFiles(s3, env.get("BUCKET_NAME"), paths);
    ImageProcessor processor = new ImageProcessor(ImageLimits.defaults());
    PictureImport pictures = new PictureImport(uploadsFolder, library, s3, env.get("UPLOADS_BUCKET"), clock,
        files -> new MediaProcessing(library, files, renditions, processor, clock));
    this.importer = new ArchiveImporter(new DynamoArchiveWrites(dynamo, table),
        new ArchiveImport(new DynamoArticleLists(dynamo, table), site), redirects, paths, pictures,
        site.locale(), defaultAuthor, out);
  }

  /** The CDN's redirect map in the store the site's viewer function reads; none without one. */
  static RedirectMap redirects(AwsClients aws, String storeArn) {
    return storeArn == null || storeArn.isBlank() ? RedirectMap.NONE
        : new KeyValueStoreRedirects(aws.keyValueStore(storeArn));
  }

  /** A run that stops at the listener's word (tests: a crash half-way). */
  ArchiveImportRun onStep(ArchiveImporter.StepListener listener) {
    importer.onStep(listener);
    return this;
  }

  /** Batches of this many posts (tests: several batches out of a few posts). */
  ArchiveImportRun withBatchSize(int posts) {
    importer.withBatchSize(posts);
    return this;
  }

  /** The pages the last run's rebuild wrote, left unchanged and removed. */
  PublishCounters rebuilt() {
    return rebuilt;
  }

  /** Imports without the rebuild at the end (tests look at the table before any page is rendered). */
  ArchiveImportRun withoutRebuild() {
    this.rebuild = false;
    return this;
  }

  /**
   * Imports the posts (resuming from {@code checkpointFile} if a run of the same source stopped),
   * rebuilds the site once, prints the report.
   *
   * @param sourceHash what identifies the source's content (a checkpoint of another file is not resumed)
   */
  public ImportReport run(SourcePosts posts, String sourceHash, Path checkpointFile) throws InterruptedException {
    ImportCheckpoint checkpoint = ImportCheckpoint.load(checkpointFile, sourceHash, Clock.systemUTC().instant());
    long started = System.nanoTime();
    ImportReport report = importer.run(posts, checkpoint);
    out.printf("imported in %.1f s%n", (System.nanoTime() - started) / 1e9);
    if (rebuild) {
      PublishCounters counters = new PublishCounters();
      rebuilt = counters;
      long rebuilding = System.nanoTime();
      Path rebuildCheckpoint = checkpointFile.resolveSibling(checkpointFile.getFileName() + ".rebuild");
      new RebuildRun(env, counters, out).run(rebuildCheckpoint, 4);
      out.printf("site rebuilt in %.1f s: %d pages written, %d unchanged%n",
          (System.nanoTime() - rebuilding) / 1e9, counters.written(), counters.skipped());
    }
    checkpoint.finish();
    report.print(out);
    return report;
  }
}
