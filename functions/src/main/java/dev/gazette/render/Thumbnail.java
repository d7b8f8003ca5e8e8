package dev.gazette.render;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The small picture beside a teaser: a JPEG image in its narrow widths for the browser to choose
 * from; browsers without srcset load the narrowest, whose size the image declares so the list
 * does not move when it arrives.
 *
 * @param widths the renditions offered, narrowest first; never empty
 * @param alt the alt text, "" when there is none
 */
public record Thumbnail(List<RenditionFile> widths, String sizes, String alt) {

  public Thumbnail {
    widths = List.copyOf(widths);
    if (widths.isEmpty()) {
      throw new IllegalArgumentException("a thumbnail needs a rendition");
    }
  }

  public String src() {
    return widths.get(0).url();
  }

  public String srcset() {
    return widths.stream().map(file -> file.url() + " " + file.width() + "w")
        .collect(Collectors.joining(", "));
  }

  public int width() {
    return widths.get(0).width();
  }

  public int height() {
    return widths.get(0).height();
  }
}
