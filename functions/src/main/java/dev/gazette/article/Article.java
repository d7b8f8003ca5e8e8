package dev.gazette.article;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A news article as the newsroom keeps it: the single source every page about it is rendered
 * from. Immutable: {@link #create} makes the first version, and each change the desk makes
 * ({@link #revised}, {@link #published}, {@link #unpublished}) makes the next one. {@code
 * publishAt} is set while the article waits, {@link Status#SCHEDULED}, to be published then.
 * {@code formerSlugs} are the slugs it had before: it keeps them, so that their addresses
 * redirect to it, until it is deleted. {@code image} is its lead picture, or null.
 * {@code corrections} are the notes added since readers saw it, oldest first; {@code revisedAt}
 * is when its content last changed while it was published (null if never: the page then says
 * nothing of an update); {@code savedBy} made this version (null on versions saved before the
 * desk recorded it).
 */
public record Article(
    String id,
    Slug slug,
    Set<Slug> formerSlugs,
    String title,
    String summary,
    String body,
    String author,
    String location,
    List<Topic> topics,
    Status status,
    Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    long version,
    String language,
    Instant publishAt,
    ArticleImage image,
    List<Correction> corrections,
    Instant revisedAt,
    SavedBy savedBy) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    topics = List.copyOf(topics);
    corrections = corrections == null ? List.of() : List.copyOf(corrections);
    formerSlugs = Set.copyOf(formerSlugs);
    if (formerSlugs.contains(slug)) {
      throw new IllegalArgumentException("the slug " + slug + " is current, not former");
    }
  }

  /** An article with no corrections, never revised while published, saved by no one on record. */
  public Article(String id, Slug slug, Set<Slug> formerSlugs, String title, String summary, String body,
      String author, String location, List<Topic> topics, Status status, Instant publishedAt,
      Instant createdAt, Instant updatedAt, long version, String language, Instant publishAt,
      ArticleImage image) {
    this(id, slug, formerSlugs, title, summary, body, author, location, topics, status, publishedAt,
        createdAt, updatedAt, version, language, publishAt, image, List.of(), null, null);
  }

  /**
   * A new article, version 1, signed {@code byline} and written in {@code language}: at the slug
   * the content asks for, else at one made from its title.
   */
  public static Article create(String id, CheckedContent content, String byline, String language,
      Instant now) {
    return create(id, content, byline, language, now, null);
  }

  /** {@link #create(String, CheckedContent, String, String, Instant)}, saved {@code by} someone. */
  public static Article create(String id, CheckedContent content, String byline, String language,
      Instant now, SavedBy by) {
    Slug slug = content.requestedSlug() != null ? content.requestedSlug() : Slug.fromTitle(content.title());
    // Version 0 is never stored: it is the nothing the first version is made from.
    Article nothing = new Article(id, slug, Set.of(), content.title(), content.summary(), content.body(),
        byline, content.location(), content.topics(), Status.DRAFT, null, now, now, 0, language, null,
        content.image(), List.of(), null, by);
    return nothing.withCorrections(CorrectionLog.next(nothing, content.corrections(), now))
        .next(content.status(), content.publishedAt(), content.publishAt(), now);
  }

  /**
   * The next version with the editor's new content. The slug stays unless another is asked for;
   * the one it leaves becomes a former slug.
   */
  public Article revised(CheckedContent content, String byline, Instant now) {
    return revised(content, byline, now, null);
  }

  /**
   * {@link #revised(CheckedContent, String, Instant)}, saved {@code by} someone; a published
   * article's corrections may only grow ({@link CorrectionsAppendOnly}).
   */
  public Article revised(CheckedContent content, String byline, Instant now, SavedBy by) {
    List<Correction> nextCorrections = CorrectionLog.next(this, content.corrections(), now);
    Slug nextSlug = content.requestedSlug() != null ? content.requestedSlug() : slug;
    Set<Slug> former = new HashSet<>(formerSlugs);
    if (!nextSlug.equals(slug)) {
      former.add(slug);
      former.remove(nextSlug);
    }
    Article edited = new Article(id, nextSlug, former, content.title(), content.summary(), content.body(),
        byline, content.location(), content.topics(), status, publishedAt, createdAt, updatedAt,
        version, language, publishAt, content.image(), nextCorrections, revisedAt, by);
    return edited.revisedIfChangedFrom(this, now)
        .next(content.status(), content.publishedAt(), content.publishAt(), now);
  }

  /**
   * The next version with the content {@code old} had (its text, byline, topics, picture and
   * slug), saved {@code by} someone: its status, dates and corrections stay as they are now, so
   * a restore never unpublishes an article nor takes a correction back.
   */
  public Article restored(Article old, Instant now, SavedBy by) {
    Set<Slug> former = new HashSet<>(formerSlugs);
    former.addAll(old.formerSlugs());
    if (!old.slug().equals(slug)) {
      former.add(slug);
    }
    former.remove(old.slug());
    Article content = new Article(id, old.slug(), former, old.title(), old.summary(), old.body(),
        old.author(), old.location(), old.topics(), status, publishedAt, createdAt, now, version + 1,
        language, publishAt, old.image(), corrections, revisedAt, by);
    return content.revisedIfChangedFrom(this, now);
  }

  /** Whether readers' content differs: what a "Mis à jour" line and a revision's summary speak of. */
  public boolean sameContentAs(Article other) {
    return title.equals(other.title) && Objects.equals(summary, other.summary)
        && Objects.equals(body, other.body) && Objects.equals(author, other.author)
        && Objects.equals(location, other.location) && topics.equals(other.topics)
        && Objects.equals(image, other.image) && corrections.equals(other.corrections);
  }

  /** This version, marked revised now if {@code before} was published and readers' content changed. */
  private Article revisedIfChangedFrom(Article before, Instant now) {
    if (!before.isPublished() || sameContentAs(before)) {
      return this;
    }
    return new Article(id, slug, formerSlugs, title, summary, body, author, location, topics, status,
        publishedAt, createdAt, updatedAt, version, language, publishAt, image, corrections, now, savedBy);
  }

  private Article withCorrections(List<Correction> notes) {
    return new Article(id, slug, formerSlugs, title, summary, body, author, location, topics, status,
        publishedAt, createdAt, updatedAt, version, language, publishAt, image, notes, revisedAt, savedBy);
  }

  /** The next version, published now, or scheduled if its publishAt is still to come. */
  public Article published(Instant now) {
    return published(now, savedBy);
  }

  /** {@link #published(Instant)}, saved {@code by} someone. */
  public Article published(Instant now, SavedBy by) {
    return withSavedBy(by).next(Status.PUBLISHED, null, publishAt, now);
  }

  /** The next version, back to draft: it keeps its first publication date and drops any plan. */
  public Article unpublished(Instant now) {
    return unpublished(now, savedBy);
  }

  /** {@link #unpublished(Instant)}, saved {@code by} someone. */
  public Article unpublished(Instant now, SavedBy by) {
    return new Article(id, slug, formerSlugs, title, summary, body, author, location, topics,
        Status.DRAFT, publishedAt, createdAt, now, version + 1, language, null, image, corrections,
        revisedAt, by);
  }

  private Article withSavedBy(SavedBy by) {
    return new Article(id, slug, formerSlugs, title, summary, body, author, location, topics, status,
        publishedAt, createdAt, updatedAt, version, language, publishAt, image, corrections, revisedAt, by);
  }

  /**
   * This article at another slug, keeping no trace of the one it had: how the desk picks a free
   * slug for an article not yet stored (a stored one changes slug through {@link #revised}).
   */
  public Article withSlug(Slug newSlug) {
    return new Article(id, newSlug, formerSlugs, title, summary, body, author, location, topics,
        status, publishedAt, createdAt, updatedAt, version, language, publishAt, image, corrections,
        revisedAt, savedBy);
  }

  public boolean isPublished() {
    return status == Status.PUBLISHED;
  }

  /** Every library picture the article shows: its lead picture first, then its body's. */
  public Set<String> mediaIds() {
    Set<String> ids = new java.util.LinkedHashSet<>();
    if (image != null) {
      ids.add(image.mediaId());
    }
    ids.addAll(MediaReferences.in(body));
    return ids;
  }

  /**
   * The next version at the status asked for. "Published" with a publication time still to come
   * means scheduled; a draft may keep a planned time, a published article is done with it. The
   * first publication date is kept for ever once set (edits do not move an article up the
   * lists); an import may give it; otherwise it is the planned time, or now.
   */
  private Article next(Status asked, Instant imported, Instant plannedAt, Instant now) {
    Status nextStatus = asked == Status.PUBLISHED && plannedAt != null && plannedAt.isAfter(now)
        ? Status.SCHEDULED : asked;
    Instant firstPublished = publishedAt;
    if (firstPublished == null) {
      firstPublished = nextStatus != Status.PUBLISHED
          ? imported
          : Objects.requireNonNullElse(imported, plannedAt != null ? plannedAt : now);
    }
    return new Article(id, slug, formerSlugs, title, summary, body, author, location, topics,
        nextStatus, firstPublished, createdAt, now, version + 1, language,
        nextStatus == Status.PUBLISHED ? null : plannedAt, image, corrections, revisedAt, savedBy);
  }
}
