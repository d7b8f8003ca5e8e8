package dev.gazette.publish;

import dev.gazette.article.Slug;
import dev.gazette.media.MediaUses;
import dev.gazette.site.ArchiveMonth;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The lists the Publisher keeps beside the articles (the site's and each topic's, in month
 * buckets) and its memory of what it published. Every query is bounded: nothing here reads a
 * whole list. It also answers which published articles show a picture: {@link #apply} keeps
 * that in step with the published states.
 */
public interface ArticleLists extends MediaUses {

  PublishedState state(String articleId);

  /** The published states of these articles (a rebuild reads them a page at a time). */
  default Map<String, PublishedState> states(Collection<String> articleIds) {
    Map<String, PublishedState> all = new java.util.LinkedHashMap<>();
    articleIds.forEach(id -> all.put(id, state(id)));
    return all;
  }

  /**
   * Applies the list edits, counts and the new state in one transaction, if the stored state
   * still has {@code previous.revision()}.
   *
   * @throws ConcurrentPublish when another writer changed the state first
   */
  void apply(PublishedState previous, List<ListChange> changes, PublishedState next);

  /** One article's {@link #apply}: the state it expects, the list edits, the state it leaves. */
  record Change(PublishedState previous, List<ListChange> changes, PublishedState next) {
    public Change {
      changes = List.copyOf(changes);
    }
  }

  /**
   * Applies several articles' changes, each as {@link #apply} would, in as few round trips as
   * the store allows (an archive's import lists thousands); each is still all or nothing.
   *
   * @return the ids of the articles whose change was applied: one whose state another writer
   *     changed first is left out
   */
  default List<String> applyAll(List<Change> changes) {
    List<String> applied = new java.util.ArrayList<>();
    for (Change change : changes) {
      try {
        apply(change.previous(), change.changes(), change.next());
        applied.add(change.next().articleId());
      } catch (ConcurrentPublish changedFirst) {
        // left out: the caller reads what the other writer did
      }
    }
    return applied;
  }

  /** The newest entries of a list, newest first. */
  List<ListEntry> latest(ListId list, int limit);

  /** Entries published in {@code [from, to)}, newest first, at most {@code limit}. */
  List<ListEntry> between(ListId list, Instant from, Instant to, int limit);

  /** The list's non-empty month buckets, newest first. */
  List<ArchiveMonth> months(ListId list);

  /**
   * Every author with at least one published article, by slug: what the authors' sitemap lists.
   * It grows with the newsroom, not with the archive.
   */
  List<Slug> authors();

  /** How many articles each list holds (for the ranking's topic rarity). */
  Map<ListId, Long> sizes(Collection<ListId> lists);
}
