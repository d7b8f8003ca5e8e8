package dev.gazette.site;

import dev.gazette.article.Slug;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that names every S3 key and every public path and URL, so that a link and the
 * object it points to can never disagree. Each page kind has a base ("articles/my-slug"); the
 * output format decides the file name around it.
 */
public final class SitePaths {

  private static final List<OutputFormat> ARTICLE_FORMATS =
      List.of(OutputFormat.HTML, OutputFormat.JSON);
  private static final List<OutputFormat> TOPIC_FORMATS =
      List.of(OutputFormat.HTML, OutputFormat.JSON, OutputFormat.ATOM);
  private static final Pattern ASSET_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern ASSET_HASH = Pattern.compile("[0-9a-f]{8}");
  private static final Pattern SEARCH_TERM_NAME = Pattern.compile("[a-z0-9]+");
  private static final Set<String> RENDITION_FORMATS = Set.of("webp", "jpg", "avif", "png");

  private final URI baseUrl;
  private final String baseUrlText;

  public SitePaths(Site site) {
    this.baseUrl = Objects.requireNonNull(site, "site").baseUrl();
    this.baseUrlText = baseUrl.toString();
  }

  /** An article: "/articles/my-slug/" and "/articles/my-slug.json". */
  public PageAddress article(Slug slug) {
    return at("articles/" + slug.value());
  }

  /** The home page "/" and the site feed "/feed.xml". */
  public PageAddress home() {
    return at("");
  }

  /** The site's archive of one month: "/archives/2026-11/". */
  public PageAddress siteMonth(YearMonth month) {
    return at("archives/" + month);
  }

  /** A topic's front: "/topics/otan/", "/topics/otan.json", "/topics/otan/feed.xml". */
  public PageAddress topic(Slug topic) {
    return at("topics/" + topic.value());
  }

  /** A topic's archive of one month: "/topics/otan/2026-11/". */
  public PageAddress topicMonth(Slug topic, YearMonth month) {
    return at("topics/" + topic.value() + "/" + month);
  }

  /** An author's page: "/auteurs/marie-dupont/", its JSON twin and "/auteurs/marie-dupont/feed.xml". */
  public PageAddress author(Slug author) {
    return at("auteurs/" + author.value());
  }

  /** An author's archive of one month: "/auteurs/marie-dupont/2026-11/". */
  public PageAddress authorMonth(Slug author, YearMonth month) {
    return at("auteurs/" + author.value() + "/" + month);
  }

  /** The sitemap index, "/sitemap.xml", in the XML format. */
  public PageAddress sitemapIndex() {
    return at("sitemap");
  }

  /** The sitemap of the articles published in one month: "/sitemaps/2026-11.xml". */
  public PageAddress sitemapChunk(YearMonth month) {
    return at("sitemaps/" + month);
  }

  /** The sitemap of every author's page, "/sitemaps/auteurs.xml". */
  public PageAddress authorsSitemap() {
    return at("sitemaps/auteurs");
  }

  /** The Google News sitemap, "/sitemap-news.xml". */
  public PageAddress newsSitemap() {
    return at("sitemap-news");
  }

  /** The site-wide recommended picks, "/recommended.json". */
  public PageAddress recommended() {
    return at("recommended");
  }

  /** A static asset whose name carries its content hash: "/assets/recommended.1a2b3c4d.js". */
  public PageAddress asset(String name, String hash8) {
    if (!ASSET_NAME.matcher(name).matches() || !ASSET_HASH.matcher(hash8).matches()) {
      throw new IllegalArgumentException("not an asset name and hash: " + name + ", " + hash8);
    }
    return at("assets/" + name + "." + hash8);
  }

  /**
   * The S3 key of one rendition of a picture: "media/<hash>/16x9-1280.webp". The hash is the
   * picture's content and focal point, so a key is never reused for other bytes.
   */
  public String renditionKey(String imageHash, String crop, int width, String format) {
    if (!isRenditionHash(imageHash) || !isCrop(crop) || width < 1
        || !RENDITION_FORMATS.contains(format)) {
      throw new IllegalArgumentException("not a rendition: " + imageHash + " " + crop + " " + width + " " + format);
    }
    return "media/" + imageHash + "/" + crop + "-" + width + "." + format;
  }

  // An article page names some sixty renditions: matching regexes here took a tenth of its render.

