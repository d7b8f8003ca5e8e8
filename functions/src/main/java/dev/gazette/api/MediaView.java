package dev.gazette.api;

import dev.gazette.media.MediaItem;
import dev.gazette.site.SitePaths;
import java.util.List;

/** A picture as the editor API shows it, with the public URL of every rendition. */
record MediaView(
    String id,
    String status,
    String reason,
    String filename,
    String contentType,
    long size,
    Integer width,
    Integer height,
    String alt,
    String caption,
    String credit,
    Focus focus,
    List<RenditionView> renditions,
    String createdAt,
    String updatedAt,
    long version) {

  record Focus(double x, double y) {}

  record RenditionView(String url, int width, int height, String format, String crop) {}

  static MediaView of(MediaItem media, SitePaths paths) {
    List<RenditionView> renditions = media.renditions().stream()
        .map(rendition -> new RenditionView(paths.renditionUrl(media.imageHash(), rendition.crop(),
            rendition.width(), rendition.format()).toString(), rendition.width(), rendition.height(),
            rendition.format(), rendition.crop()))
        .toList();
    boolean sized = media.width() > 0;
    return new MediaView(media.id(), media.status().wireName(), media.reason(), media.filename(),
        media.contentType(), media.declaredSize(), sized ? media.width() : null,
        sized ? media.height() : null, media.text().alt(), media.text().caption(),
        media.text().credit(), new Focus(media.focus().x(), media.focus().y()), renditions,
        media.createdAt().toString(), media.updatedAt().toString(), media.version());
  }
}
