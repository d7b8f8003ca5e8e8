package dev.gazette.render;

import dev.gazette.article.Slug;
import java.util.List;

/**
 * An article as lists show it (topic pages, home, feeds, "Aller plus loin"): a title linking to
 * it, its date in the site's language and for machines, its excerpt and its thumbnail.
 *
 * @param excerpt the teaser text, or null
 * @param author the byline, or null
 * @param location the dateline, or null
 * @param thumbnail the article's lead picture, small, or null
 */
public record ArticleTeaser(
    String id,
    Slug slug,
    String title,
    String path,
    String url,
    String excerpt,
    String author,
    String location,
    String publishedIso,
    String updatedIso,
    String displayDate,
    List<TopicLabel> topics,
    Thumbnail thumbnail) {

  public ArticleTeaser {
    topics = List.copyOf(topics);
  }
}
