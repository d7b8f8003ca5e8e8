package dev.gazette.importer.wordpress;

import java.util.List;
import java.util.Map;

/**
 * What a WordPress export holds, as written: its authors (login to display name) and its items
 * in the file's order.
 */
record WxrExport(Map<String, String> authors, List<WxrItem> items) {
  WxrExport {
    authors = Map.copyOf(authors);
    items = List.copyOf(items);
  }
}
