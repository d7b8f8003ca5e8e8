package dev.gazette.importer.wordpress;

import java.util.List;
import java.util.Map;

/**
 * One {@code <item>} of a WordPress export as written, before any meaning is given to it: a post,
 * a page, an attachment, a menu entry. Absent elements are null.
 *
 * @param line where the item starts in the file (for a post without an id)
 * @param categories the item's {@code <category>} elements, in order
 * @param meta its {@code wp:postmeta}, key to value (the first of a repeated key)
 */
record WxrItem(
    int line,
    String title,
    String link,
    String creator,
    String content,
    String excerpt,
    String postId,
    String postDate,
    String postDateGmt,
    String postName,
    String status,
    String postType,
    String postParent,
    String attachmentUrl,
    List<Category> categories,
    Map<String, String> meta) {

  /** A {@code <category domain="category|post_tag" nicename="…">name</category>}. */
  record Category(String domain, String nicename, String name) {}

  WxrItem {
    categories = List.copyOf(categories);
    meta = Map.copyOf(meta);
  }
}
