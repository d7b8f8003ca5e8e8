package dev.gazette.media;

import java.util.Set;

/**
 * Which published articles show a picture: kept by the Publisher as it publishes them, so a
 * picture in use cannot be deleted and a changed caption re-renders exactly those pages.
 */
public interface MediaUses {

  Set<String> articlesShowing(String mediaId);
}
