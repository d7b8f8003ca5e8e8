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
 * recommended section and the one that loads an embed when the reader asks, each named by its
 * content hash so browsers may keep it forever, the 404 page and robots.txt. Publish them once per deployment.
 */
public final class StaticFiles {

  private static final String RECOMMENDED_SCRIPT = "recommended.js";
  private static final String EMBED_SCRIPT = "embeds.js";

  private final SitePaths paths;
  private final Site site;
  private final SiteLocale locale;
  private final HtmlTemplates templates;
  private final byte[] recommendedScript = resource(RECOMMENDED_SCRIPT);
  private final PageAddress recommendedScriptAddress;
  private final byte[] embedScript = resource(EMBED_SCRIPT);
  private final PageAddress embedScriptAddress;

  StaticFiles(RenderParts parts) {
    this.site = parts.site();
    this.paths = parts.paths();
    this.locale = parts.locale();
    this.templates = parts.templates();
    this.recommendedScriptAddress = paths.asset("recommended", hash8(recommendedScript));
    this.embedScriptAddress = paths.asset("embeds", hash8(embedScript));
  }

  /** The scripts, the 404 page and robots.txt. */
  public List<RenderedFile> all() {
    return List.of(
        RenderedFile.of(OutputFormat.JAVASCRIPT, recommendedScriptAddress.key(OutputFormat.JAVASCRIPT),
            recommendedScript),
        RenderedFile.of(OutputFormat.JAVASCRIPT, embedScriptAddress.key(OutputFormat.JAVASCRIPT),
            embedScript),
        RenderedFile.of(OutputFormat.HTML, paths.notFoundKey(), notFoundPage()),
        RenderedFile.of(OutputFormat.TEXT, paths.robots().key(OutputFormat.TEXT), robots()));
  }

  /** Where article pages load the recommended script from: "/assets/recommended.1a2b3c4d.js". */
  public String recommendedScriptPath() {
    return recommendedScriptAddress.path(OutputFormat.JAVASCRIPT);
  }

  /** Where pages with an embed load its script from: "/assets/embeds.1a2b3c4d.js". */
  public String embedScriptPath() {
    return embedScriptAddress.path(OutputFormat.JAVASCRIPT);
  }

  private byte[] notFoundPage() {
    Labels labels = locale.labels();
    String home = paths.home().path(OutputFormat.HTML);
    PageHead head = new PageHead(labels.notFound(), labels.notFoundText(), null, site.language(),
        site.name(), home, null, List.of(), null, null);
    return templates.render("notfound.jte", new NotFoundPage(head, labels.notFound(),
        labels.notFoundText(), new Link(labels.backHome(), home)));
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
