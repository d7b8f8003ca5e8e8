package dev.gazette.article;

import java.util.Objects;

/**
 * An article's lead picture as the editor chose it: the library item, and the alt text, caption
 * and credit for this article, each absent to use the library's.
 */
public record ArticleImage(String mediaId, String alt, String caption, String credit) {
  public ArticleImage {
    Objects.requireNonNull(mediaId, "mediaId");
  }
}