  /** 16 to 64 lowercase hex digits, as {@code [0-9a-f]{16,64}}. */
  private static boolean isRenditionHash(String hash) {
    if (hash.length() < 16 || hash.length() > 64) {
      return false;
    }
    for (int i = 0; i < hash.length(); i++) {
      char c = hash.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** A ratio such as "16x9" or "4x3", as {@code [1-9][0-9]?x[1-9][0-9]?}. */
  private static boolean isCrop(String crop) {
    int x = crop.indexOf('x');
    return x > 0 && isRatioTerm(crop, 0, x) && isRatioTerm(crop, x + 1, crop.length());
  }

  /** One or two digits, the first not 0. */
  private static boolean isRatioTerm(String text, int start, int end) {
    int length = end - start;
    if (length < 1 || length > 2 || text.charAt(start) < '1' || text.charAt(start) > '9') {
      return false;
    }
    return length == 1 || text.charAt(start + 1) >= '0' && text.charAt(start + 1) <= '9';
  }

  /** The absolute URL of a rendition: site URL + "/" + its key. */
  public URI renditionUrl(String imageHash, String crop, int width, String format) {
    return URI.create(renditionUrlText(imageHash, crop, width, format));
  }

  /**
   * The same URL as text, for pages. Not parsed: the site URL is, and {@link #renditionKey} lets
   * only hex digits, digits, "x", "-", "." and a known format through. An article page names
   * some sixty renditions, and parsing each as a URI took a tenth of its render.
   */
  public String renditionUrlText(String imageHash, String crop, int width, String format) {
    return baseUrlText + "/" + renditionKey(imageHash, crop, width, format);
  }

  /** The page that says what the site is, "/a-propos/". */
  public PageAddress about() {
    return at("a-propos");
  }

  /**
   * A file browsers look for at the site's root under a fixed name: "/favicon.svg" (SVG),
   * "/apple-touch-icon.png" (PNG), "/manifest.webmanifest" (WEB_MANIFEST).
   */
  public PageAddress rootFile(String name) {
    if (!ASSET_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a root file name: " + name);
    }
    return at(name);
  }

  /** The crawler rules, "/robots.txt", in the TEXT format. */
  public PageAddress robots() {
    return at("robots");
  }

  /** The search page, "/recherche/": the query runs in the reader's browser. */
  public PageAddress search() {
    return at("recherche");
  }

  /** Where the search page's script reads the index from: "/search/" (keys "search/…"). */
  public String searchIndexPath() {
    return "/search/";
  }

  /** How many articles the search index holds: "search/stats.json". */
  public String searchStatsKey() {
    return "search/stats.json";
  }

  /** A term's summary (its articles by month): "search/terms/desal.json". */
  public String searchTermKey(String term) {
    return "search/terms/" + searchTermName(term) + ".json";
  }

  /** A term's postings of one month: "search/terms/desal/2026-11.json". */
  public String searchTermMonthKey(String term, YearMonth month) {
    return "search/terms/" + searchTermName(term) + "/" + month + ".json";
  }

  /** What a search result shows of an article: "search/docs/<article id>.json". */
  public String searchDocumentKey(String articleId) {
    if (!SEARCH_TERM_NAME.matcher(articleId).matches()) {
      throw new IllegalArgumentException("not an article id: " + articleId);
    }
    return "search/docs/" + articleId + ".json";
  }

  /**
   * A term as a key segment: itself when it is lowercase ASCII letters and digits, otherwise
   * "_" and the hex of its UTF-8 bytes (the search script names files the same way).
   */
  static String searchTermName(String term) {
    if (SEARCH_TERM_NAME.matcher(term).matches()) {
      return term;
    }
    return "_" + HexFormat.of().formatHex(term.getBytes(StandardCharsets.UTF_8));
  }

  /** The page the CDN answers with for a missing object. */
  public String notFoundKey() {
    return "404.html";
  }

  /**
   * The path under which the CDN caches the object stored at this key, the one to invalidate so
   * that readers stop getting the cached copy: "articles/x/index.html" → "/articles/x/index.html".
   * CloudFront caches by the URI its viewer-request function leaves (SiteIndexRewrite turns
   * "/articles/x/" into "/articles/x/index.html" before the cache is looked up), so the key's own
   * path is the only cache entry; the "/articles/x" redirect is made by the function, never cached.
   */
  public String cachedPath(String key) {
    if (key == null || key.isEmpty() || key.startsWith("/") || key.endsWith("/") || key.contains("//")) {
      throw new IllegalArgumentException("not an object key of the site: " + key);
    }
    StringBuilder path = new StringBuilder("/");
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      // As a reader's browser sends it: unreserved characters and "/" as they are, others escaped.
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
        path.append(c);
      } else {
        path.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return path.toString();
  }

  /** The S3 key of an article in a format: "articles/my-slug/index.html". */
  public String articleKey(Slug slug, OutputFormat format) {
    return article(slug).key(format);
  }

  /** The path readers request: "/articles/my-slug/". */
  public String articlePath(Slug slug, OutputFormat format) {
    return article(slug).path(format);
  }

  /** The absolute URL readers and crawlers use: site URL + path. */
  public URI articleUrl(Slug slug, OutputFormat format) {
    return article(slug).url(format);
  }

  /** Every key an article is published under, HTML first; what to delete on unpublish. */
  public List<String> articleKeys(Slug slug) {
    return article(slug).keys(ARTICLE_FORMATS);
  }

  /** Every key of a topic's front (HTML, JSON, feed); what to delete when the topic empties. */
  public List<String> topicKeys(Slug topic) {
    return topic(topic).keys(TOPIC_FORMATS);
  }

  /** Every key of a topic's month bucket; what to delete when the month empties. */
  public List<String> topicMonthKeys(Slug topic, YearMonth month) {
    return List.of(topicMonth(topic, month).key(OutputFormat.HTML));
  }

  /** Every key of an author's page (HTML, JSON, feed); what to delete when the author has no article left. */
  public List<String> authorKeys(Slug author) {
    return author(author).keys(TOPIC_FORMATS);
  }

  /** Every key of an author's month bucket; what to delete when the month empties. */
  public List<String> authorMonthKeys(Slug author, YearMonth month) {
    return List.of(authorMonth(author, month).key(OutputFormat.HTML));
  }

  /** Every key of a site month bucket, its archive page and its sitemap chunk. */
  public List<String> siteMonthKeys(YearMonth month) {
    return List.of(siteMonth(month).key(OutputFormat.HTML),
        sitemapChunk(month).key(OutputFormat.XML));
  }

  private PageAddress at(String base) {
    return new PageAddress(baseUrl, base);
  }
}
