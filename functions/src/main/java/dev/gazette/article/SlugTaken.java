package dev.gazette.article;

/** Another article already uses this slug. */
public final class SlugTaken extends RuntimeException {
  private final Slug slug;

  public SlugTaken(Slug slug) {
    super("slug already in use: " + slug);
    this.slug = slug;
  }

  public Slug slug() {
    return slug;
  }
}
