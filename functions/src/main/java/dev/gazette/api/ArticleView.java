package dev.gazette.api;

import dev.gazette.article.Article;
import dev.gazette.article.Topic;
import java.time.Instant;
import java.util.List;

/** An article as the editor API shows it, with the address where readers will find it. */
record ArticleView(
    String id,
    String slug,
    String url,
    String title,
    String summary,
    String body,
    String author,
    String location,
    List<TopicView> topics,
    String status,
    String publishAt,
    String publishedAt,
    String createdAt,
    String updatedAt,
    long version,
    ImageView image,
    List<CorrectionView> corrections,
    String revisedAt) {

  /** A correction note as the article carries it. */
  record CorrectionView(String at, String kind, String text) {}

  /** The lead picture as the article names it; the library's own text is on {@code /media/{id}}. */
  record ImageView(String media, String alt, String caption, String credit) {}

  record TopicView(String name, String slug) {
    static TopicView of(Topic topic) {
      return new TopicView(topic.name(), topic.slug().value());
    }
  }

  static ArticleView of(Article article, String url) {
    return new ArticleView(article.id(), article.slug().value(), url, article.title(),
        article.summary(), article.body(), article.author(), article.location(),
        article.topics().stream().map(TopicView::of).toList(), article.status().wireName(),
        iso(article.publishAt()), iso(article.publishedAt()), iso(article.createdAt()), iso(article.updatedAt()),
        article.version(), article.image() == null ? null : new ImageView(article.image().mediaId(),
            article.image().alt(), article.image().caption(), article.image().credit()),
        article.corrections().stream().map(note -> new CorrectionView(note.at().toString(),
            note.kind().wireName(), note.text())).toList(),
        iso(article.revisedAt()));
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
