package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.MediaReferences;
import dev.gazette.article.Picture;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the pictures an article's page shows, as they are now in the library: only ready ones,
 * with the article's own alt text, caption and credit where it gives them. A picture that is
 * gone or being processed again is simply not shown until its next event re-renders the page.
 */
final class PictureResolver {
  private final MediaStore media;

  PictureResolver(MediaStore media) {
    this.media = media;
  }

  ArticlePictures of(Article article) {
    Picture lead = article.image() == null ? null
        : ready(article.image().mediaId()).map(item -> item.picture(article.image())).orElse(null);
    Map<String, Picture> inBody = new LinkedHashMap<>();
    for (String id : MediaReferences.in(article.body())) {
      ready(id).ifPresent(item -> inBody.put(id, item.picture(null)));
    }
    return new ArticlePictures(lead, inBody);
  }

  private Optional<MediaItem> ready(String id) {
    return media.find(id).filter(MediaItem::isReady);
  }
}
