package dev.gazette.article;

import java.util.Optional;

/**
 * The person a byline names, kept like a topic: the byline is a name, its slug names the
 * author's page, and two bylines with the same slug are the same author.
 */
public record Author(String name, Slug slug) {

  /** The author this byline names, whitespace tidied; empty when there is no byline to link. */
  public static Optional<Author> ofByline(String byline) {
    if (byline == null || byline.isBlank()) {
      return Optional.empty();
    }
    String tidy = byline.strip().replaceAll("\\s+", " ");
    return Optional.of(new Author(tidy, Slug.fromTitle(tidy)));
  }
}
