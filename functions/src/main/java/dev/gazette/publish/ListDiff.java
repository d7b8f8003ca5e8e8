package dev.gazette.publish;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The list edits that take an article from what was published ({@link PublishedState}) to what
 * should be: out of the lists it left, into the lists it joined, rewritten where its entry
 * changed, moved when its publication date changed month. Nothing when nothing changed.
 */
final class ListDiff {
  private ListDiff() {}

  static List<ListChange> between(PublishedState before, ListEntry entry, Set<ListId> target,
      MonthBuckets months, Instant changedAt) {
    List<ListChange> changes = new ArrayList<>();
    ListEntry old = before.entry();
    boolean moved = old != null && entry != null
        && !old.summary().publishedAt().equals(entry.summary().publishedAt());
    for (ListId list : before.lists()) {
      if (!target.contains(list) || moved) {
        changes.add(new ListChange(list, month(months, old), old, -1, changedAt));
      }
    }
    for (ListId list : target) {
      boolean wasListed = before.lists().contains(list) && !moved;
      if (!wasListed) {
        changes.add(new ListChange(list, month(months, entry), entry, +1, changedAt));
      } else if (!entry.equals(old)) {
        changes.add(new ListChange(list, month(months, entry), entry, 0, changedAt));
      }
    }
    return changes;
  }

  private static YearMonth month(MonthBuckets months, ListEntry entry) {
    return months.of(entry.summary().publishedAt());
  }
}
