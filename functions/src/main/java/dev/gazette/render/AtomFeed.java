package dev.gazette.render;

import dev.gazette.site.Site;
import java.util.Objects;

/**
 * A listing page as an Atom 1.0 feed. Its {@code <updated>} is the newest change among its
 * entries, never the clock, so the same list always gives the same bytes.
 */
final class AtomFeed {

  private static final String NAMESPACE = "http://www.w3.org/2005/Atom";

  private final String siteName;
  private final String host;

  AtomFeed(Site site) {
    this.siteName = site.name();
    this.host = site.baseUrl().getHost();
  }

  /** The feed of a page that has one ({@code head().feedUrl()} set). */
  byte[] write(ListPage page) {
    PageHead head = page.head();
    String self = Objects.requireNonNull(head.feedUrl(), "the page has no feed").toString();
    XmlWriter xml = new XmlWriter()
        .open("feed", "xmlns", NAMESPACE, "xml:lang", head.language())
        .leaf("id", self)
        .leaf("title", head.title() + " - " + siteName)
        .empty("link", "rel", "self", "type", "application/atom+xml", "href", self)
        .empty("link", "rel", "alternate", "type", "text/html",
            "href", head.canonicalUrl().toString())
        .leaf("updated", page.updatedIso())
        .open("author").leaf("name", siteName).close();
    page.articles().forEach(teaser -> entry(xml, teaser));
    return xml.close().bytes();
  }

  private void entry(XmlWriter xml, ArticleTeaser teaser) {
    xml.open("entry")
        .leaf("id", tag(teaser))
        .leaf("title", teaser.title())
        .empty("link", "rel", "alternate", "type", "text/html", "href", teaser.url())
        .leaf("published", teaser.publishedIso())
        .leaf("updated", teaser.updatedIso());
    if (teaser.author() != null) {
      xml.open("author").leaf("name", teaser.author()).close();
    }
    teaser.topics().forEach(topic ->
        xml.empty("category", "term", topic.slug().value(), "label", topic.name()));
    if (teaser.excerpt() != null) {
      xml.leaf("summary", teaser.excerpt());
    }
    xml.close();
  }

  /**
   * A tag URI (RFC 4151) from the article's id and publication day: unlike its URL, it survives
   * a slug change, so readers do not see a renamed article as a new one.
   */
  private String tag(ArticleTeaser teaser) {
    String day = teaser.publishedIso().substring(0, "yyyy-mm-dd".length());
    return "tag:" + host + "," + day + ":articles:" + teaser.id();
  }
}
