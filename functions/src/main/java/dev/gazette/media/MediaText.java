package dev.gazette.media;

/**
 * What readers are told about a picture: its alternative text (for those who cannot see it), its
 * caption and its credit. Any may be absent until an editor writes it.
 */
public record MediaText(String alt, String caption, String credit) {
  public static final MediaText NONE = new MediaText(null, null, null);

  /** This text, with each field the other gives taking the place of this one's. */
  public MediaText overriddenBy(MediaText other) {
    return new MediaText(other.alt != null ? other.alt : alt,
        other.caption != null ? other.caption : caption,
        other.credit != null ? other.credit : credit);
  }
}
