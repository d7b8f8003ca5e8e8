package dev.gazette.render;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Author;
import dev.gazette.article.Topic;
import dev.gazette.site.ArchiveMonth;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.PageAddress;
import dev.gazette.site.SitePaths;
import java.util.List;

/**
 * Publishes the pages that list articles: the home page and site feed, each topic's front (HTML,
 * JSON, feed) and the fixed month archives of the site and of each topic. Lists come in newest
 * first; the output depends on them only, so an unchanged list gives identical bytes.
 */
public final class ListPageRenderer {

  private final SitePaths paths;
  private final ListPages pages;
  private final ArticleTeasers teasers;
  private final HtmlTemplates templates;
  private final ListPageJson json;
  private final AtomFeed atom;
  private final SitemapRenderer sitemaps;

  ListPageRenderer(RenderParts parts, SitemapRenderer sitemaps) {
    this.paths = parts.paths();
    this.templates = parts.templates();
    this.json = new ListPageJson(parts.json());
    this.pages = new ListPages(parts.site(), paths, parts.locale());
    this.teasers = new ArticleTeasers(paths, parts.locale());
    this.atom = new AtomFeed(parts.site());
    this.sitemaps = sitemaps;
  }

  /** {@code index.html} with the latest articles and the site's months, and {@code feed.xml}. */
  public List<RenderedFile> home(List<ArticleSummary> latest, List<ArchiveMonth> months) {
    ListPage page = pages.home(latest, months);
    PageAddress address = paths.home();
    return List.of(html(address, page), feed(address, page));
  }

  /** {@code archives/2026-11/index.html} and the month's sitemap chunk. */
  public List<RenderedFile> siteMonth(ArchiveMonth month, List<ArticleSummary> entries) {
    ListPage page = pages.siteMonth(month, entries);
    return List.of(html(paths.siteMonth(month.month()), page),
        sitemaps.chunk(month.month(), entries));
  }

  /** A topic's front as HTML, JSON and Atom: its latest articles and its months. */
  public List<RenderedFile> topicFront(
      Topic topic, List<ArticleSummary> latest, List<ArchiveMonth> months) {
    ListPage page = pages.topicFront(topic, latest, months);
    PageAddress address = paths.topic(topic.slug());
    byte[] document = json.write("topic", teasers.topic(topic), page);
    return List.of(html(address, page),
        RenderedFile.of(OutputFormat.JSON, address.key(OutputFormat.JSON), document),
        feed(address, page));
  }

  /** {@code topics/<topic>/2026-11/index.html}: every article of the topic in that month. */
  public List<RenderedFile> topicMonth(
      Topic topic, ArchiveMonth month, List<ArticleSummary> entries) {
    ListPage page = pages.topicMonth(topic, month, entries);
    return List.of(html(paths.topicMonth(topic.slug(), month.month()), page));
  }

  /** An author's page as HTML, JSON and Atom: the author's latest articles and months. */
  public List<RenderedFile> authorFront(
      Author author, List<ArticleSummary> latest, List<ArchiveMonth> months) {
    ListPage page = pages.authorFront(author, latest, months);
    PageAddress address = paths.author(author.slug());
    TopicLabel label = new TopicLabel(author.name(), author.slug(),
        address.path(OutputFormat.HTML), address.url(OutputFormat.HTML).toString());
    byte[] document = json.write("author", label, page);
    return List.of(html(address, page),
        RenderedFile.of(OutputFormat.JSON, address.key(OutputFormat.JSON), document),
        feed(address, page));
  }

  /** {@code auteurs/<author>/2026-11/index.html}: every article of the author in that month. */
  public List<RenderedFile> authorMonth(
      Author author, ArchiveMonth month, List<ArticleSummary> entries) {
    ListPage page = pages.authorMonth(author, month, entries);
    return List.of(html(paths.authorMonth(author.slug(), month.month()), page));
  }

  private RenderedFile html(PageAddress address, ListPage page) {
    return RenderedFile.of(OutputFormat.HTML, address.key(OutputFormat.HTML),
        templates.render("list.jte", page));
  }

  private RenderedFile feed(PageAddress address, ListPage page) {
    return RenderedFile.of(OutputFormat.ATOM, address.key(OutputFormat.ATOM), atom.write(page));
  }
}
