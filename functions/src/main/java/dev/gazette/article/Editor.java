package dev.gazette.article;

/**
 * The person behind a request, as the editor token names them; {@code actsForOthers} when the
 * token allows signing articles with another author's name.
 */
public record Editor(String subject, String name, boolean actsForOthers) {

  public Editor(String subject, String name) {
    this(subject, name, false);
  }
}
