package dev.gazette.publish;

import dev.gazette.article.Slug;
import java.util.Objects;
import java.util.Set;

/**
 * What the Publisher last made public for one article: which lists hold it and as what entry,
 * the slug it lives at, the slugs it lived at before (they redirect), and the pages its last
 * change touched (rendered again on a replay, in case a crash came between the list change and
 * the pages), and the library pictures its page shows (so that a changed picture re-renders
 * exactly the articles that show it). The revision guards against two writers.
 */
public record PublishedState(
    String articleId,
    ListEntry entry,
    Set<ListId> lists,
    Slug slug,
    Set<Slug> previousSlugs,
    Set<PageId> touchedPages,
    Set<String> media,
    long revision) {

  public PublishedState {
    lists = Set.copyOf(lists);
    previousSlugs = Set.copyOf(previousSlugs);
    touchedPages = Set.copyOf(touchedPages);
    media = Set.copyOf(media);
  }

  /** The state of an article the Publisher has never seen. */
  public static PublishedState none(String articleId) {
    return new PublishedState(articleId, null, Set.of(), null, Set.of(), Set.of(), Set.of(), 0);
  }

  /** Whether this state says the same as {@code other}, whatever their revisions. */
  public boolean sameAs(PublishedState other) {
    return Objects.equals(entry, other.entry) && lists.equals(other.lists)
        && Objects.equals(slug, other.slug) && previousSlugs.equals(other.previousSlugs)
        && touchedPages.equals(other.touchedPages) && media.equals(other.media);
  }
}

