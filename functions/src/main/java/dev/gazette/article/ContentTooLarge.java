package dev.gazette.article;

/** A field is longer than an article item can hold with room to spare (HTTP 413). */
public final class ContentTooLarge extends RuntimeException {
  private final String field;
  private final int limit;

  public ContentTooLarge(String field, int limit) {
    super(field + " is longer than " + limit + " characters");
    this.field = field;
    this.limit = limit;
  }

  public String field() {
    return field;
  }

  public int limit() {
    return limit;
  }
}
