package dev.gazette.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an uploaded picture stands: waiting for its bytes, being processed, usable, or refused. */
public enum MediaStatus {
  AWAITING_UPLOAD,
  PROCESSING,
  READY,
  FAILED;

  /** The name the API and the table use: "awaiting-upload", "ready"… */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<MediaStatus> fromWireName(String name) {
    return Arrays.stream(values()).filter(status -> status.wireName().equals(name)).findFirst();
  }
}
