package dev.gazette.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * content hash so browsers may keep it forever, the 404 page, the about page, robots.txt, the
 * icons and the web manifest. Publish them once per deployment.
 */
public final class StaticFiles {

  private static final String RECOMMENDED_SCRIPT = "recommended.js";
  private static final String EMBED_SCRIPT = "embeds.js";
  private static final String SEARCH_SCRIPT = "search.js";

  private final SitePaths paths;
  private final Site site;
  private final SiteLocale locale;
  private final HtmlTemplates templates;
  private final byte[] recommendedScript = resource(RECOMMENDED_SCRIPT);
  private final PageAddress recommendedScriptAddress;
  private final SiteChrome chrome;
  private final ObjectMapper json;
  private final byte[] embedScript = resource(EMBED_SCRIPT);
  private final PageAddress embedScriptAddress;
  private final byte[] searchScript = resource(SEARCH_SCRIPT);
  private final PageAddress searchScriptAddress;

  StaticFiles(RenderParts parts) {
    this.site = parts.site();
    this.paths = parts.paths();
    this.locale = parts.locale();
    this.templates = parts.templates();
    this.recommendedScriptAddress = paths.asset("recommended", hash8(recommendedScript));
    this.embedScriptAddress = paths.asset("embeds", hash8(embedScript));
    this.chrome = SiteChrome.of(site, paths);
    this.json = parts.json();
    this.searchScriptAddress = paths.asset("search", hash8(searchScript));
  }

  /** The scripts, the search, 404 and about pages, robots.txt, the icons and the manifest. */
  public List<RenderedFile> all() {
    byte[] png32 = SiteIcons.png(32);
    return List.of(
        RenderedFile.of(OutputFormat.JAVASCRIPT, recommendedScriptAddress.key(OutputFormat.JAVASCRIPT),
            recommendedScript),
        RenderedFile.of(OutputFormat.JAVASCRIPT, embedScriptAddress.key(OutputFormat.JAVASCRIPT),
            embedScript),
        RenderedFile.of(OutputFormat.JAVASCRIPT, searchScriptAddress.key(OutputFormat.JAVASCRIPT), searchScript),
        RenderedFile.of(OutputFormat.HTML, paths.search().key(OutputFormat.HTML), searchPage()),
        RenderedFile.of(OutputFormat.HTML, paths.notFoundKey(), notFoundPage()),
        RenderedFile.of(OutputFormat.HTML, paths.about().key(OutputFormat.HTML), aboutPage()),
        RenderedFile.of(OutputFormat.TEXT, paths.robots().key(OutputFormat.TEXT), robots()),
        RenderedFile.of(OutputFormat.SVG, paths.rootFile("favicon").key(OutputFormat.SVG), SiteIcons.svg()),
        RenderedFile.of(OutputFormat.ICO, paths.rootFile("favicon").key(OutputFormat.ICO), SiteIcons.ico(png32)),
        RenderedFile.of(OutputFormat.PNG, paths.rootFile("favicon-32").key(OutputFormat.PNG), png32),
        RenderedFile.of(OutputFormat.PNG, paths.rootFile("apple-touch-icon").key(OutputFormat.PNG), SiteIcons.png(180)),
        RenderedFile.of(OutputFormat.PNG, paths.rootFile("icon-192").key(OutputFormat.PNG), SiteIcons.png(192)),
        RenderedFile.of(OutputFormat.PNG, paths.rootFile("icon-512").key(OutputFormat.PNG), SiteIcons.png(512)),
        RenderedFile.of(OutputFormat.WEB_MANIFEST, paths.rootFile("manifest").key(OutputFormat.WEB_MANIFEST),
            manifest()));
  }

  /** Where article pages load the recommended script from: "/assets/recommended.1a2b3c4d.js". */
  public String recommendedScriptPath() {
    return recommendedScriptAddress.path(OutputFormat.JAVASCRIPT);
  }

  /** Where pages with an embed load its script from: "/assets/embeds.1a2b3c4d.js". */
  /** Where the search page's script is published (its name changes with its bytes). */
  public String searchScriptPath() {
    return searchScriptAddress.path(OutputFormat.JAVASCRIPT);
  }

  public String embedScriptPath() {
    return embedScriptAddress.path(OutputFormat.JAVASCRIPT);
  }

  private byte[] notFoundPage() {
    Labels labels = locale.labels();
    String home = paths.home().path(OutputFormat.HTML);
    PageHead head = new PageHead(labels.notFound(), labels.notFoundText(), null, site.language(),
        site.name(), home, null, List.of(), null, null, chrome);
    return templates.render("notfound.jte", new NotFoundPage(head, labels.notFound(),
        labels.notFoundText(), new Link(labels.backHome(), home)));
  }

  /** The search page: the same for every site state, its results are the script's. */
  private byte[] searchPage() {
    SearchPage.Texts texts = SearchPage.Texts.of(site.locale());
    String home = paths.home().path(OutputFormat.HTML);
    PageHead head = new PageHead(texts.title(), texts.description(), paths.search().url(OutputFormat.HTML),
        site.language(), site.name(), home, null, List.of(), null, null, chrome);
    return templates.render("search.jte", new SearchPage(head, texts, paths.search().path(OutputFormat.HTML),
        paths.searchIndexPath(), searchScriptAddress.path(OutputFormat.JAVASCRIPT),
        new Link(locale.labels().backHome(), home)));
  }


  private byte[] aboutPage() {
    String heading = SiteChrome.bundle(site.locale()).getString("chrome.about");
    String text = site.about() != null ? site.about()
        : SiteChrome.bundle(site.locale()).getString("chrome.aboutText").replace("{site}", site.name());
    PageAddress about = paths.about();
    PageHead head = new PageHead(heading, Excerpt.of(text, ArticlePages.DESCRIPTION_MAX_CHARS),
        about.url(OutputFormat.HTML), site.language(), site.name(), paths.home().path(OutputFormat.HTML),
        null, List.of(), null, null, chrome);
    return templates.render("about.jte", new AboutPage(head, heading, text));
  }

  /** What a phone needs to put the site on its home screen: name, start page, icons, colour. */
  private byte[] manifest() {
    ObjectNode manifest = json.createObjectNode()
        .put("name", site.name())
        .put("short_name", site.name())
        .put("lang", site.language())
        .put("start_url", paths.home().path(OutputFormat.HTML))
        .put("display", "browser")
        .put("theme_color", SiteChrome.THEME_COLOUR)
        .put("background_color", "#ffffff");
    ArrayNode icons = manifest.putArray("icons");
    for (int size : new int[] {192, 512}) {
      icons.addObject().put("src", paths.rootFile("icon-" + size).path(OutputFormat.PNG))
          .put("sizes", size + "x" + size).put("type", OutputFormat.PNG.mediaType());
    }
    icons.addObject().put("src", paths.rootFile("favicon").path(OutputFormat.SVG))
        .put("sizes", "any").put("type", "image/svg+xml");
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sitemap index lists the others, the news sitemap among them while it has articles. */
  private byte[] robots() {
    String text = "User-agent: *\nAllow: /\n\n"
        + "Sitemap: " + paths.sitemapIndex().url(OutputFormat.XML) + "\n";
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
