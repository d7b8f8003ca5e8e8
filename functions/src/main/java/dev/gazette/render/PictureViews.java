package dev.gazette.render;

import dev.gazette.article.Picture;
import dev.gazette.article.PictureRendition;
import dev.gazette.site.SitePaths;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Chooses which renditions of a picture each place on a page shows, and builds their URLs with
 * {@link SitePaths}: the lead and body figures, teaser thumbnails, the share image and the
 * structured data's images. Crops: 16:9 for the lead and for sharing (the shape of the top of a
 * page and of link previews), 4:3 in the body and beside teasers (taller, so a phone shows more
 * of the subject, and it crops less of a 3:2 camera frame).
 */
final class PictureViews {

  static final String LEAD_CROP = "16x9";
  static final String BODY_CROP = "4x3";
  static final String THUMBNAIL_CROP = "4x3";
  /** The ratios Google's article documentation asks structured data to offer. */
  static final List<String> STRUCTURED_DATA_CROPS = List.of("16x9", "4x3", "1x1");

  /** The article column: 42rem wide, or the screen less its 1rem margins (see layout/page.jte). */
  static final String COLUMN_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
  /** Teaser thumbnails are 8rem wide (see layout/page.jte). */
  static final String THUMBNAIL_SIZES = "8rem";

  /** What browsers without srcset load in the column: a middle width. */
  private static final int COLUMN_FALLBACK_WIDTH = 960;
  /** An 8rem thumbnail needs 384 pixels on a 3x screen: the 640 rendition is the largest offered. */
  private static final int THUMBNAIL_MAX_WIDTH = 640;

  private final SitePaths paths;

  PictureViews(SitePaths paths) {
    this.paths = paths;
  }

  /** The article's lead picture in 16:9, fetched first; null when it has no rendition. */
  Figure lead(Picture picture) {
    return figure(picture, LEAD_CROP, picture.alt(), picture.caption(), true);
  }

  /**
   * A picture of the body in 4:3, loaded lazily, with the body's alt text and caption where it
   * gives them (else the library's); null when it has no rendition.
   */
  Figure inBody(Picture picture, String bodyAlt, String bodyCaption) {
    return figure(picture, BODY_CROP, orElse(bodyAlt, picture.alt()),
        orElse(bodyCaption, picture.caption()), false);
  }

  /** A teaser's 4:3 thumbnail in its narrow widths; null when it has no rendition. */
  Thumbnail thumbnail(Picture picture) {
    List<PictureRendition> images = images(crop(picture, THUMBNAIL_CROP));
    if (images.isEmpty()) {
      return null;
    }
    List<PictureRendition> narrow = images.stream()
        .filter(rendition -> rendition.width() <= THUMBNAIL_MAX_WIDTH).toList();
    List<PictureRendition> offered = narrow.isEmpty() ? images.subList(0, 1) : narrow;
    return new Thumbnail(offered.stream().map(rendition -> file(picture, rendition)).toList(),
        THUMBNAIL_SIZES, text(picture.alt()));
  }

  /** The 16:9 JPEG shared in link previews: the narrowest of at least 1200 pixels, else the widest. */
  ShareImage share(Picture picture) {
    PictureRendition chosen = wideEnough(images(crop(picture, LEAD_CROP)));
    return chosen == null ? null : new ShareImage(url(picture, chosen), chosen.width(),
        chosen.height(), blankToNull(picture.alt()));
  }

  /** For structured data: one JPEG of each of 16:9, 4:3 and 1:1 that the picture has, as share(). */
  List<PictureRendition> structuredData(Picture picture) {
    return STRUCTURED_DATA_CROPS.stream().map(crop -> wideEnough(images(picture.crop(crop))))
        .filter(Objects::nonNull).toList();
  }

  /** Every rendition with its URL in a fixed order (16:9, 4:3, 1:1, format, width), for documents. */
  List<RenditionFile> files(Picture picture) {
    return picture.renditions().stream()
        .sorted(Comparator.comparingInt(PictureViews::cropOrder)
            .thenComparing(PictureRendition::crop).thenComparing(PictureRendition::format)
            .thenComparingInt(PictureRendition::width))
        .map(rendition -> file(picture, rendition)).toList();
  }

  /** The address of one rendition of the picture. */
  String url(Picture picture, PictureRendition rendition) {
    return paths.renditionUrlText(picture.imageHash(), rendition.crop(), rendition.width(),
        rendition.format());
  }

  private RenditionFile file(Picture picture, PictureRendition rendition) {
    return new RenditionFile(rendition.crop(), rendition.format(), rendition.width(),
        rendition.height(), url(picture, rendition));
  }

  private static int cropOrder(PictureRendition rendition) {
    int known = STRUCTURED_DATA_CROPS.indexOf(rendition.crop());
    return known < 0 ? STRUCTURED_DATA_CROPS.size() : known;
  }

  private Figure figure(Picture picture, String crop, String alt, String caption, boolean lead) {
    List<PictureRendition> renditions = crop(picture, crop);
    List<PictureRendition> images = images(renditions);
    if (images.isEmpty()) {
      return null;
    }
    List<PictureRendition> webp = format(renditions, "webp");
    // When the image itself is WebP (no JPEG made), a WebP source would only repeat it.
    String webpSrcset = webp.isEmpty() || images.equals(webp) ? null : srcset(picture, webp);
    PictureRendition src = columnFallback(images);
    return new Figure(webpSrcset, url(picture, src), srcset(picture, images),
        COLUMN_SIZES, src.width(), src.height(), text(alt), blankToNull(caption),
        blankToNull(picture.credit()), lead);
  }

  private String srcset(Picture picture, List<PictureRendition> renditions) {
    return renditions.stream().map(rendition -> url(picture, rendition) + " " + rendition.width() + "w")
        .collect(Collectors.joining(", "));
  }

  /** The renditions of the crop, or of the first other crop the picture has, narrowest first. */
  private static List<PictureRendition> crop(Picture picture, String preferred) {
    List<PictureRendition> wanted = picture.crop(preferred);
    if (!wanted.isEmpty()) {
      return wanted;
    }
    return STRUCTURED_DATA_CROPS.stream().map(picture::crop).filter(list -> !list.isEmpty())
        .findFirst().orElse(List.of());
  }

  /** The JPEG renditions, which every browser shows; WebP ones when no JPEG was made. */
  private static List<PictureRendition> images(List<PictureRendition> renditions) {
    List<PictureRendition> jpeg = format(renditions, "jpg");
    return jpeg.isEmpty() ? format(renditions, "webp") : jpeg;
  }

  private static List<PictureRendition> format(List<PictureRendition> renditions, String format) {
    return renditions.stream().filter(rendition -> rendition.format().equals(format)).toList();
  }

  private static PictureRendition wideEnough(List<PictureRendition> narrowestFirst) {
    return narrowestFirst.stream().filter(r -> r.width() >= ShareImage.LARGE_PREVIEW_WIDTH).findFirst()
        .orElse(narrowestFirst.isEmpty() ? null : narrowestFirst.get(narrowestFirst.size() - 1));
  }

  private static PictureRendition columnFallback(List<PictureRendition> narrowestFirst) {
    return narrowestFirst.stream().filter(r -> r.width() >= COLUMN_FALLBACK_WIDTH).findFirst()
        .orElse(narrowestFirst.get(narrowestFirst.size() - 1));
  }

  private static String orElse(String preferred, String fallback) {
    return blankToNull(preferred) != null ? preferred.strip() : fallback;
  }

  private static String text(String text) {
    return text == null ? "" : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
