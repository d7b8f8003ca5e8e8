package dev.gazette.render;

import dev.gazette.site.OutputFormat;
import dev.gazette.site.PageAddress;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The files every site has whatever its articles: the script that fills article pages'
 * recommended section, named by its content hash so browsers may keep it forever, the 404 page
 * and robots.txt. Publish them once per deployment.
 */
public final class StaticFiles {

  private static final String RECOMMENDED_SCRIPT = "recommended.js";
  private static final String SEARCH_SCRIPT = "search.js";

  private final SitePaths paths;
  private final Site site;
  private final SiteLocale locale;
  private final HtmlTemplates templates;
  private final byte[] recommendedScript = resource(RECOMMENDED_SCRIPT);
  private final PageAddress recommendedScriptAddress;
  private final byte[] searchScript = resource(SEARCH_SCRIPT);
  private final PageAddress searchScriptAddress;

  StaticFiles(RenderParts parts) {
    this.site = parts.site();
    this.paths = parts.paths();
    this.locale = parts.locale();
    this.templates = parts.templates();
    this.recommendedScriptAddress = paths.asset("recommended", hash8(recommendedScript));
    this.searchScriptAddress = paths.asset("search", hash8(searchScript));
  }

  /** The scripts, the search page, the 404 page and robots.txt. */
  public List<RenderedFile> all() {
    return List.of(
        RenderedFile.of(OutputFormat.JAVASCRIPT, recommendedScriptAddress.key(OutputFormat.JAVASCRIPT),
            recommendedScript),
        RenderedFile.of(OutputFormat.JAVASCRIPT, searchScriptAddress.key(OutputFormat.JAVASCRIPT), searchScript),
        RenderedFile.of(OutputFormat.HTML, paths.search().key(OutputFormat.HTML), searchPage()),
        RenderedFile.of(OutputFormat.HTML, paths.notFoundKey(), notFoundPage()),
        RenderedFile.of(OutputFormat.TEXT, paths.robots().key(OutputFormat.TEXT), robots()));
  }

  /** Where article pages load the recommended script from: "/assets/recommended.1a2b3c4d.js". */
  public String recommendedScriptPath() {
    return recommendedScriptAddress.path(OutputFormat.JAVASCRIPT);
  }

  private byte[] notFoundPage() {
    Labels labels = locale.labels();
    String home = paths.home().path(OutputFormat.HTML);
    PageHead head = new PageHead(labels.notFound(), labels.notFoundText(), null, site.language(),
        site.name(), home, null, List.of(), null, null);
    return templates.render("notfound.jte", new NotFoundPage(head, labels.notFound(),
        labels.notFoundText(), new Link(labels.backHome(), home)));
  }

  /** The search page: the same for every site state, its results are the script's. */
  private byte[] searchPage() {
    SearchPage.Texts texts = SearchPage.Texts.of(site.locale());
    String home = paths.home().path(OutputFormat.HTML);
    PageHead head = new PageHead(texts.title(), texts.description(), paths.search().url(OutputFormat.HTML),
        site.language(), site.name(), home, null, List.of(), null, null);
    return templates.render("search.jte", new SearchPage(head, texts, paths.search().path(OutputFormat.HTML),
        paths.searchIndexPath(), searchScriptAddress.path(OutputFormat.JAVASCRIPT),
        new Link(locale.labels().backHome(), home)));
  }

  private byte[] robots() {
    String text = "User-agent: *\nAllow: /\n\n"
        + "Sitemap: " + paths.sitemapIndex().url(OutputFormat.XML) + "\n"
        + "Sitemap: " + paths.newsSitemap().url(OutputFormat.XML) + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/gazette/render/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first 8 hex characters of the SHA-256 of the bytes. */
  private static String hash8(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
