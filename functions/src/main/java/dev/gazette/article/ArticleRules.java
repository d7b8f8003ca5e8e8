package dev.gazette.article;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The newsroom's rules for an article's content. Collects every broken rule at once so an
 * editor fixes them in one round trip.
 */
public final class ArticleRules {
  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 500;
  /** Characters; at three UTF-8 bytes each this still leaves room in a 400 KB DynamoDB item. */
  public static final int MAX_BODY = 100_000;
  public static final int MAX_AUTHOR = 100;
  public static final int MAX_LOCATION = 100;
  public static final int MAX_TOPICS = 10;
  public static final int MAX_IMAGE_TEXT = 500;
  /** Fields that name something and so must hold at least one letter or digit. */
  private static final Set<String> NAMES = Set.of("title", "author", "location");
  private static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

  private ArticleRules() {}

  /** The checked content, or {@link InvalidArticle} listing every problem. */
  public static CheckedContent check(ArticleContent content) {
    List<FieldError> errors = new ArrayList<>();
    String title = required(errors, "title", content.title(), MAX_TITLE);
    String summary = optional(errors, "summary", content.summary(), MAX_SUMMARY);
    if (content.body() != null && content.body().length() > MAX_BODY) {
      throw new ContentTooLarge("body", MAX_BODY);
    }
    String body = required(errors, "body", content.body(), MAX_BODY);
    String author = optional(errors, "author", content.author(), MAX_AUTHOR);
    String location = optional(errors, "location", content.location(), MAX_LOCATION);
    List<Topic> topics = topics(errors, content.topics());
    Status status = null;
    if (content.status() == null) {
      errors.add(new FieldError("status", "is required: \"draft\" or \"published\""));
    } else {
      // "scheduled" is not asked for: it is what "published" with a future publishAt becomes.
      status = Status.fromWireName(content.status()).filter(s -> s != Status.SCHEDULED).orElse(null);
      if (status == null) {
        errors.add(new FieldError("status", "must be \"draft\" or \"published\""));
      }
    }
    Slug slug = null;
    if (content.slug() != null) {
      slug = Slug.parse(content.slug()).orElse(null);
      if (slug == null) {
        errors.add(new FieldError("slug",
            "must be lowercase letters and digits joined by single hyphens, at most "
                + Slug.MAX_LENGTH + " characters"));
      }
    }
    Instant publishedAt = date(errors, "publishedAt", content.publishedAt());
    Instant publishAt = date(errors, "publishAt", content.publishAt());
    ArticleImage image = image(errors, content.image());
    List<CorrectionRequest> corrections = corrections(errors, content.corrections());
    for (MediaReferences.Reference reference : MediaReferences.all(body)) {
      if (!ArticleIds.isWellFormed(reference.mediaId())) {
        errors.add(new FieldError("body", "shows media:" + reference.mediaId() + ", which is not a picture's id"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidArticle(errors);
    }
    return new CheckedContent(title, summary, body, author, location, topics, status,
        publishedAt, slug, publishAt, image, corrections);
  }

  /** The notes as sent, each checked for form; whether the list may change is {@link CorrectionLog}'s rule. */
  private static List<CorrectionRequest> corrections(List<FieldError> errors,
      List<ArticleContent.Correction> sent) {
    if (sent == null) {
      return null;
    }
    if (sent.size() > Correction.MAX_COUNT) {
      errors.add(new FieldError("corrections", "must have at most " + Correction.MAX_COUNT + " notes"));
      return List.of();
    }
    List<CorrectionRequest> checked = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      String field = "corrections[" + i + "]";
      ArticleContent.Correction note = sent.get(i);
      if (note == null) {
        errors.add(new FieldError(field, "must be an object with kind and text"));
        continue;
      }
      Correction.Kind kind = null;
      if (note.kind() == null) {
        errors.add(new FieldError(field + ".kind", "is required: \"correction\", \"clarification\" or \"update\""));
      } else {
        kind = Correction.Kind.fromWireName(note.kind()).orElse(null);
        if (kind == null) {
          errors.add(new FieldError(field + ".kind", "must be \"correction\", \"clarification\" or \"update\""));
        }
      }
      String text = required(errors, field + ".text", note.text(), Correction.MAX_TEXT);
      Instant at = date(errors, field + ".at", note.at());
      if (kind != null && text != null) {
        checked.add(new CorrectionRequest(at, kind, text));
      }
    }
    return checked;
  }

  private static ArticleImage image(List<FieldError> errors, ArticleContent.Image image) {
    if (image == null) {
      return null;
    }
    String media = image.media();
    if (media == null || !ArticleIds.isWellFormed(media)) {
      errors.add(new FieldError("image.media", media == null ? "is required" : "is not a picture's id"));
    }
    String alt = optional(errors, "image.alt", image.alt(), MAX_IMAGE_TEXT);
    String caption = optional(errors, "image.caption", image.caption(), MAX_IMAGE_TEXT);
    String credit = optional(errors, "image.credit", image.credit(), MAX_AUTHOR);
    return media == null || !ArticleIds.isWellFormed(media) ? null
        : new ArticleImage(media, alt, caption, credit);
  }

  /**
   * Refuses an article that would go out with a picture that is not ready or that no one could
   * describe to a reader who cannot see it: readers must never meet a broken or mute image.
   */
  public static void checkPictures(ArticleImage lead, String body, PictureLibrary library) {
    List<FieldError> errors = new ArrayList<>();
    if (lead != null) {
      var ready = library.ready(lead.mediaId());
      if (ready.isEmpty()) {
        errors.add(new FieldError("image.media", "is not a ready picture of the library"));
      } else if (lead.alt() == null && blank(ready.get().alt())) {
        errors.add(new FieldError("image.alt", "is required: say what the picture shows"));
      }
    }
    for (MediaReferences.Reference reference : MediaReferences.all(body)) {
      var ready = library.ready(reference.mediaId());
      if (ready.isEmpty()) {
        errors.add(new FieldError("body", "shows media:" + reference.mediaId() + ", which is not a ready picture"));
      } else if (reference.alt().isEmpty() && blank(ready.get().alt())) {
        errors.add(new FieldError("body", "shows media:" + reference.mediaId()
            + " without alt text: write it as ![what it shows](media:" + reference.mediaId() + ")"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidArticle(errors);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String required(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    return optional(errors, field, value, max);
  }

  private static String optional(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    // A body's leading spaces are Markdown (an indented first line is code): keep them.
    String tidy = field.equals("body") ? value.stripTrailing() : value.strip();
    if (tidy.codePointCount(0, tidy.length()) > max) {
      errors.add(new FieldError(field, "must be at most " + max + " characters"));
    }
    TextRules.problems(tidy, field.equals("body"))
        .forEach(problem -> errors.add(new FieldError(field, problem)));
    if (NAMES.contains(field) || field.startsWith("topics[")) {
      if (tidy.codePoints().noneMatch(Character::isLetterOrDigit)) {
        errors.add(new FieldError(field, "must contain a letter or a digit"));
      }
    }
    return tidy;
  }

  private static List<Topic> topics(List<FieldError> errors, List<String> names) {
    if (names == null || names.isEmpty()) {
      errors.add(new FieldError("topics", "needs at least one topic"));
      return List.of();
    }
    if (names.size() > MAX_TOPICS) {
      errors.add(new FieldError("topics", "must have at most " + MAX_TOPICS + " topics"));
      return List.of();
    }
    // Topics that differ only in case or spacing are the same topic: keep the first spelling.
    Map<Slug, Topic> bySlug = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String field = "topics[" + i + "]";
      String name = optional(errors, field, names.get(i), Topic.MAX_NAME_LENGTH);
      if (name == null) {
        errors.add(new FieldError(field, "must not be empty"));
        continue;
      }
      Topic topic = Topic.named(name);
      bySlug.putIfAbsent(topic.slug(), topic);
    }
    return List.copyOf(bySlug.values());
  }

  /**
   * An instant such as 2026-11-30T08:00:00Z. Dates outside four-digit years are typing mistakes,
   * and no sort key or page can hold them.
   */
  private static Instant date(List<FieldError> errors, String field, String text) {
    if (text == null) {
      return null;
    }
    Instant date;
    try {
      date = Instant.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an ISO-8601 instant such as 2026-11-30T08:00:00Z"));
      return null;
    }
    if (date.isBefore(EARLIEST) || !date.isBefore(LATEST)) {
      errors.add(new FieldError(field, "must be between the years 1800 and 9999"));
      return null;
    }
    return date;
  }


  /**
   * The byline an article will carry, whether typed or taken from the editor's token: a token's
   * name is not trusted to fit on a page any more than a typed one.
   */
  public static String checkedAuthor(String author) {
    List<FieldError> errors = new ArrayList<>();
    String checked = optional(errors, "author", author, MAX_AUTHOR);
    if (checked == null && errors.isEmpty()) {
      errors.add(new FieldError("author", "is required: name one, or use a token with a name"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidArticle(errors);
    }
    return checked;
  }
}
