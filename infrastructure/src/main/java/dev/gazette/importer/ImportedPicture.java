package dev.gazette.importer;

import java.util.Objects;

/**
 * A picture an imported post shows, as its source names it.
 *
 * @param url the address the source used (what the body writes, for a picture in the body)
 * @param file the file under the uploads folder given to the import ({@code --uploads}), relative
 *     to it, e.g. {@code 2019/03/port.jpg}; null when the URL is not one of the site's uploads
 * @param alt the alt text, caption and credit as the source gives them (each may be null)
 */
public record ImportedPicture(String url, String file, String alt, String caption, String credit) {
  public ImportedPicture {
    Objects.requireNonNull(url, "url");
  }
}
