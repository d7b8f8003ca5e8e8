package dev.gazette.runtime;

import java.util.Map;
import java.util.Optional;

/**
 * What each Lambda handler reads from its environment, in one place: the handlers read through
 * these declarations, and a test checks that template.yaml sets exactly these variables.
 */
public final class FunctionEnvironments {
  /** The site variables {@code render.Site.from} reads. */
  private static final String[] SITE =
      {"SITE_URL", "SITE_NAME", "SITE_LANGUAGE", "SITE_TIMEZONE", "IMAGE_HOSTS", "SITE_IMAGE",
      "SITE_MENU", "SITE_ABOUT"};

  public static final FunctionEnvironment ARTICLES_API = FunctionEnvironment.reads(
      with("TABLE_NAME", with("UPLOADS_BUCKET", SITE)));
  /**
   * SEARCH_TABLE_NAME: the search index's table; DISTRIBUTION_ID: the CloudFront distribution
   * whose cached pages the Publisher invalidates; REDIRECTS_KVS_ARN: the key value store of old
   * addresses the CDN answers with a 301.
   */
  public static final FunctionEnvironment PUBLISHER = FunctionEnvironment.reads(
      with("TABLE_NAME", with("SEARCH_TABLE_NAME", with("BUCKET_NAME", with("DISTRIBUTION_ID",
          with("REDIRECTS_KVS_ARN", SITE))))));
  /** BUCKET_NAME and the site: it renders the news sitemap again as articles pass 48 hours. */
  public static final FunctionEnvironment SCHEDULED_PUBLISHING = FunctionEnvironment.reads(
      with("TABLE_NAME", with("BUCKET_NAME", SITE)));
  /** The Publisher's tables and bucket, and the queue its last chunk sends the shared pages' message to. */
  public static final FunctionEnvironment REBUILD_CHUNKS = FunctionEnvironment.reads(
      with("TABLE_NAME", with("SEARCH_TABLE_NAME", with("BUCKET_NAME", with("REBUILD_QUEUE_URL", SITE)))));
  public static final FunctionEnvironment MEDIA = FunctionEnvironment.reads(
      with("TABLE_NAME", with("UPLOADS_BUCKET", with("BUCKET_NAME", SITE))));

  private static final Map<String, FunctionEnvironment> BY_HANDLER = Map.of(
      "dev.gazette.handlers.ArticlesApiHandler", ARTICLES_API,
      "dev.gazette.handlers.PublisherHandler", PUBLISHER,
      "dev.gazette.handlers.ScheduledPublishingHandler", SCHEDULED_PUBLISHING,
      "dev.gazette.handlers.MediaHandler", MEDIA,
      "dev.gazette.handlers.RebuildChunkHandler", REBUILD_CHUNKS);

  private FunctionEnvironments() {}

  /** The declaration of the handler class with this name, if it is a Lambda entry point. */
  public static Optional<FunctionEnvironment> forHandler(String className) {
    return Optional.ofNullable(BY_HANDLER.get(className));
  }

  private static String[] with(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
