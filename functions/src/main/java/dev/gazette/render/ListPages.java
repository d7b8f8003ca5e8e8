package dev.gazette.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Author;
import dev.gazette.article.Topic;
import dev.gazette.site.ArchiveMonth;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.PageAddress;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the models of the pages that list articles: home, topic front, author page and month
 * archives. Each
 * names its address, its heading in the site's language, its teasers and its archive links.
 */
final class ListPages {

  private final Site site;
  private final SitePaths paths;
  private final SiteLocale locale;
  private final ArticleTeasers teasers;
  private final SiteChrome chrome;

  ListPages(Site site, SitePaths paths, SiteLocale locale) {
    this.site = site;
    this.paths = paths;
    this.locale = locale;
    this.teasers = new ArticleTeasers(paths, locale);
    this.chrome = SiteChrome.of(site, paths);
  }

  ListPage home(List<ArticleSummary> latest, List<ArchiveMonth> months) {
    PageAddress address = paths.home();
    String title = locale.labels().latest();
    return page(new Frame(title, title + " : " + site.name(), address,
            address.url(OutputFormat.ATOM), null),
        latest, archives(months, paths::siteMonth));
  }

  ListPage siteMonth(ArchiveMonth month, List<ArticleSummary> entries) {
    String title = locale.labels().archives() + " - " + locale.monthName(month.month());
    return page(new Frame(title, title, paths.siteMonth(month.month()), null, null),
        entries, List.of());
  }

  ListPage topicFront(Topic topic, List<ArticleSummary> latest, List<ArchiveMonth> months) {
    PageAddress address = paths.topic(topic.slug());
    return page(new Frame(topic.name(), locale.labels().latest() + " : " + topic.name(), address,
            address.url(OutputFormat.ATOM), null),
        latest, archives(months, month -> paths.topicMonth(topic.slug(), month)));
  }

  ListPage topicMonth(Topic topic, ArchiveMonth month, List<ArticleSummary> entries) {
    String title = topic.name() + " - " + locale.monthName(month.month());
    Link front = new Link(topic.name(), paths.topic(topic.slug()).path(OutputFormat.HTML));
    return page(new Frame(title, title, paths.topicMonth(topic.slug(), month.month()), null, front),
        entries, List.of());
  }

  /** An author's page: a ProfilePage whose main entity is the author, with the latest articles. */
  ListPage authorFront(Author author, List<ArticleSummary> latest, List<ArchiveMonth> months) {
    PageAddress address = paths.author(author.slug());
    return page(new Frame(author.name(), locale.labels().latest() + " : " + author.name(), address,
            address.url(OutputFormat.ATOM), null, author),
        latest, archives(months, month -> paths.authorMonth(author.slug(), month)));
  }

  ListPage authorMonth(Author author, ArchiveMonth month, List<ArticleSummary> entries) {
    String title = author.name() + " - " + locale.monthName(month.month());
    Link front = new Link(author.name(), paths.author(author.slug()).path(OutputFormat.HTML));
    return page(new Frame(title, title, paths.authorMonth(author.slug(), month.month()), null, front),
        entries, List.of());
  }

  /** Links to the months that hold articles; an empty month would be a link to nothing. */
  private List<ArchiveLink> archives(
      List<ArchiveMonth> months, Function<YearMonth, PageAddress> address) {
    return months.stream().filter(month -> month.count() > 0).map(month -> {
      PageAddress page = address.apply(month.month());
      return new ArchiveLink(month.month(), locale.monthName(month.month()), month.count(),
          page.path(OutputFormat.HTML), page.url(OutputFormat.HTML));
    }).toList();
  }

  private ListPage page(Frame unset, List<ArticleSummary> entries, List<ArchiveLink> archives) {
    Frame frame = new Frame(locale.typeset(unset.title()), locale.typeset(unset.description()),
        unset.address(), unset.feedUrl(), unset.parent(), unset.profileOf());
    URI canonical = frame.address().url(OutputFormat.HTML);
    ShareImage image = site.shareImage() == null ? null : new ShareImage(site.shareImage().toString(), 0, 0, null);
    PageHead head = new PageHead(frame.title(), frame.description(), canonical, site.language(),
        site.name(), paths.home().path(OutputFormat.HTML), frame.feedUrl(),
        openGraph(frame, canonical, image), ShareImage.twitterCard(image),
        frame.profileOf() == null ? collectionPage(frame, canonical) : profilePage(frame, canonical), chrome);
    return new ListPage(head, frame.title(), frame.parent(), teasers.of(entries), archives,
        locale.isoDate(updated(entries)), locale.labels());
  }

  private List<MetaProperty> openGraph(Frame frame, URI canonical, ShareImage image) {
    List<MetaProperty> properties = new ArrayList<>(List.of(
        new MetaProperty("og:type", "website"),
        new MetaProperty("og:site_name", site.name()),
        new MetaProperty("og:locale", locale.openGraphLocale()),
        new MetaProperty("og:title", frame.title()),
        new MetaProperty("og:description", frame.description()),
        new MetaProperty("og:url", canonical.toString())));
    if (image != null) {
      properties.addAll(image.openGraph());
    }
    return properties;
  }

  private JsonLd collectionPage(Frame frame, URI canonical) {
    ObjectNode node = JsonNodeFactory.instance.objectNode()
        .put("@context", "https://schema.org")
        .put("@type", "CollectionPage")
        .put("name", frame.title())
        .put("description", frame.description())
        .put("url", canonical.toString())
        .put("inLanguage", site.language());
    node.putObject("isPartOf").put("@type", "WebSite").put("name", site.name())
        .put("url", paths.home().url(OutputFormat.HTML).toString());
    return JsonLd.of(node);
  }

  private JsonLd profilePage(Frame frame, URI canonical) {
    ObjectNode node = JsonNodeFactory.instance.objectNode()
        .put("@context", "https://schema.org")
        .put("@type", "ProfilePage")
        .put("name", frame.title())
        .put("url", canonical.toString())
        .put("inLanguage", site.language());
    node.putObject("mainEntity").put("@type", "Person").put("name", frame.profileOf().name())
        .put("url", canonical.toString());
    node.putObject("isPartOf").put("@type", "WebSite").put("name", site.name())
        .put("url", paths.home().url(OutputFormat.HTML).toString());
    return JsonLd.of(node);
  }

  /** The newest change among the entries, from the input only: the clock would break caching. */
  private static Instant updated(List<ArticleSummary> entries) {
    return entries.stream().map(ArticleTeasers::updatedAt).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
  }

  /**
   * What tells listing pages apart: their words, where they live, their feed and parent, and
   * the author whose profile the page is (null for other lists).
   */
  private record Frame(String title, String description, PageAddress address, URI feedUrl,
      Link parent, Author profileOf) {
    Frame(String title, String description, PageAddress address, URI feedUrl, Link parent) {
      this(title, description, address, feedUrl, parent, null);
    }
  }
}
