package dev.gazette.media;

import dev.gazette.article.FieldError;
import dev.gazette.article.TextRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an announced upload and an editor's text must be. The bytes are judged later, by the
 * processor; these rules only keep out what no picture can be.
 */
public final class MediaRules {
  /** Agencies send large JPEGs; 40 MB holds a 60-megapixel one with room to spare. */
  public static final long MAX_BYTES = 40L * 1024 * 1024;
  public static final Set<String> CONTENT_TYPES =
      Set.of("image/jpeg", "image/png", "image/webp", "image/gif");
  /** How long an upload slot is signed for: a slow phone sends 40 MB, a leaked URL soon dies. */
  public static final Duration UPLOAD_WINDOW = Duration.ofMinutes(15);
  static final int MAX_FILENAME = 200;
  static final int MAX_ALT = 300;
  static final int MAX_CAPTION = 500;
  static final int MAX_CREDIT = 200;

  private MediaRules() {}

  /** @throws InvalidMedia naming every field that breaks a rule */
  public static void checkUpload(String filename, String contentType, Long size) {
    List<FieldError> errors = new ArrayList<>();
    if (filename == null || filename.isBlank()) {
      errors.add(new FieldError("filename", "is required"));
    } else if (filename.length() > MAX_FILENAME) {
      errors.add(new FieldError("filename", "must be at most " + MAX_FILENAME + " characters"));
    } else if (filename.contains("/") || filename.contains("\\")) {
      errors.add(new FieldError("filename", "must be a plain file name, without folders"));
    } else {
      TextRules.problems(filename, false).forEach(problem -> errors.add(new FieldError("filename", problem)));
    }
    if (contentType == null) {
      errors.add(new FieldError("contentType", "is required"));
    } else if (!CONTENT_TYPES.contains(contentType)) {
      errors.add(new FieldError("contentType", "must be one of image/jpeg, image/png, image/webp, image/gif"));
    }
    if (size == null) {
      errors.add(new FieldError("size", "is required"));
    } else if (size < 1 || size > MAX_BYTES) {
      errors.add(new FieldError("size", "must be between 1 and " + MAX_BYTES + " bytes"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidMedia(errors);
    }
  }

  /** @throws InvalidMedia naming every field that breaks a rule */
  public static MediaText checkText(MediaText text) {
    List<FieldError> errors = new ArrayList<>();
    MediaText checked = new MediaText(field("alt", text.alt(), MAX_ALT, errors),
        field("caption", text.caption(), MAX_CAPTION, errors),
        field("credit", text.credit(), MAX_CREDIT, errors));
    if (!errors.isEmpty()) {
      throw new InvalidMedia(errors);
    }
    return checked;
  }

  private static String field(String name, String value, int max, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      errors.add(new FieldError(name, "must be at most " + max + " characters"));
    } else {
      TextRules.problems(trimmed, false).forEach(problem -> errors.add(new FieldError(name, problem)));
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

}
