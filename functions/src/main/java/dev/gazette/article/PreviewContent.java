package dev.gazette.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a preview reads an editor's content: as a page would show it, published now, however
 * unfinished. It refuses only what no page can hold (a body past {@link ArticleRules#MAX_BODY});
 * a missing title shows as {@link #UNTITLED}, a missing body as an empty one, and what is not yet
 * well formed (a topic without a letter, a picture that is not a library id, a bad date) is left
 * out, because an editor asks for a preview precisely while the article is not finished. Text is
 * shown as typed: the templates escape it and the Markdown sanitizer cleans the body, as on the
 * site.
 */
final class PreviewContent {
  /** The headline of a preview whose title is still empty. */
  static final String UNTITLED = "Sans titre";

  private PreviewContent() {}

  /** A new article's preview, signed {@code byline} unless the content names an author. */
  static Article article(String id, ArticleContent content, String byline, String language, Instant now) {
    String author = text(content.author()) != null ? text(content.author()) : text(byline);
    Article nothing = new Article(id, Slug.fromTitle(title(content)), Set.of(), title(content), null, "",
        author, null, List.of(), Status.DRAFT, null, now, now, 0, language, null, null);
    return over(nothing, content, now);
  }

  /** The stored article {@code current} with the editor's unsaved {@code content} over it. */
  static Article over(Article current, ArticleContent content, Instant now) {
    if (content.body() != null && content.body().length() > ArticleRules.MAX_BODY) {
      throw new ContentTooLarge("body", ArticleRules.MAX_BODY);
    }
    String author = text(content.author()) != null ? text(content.author()) : current.author();
    Slug slug = content.slug() == null ? current.slug()
        : Slug.parse(content.slug()).orElse(current.slug());
    Instant published = current.publishedAt() != null ? current.publishedAt()
        : instant(content.publishedAt(), now);
    Article shown = new Article(current.id(), slug, Set.of(), title(content), text(content.summary()),
        content.body() == null ? "" : content.body().stripTrailing(), author, text(content.location()),
        topics(content.topics()), Status.PUBLISHED, published, current.createdAt(), now,
        current.version() + 1, current.language(), null, image(content.image()),
        corrections(current, content.corrections(), now), current.revisedAt(), null);
    if (current.isPublished() && !shown.sameContentAs(current)) {
      return new Article(shown.id(), shown.slug(), Set.of(), shown.title(), shown.summary(), shown.body(),
          shown.author(), shown.location(), shown.topics(), shown.status(), shown.publishedAt(),
          shown.createdAt(), now, shown.version(), shown.language(), null, shown.image(),
          shown.corrections(), now, null);
    }
    return shown;
  }

  private static String title(ArticleContent content) {
    String title = text(content.title());
    return title == null ? UNTITLED : title;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<Topic> topics(List<String> names) {
    Map<Slug, Topic> bySlug = new LinkedHashMap<>();
    if (names != null) {
      for (String name : names) {
        if (name != null && name.codePoints().anyMatch(Character::isLetterOrDigit)
            && bySlug.size() < ArticleRules.MAX_TOPICS) {
          Topic topic = Topic.named(name);
          bySlug.putIfAbsent(topic.slug(), topic);
        }
      }
    }
    return List.copyOf(bySlug.values());
  }

  private static ArticleImage image(ArticleContent.Image image) {
    if (image == null || image.media() == null || !ArticleIds.isWellFormed(image.media())) {
      return null;
    }
    return new ArticleImage(image.media(), text(image.alt()), text(image.caption()), text(image.credit()));
  }

  /** The notes as they would read: the stored ones, then those sent after them that are well formed. */
  private static List<Correction> corrections(Article current, List<ArticleContent.Correction> sent, Instant now) {
    if (sent == null) {
      return current.corrections();
    }
    List<Correction> shown = new ArrayList<>(current.isPublished() ? current.corrections() : List.of());
    for (int i = shown.size(); i < sent.size() && shown.size() < Correction.MAX_COUNT; i++) {
      ArticleContent.Correction note = sent.get(i);
      if (note == null || text(note.text()) == null) {
        continue;
      }
      Correction.Kind.fromWireName(note.kind()).ifPresent(kind ->
          shown.add(new Correction(instant(note.at(), now), kind, text(note.text()))));
    }
    return shown;
  }

  private static Instant instant(String text, Instant otherwise) {
    if (text == null) {
      return otherwise;
    }
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return otherwise;
    }
  }
}
