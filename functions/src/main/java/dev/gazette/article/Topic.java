package dev.gazette.article;

/** A subject an article is filed under ("Diplomatie"); its slug names its page. */
public record Topic(String name, Slug slug) {

  public static final int MAX_NAME_LENGTH = 60;

  /** The topic with this display name, whitespace tidied; the slug follows the name. */
  public static Topic named(String name) {
    String tidy = name.strip().replaceAll("\\s+", " ");
    return new Topic(tidy, Slug.fromTitle(tidy));
  }
}
