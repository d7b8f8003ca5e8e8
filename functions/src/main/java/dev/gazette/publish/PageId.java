package dev.gazette.publish;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Names one page of the site as the Publisher tracks it: the key of its ticket and lease in the
 * ledger, and what a published state remembers it touched. {@link #encode()} and
 * {@link #parse(String)} are the only way to and from the stored text, whose format
 * ("article:&lt;id&gt;", "front:&lt;list&gt;", "month:&lt;list&gt;:&lt;yyyy-mm&gt;", or a site-wide page's name)
 * is the one tables written before this type already hold.
 */
public sealed interface PageId {

  /** The stored form: readable, and stable across releases. */
  String encode();

  /** An article's page, its JSON and the redirects from its former addresses. */
  record Article(String articleId) implements PageId {
    public Article {
      requireText(articleId, "articleId");
    }

    @Override
    public String encode() {
      return "article:" + articleId;
    }
  }

  /** A list's front: the home page and feed, or a topic's page, JSON and feed. */
  record Front(ListId list) implements PageId {
    public Front {
      Objects.requireNonNull(list, "list");
    }

    @Override
    public String encode() {
      return "front:" + list.value();
    }
  }

  /** One calendar month of a list: an archive page (and, for the site, a sitemap chunk). */
  record Month(ListId list, YearMonth month) implements PageId {
    public Month {
      Objects.requireNonNull(list, "list");
      Objects.requireNonNull(month, "month");
    }

    @Override
    public String encode() {
      return "month:" + list.value() + ":" + month;
    }
  }

  /** A term's summary in the search index: its articles by month. */
  record SearchTerm(String term) implements PageId {
    public SearchTerm {
      requireText(term, "term");
    }

    @Override
    public String encode() {
      return "search:" + term;
    }
  }

  /** A term's postings of one month in the search index. */
  record SearchMonth(TermMonth shard) implements PageId {
    public SearchMonth {
      Objects.requireNonNull(shard, "shard");
    }

    @Override
    public String encode() {
      return "search-month:" + shard.month() + ":" + shard.term();
    }
  }

  /** The pages there is one of for the whole site. */
  enum SiteWide implements PageId {
    SITEMAP_INDEX("sitemap-index"),
    NEWS_SITEMAP("sitemap-news"),
    PICKS("recommended"),
    /** The sitemap chunk that lists every author's page. */
    AUTHORS_SITEMAP("sitemap-authors"),
    /** The search index's article count. */
    SEARCH_STATS("search-stats"),
    /** Assets, the 404 page and robots.txt: they change only with a release. */
    STATICS("static");

    private final String name;

    SiteWide(String name) {
      this.name = name;
    }

    @Override
    public String encode() {
      return name;
    }
  }

  /**
   * The page this stored text names.
   *
   * @throws IllegalArgumentException when the text names no page
   */
  static PageId parse(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    for (SiteWide page : SiteWide.values()) {
      if (page.encode().equals(encoded)) {
        return page;
      }
    }
    try {
      if (encoded.startsWith("article:")) {
        return new Article(encoded.substring("article:".length()));
      }
      if (encoded.startsWith("front:")) {
        return new Front(ListId.parse(encoded.substring("front:".length())));
      }
      if (encoded.startsWith("search:")) {
        return new SearchTerm(encoded.substring("search:".length()));
      }
      if (encoded.startsWith("search-month:")) {
        // The month comes first: a term may hold a colon, a month never does.
        String rest = encoded.substring("search-month:".length());
        int colon = rest.indexOf(':');
        return new SearchMonth(new TermMonth(rest.substring(colon + 1),
            YearMonth.parse(rest.substring(0, colon))));
      }
      if (encoded.startsWith("month:")) {
        // The month is the last part: a list id holds a colon itself ("topic:otan").
        int lastColon = encoded.lastIndexOf(':');
        return new Month(ListId.parse(encoded.substring("month:".length(), lastColon)),
            YearMonth.parse(encoded.substring(lastColon + 1)));
      }
    } catch (RuntimeException malformed) {
      throw new IllegalArgumentException("no page is named \"" + encoded + "\"", malformed);
    }
    throw new IllegalArgumentException("no page is named \"" + encoded + "\"");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is empty");
    }
  }
}
