package dev.gazette.article;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A fake table with the same conditional rules as {@code DynamoArticleStore}. */
public final class InMemoryArticleStore implements ArticleStore {
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<Slug, String> slugs = new HashMap<>();
  /** Each article's revisions by version, with the entry the history lists. */
  private final Map<String, TreeMap<Long, Article>> versions = new HashMap<>();
  private final Map<String, TreeMap<Long, Revision>> entries = new HashMap<>();
  private final InMemoryRequestReceipts receipts;

  public InMemoryArticleStore() {
    this(new InMemoryRequestReceipts());
  }

  public InMemoryArticleStore(InMemoryRequestReceipts receipts) {
    this.receipts = receipts;
  }

  @Override
  public synchronized Optional<Article> find(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  @Override
  public synchronized Optional<String> idBySlug(Slug slug) {
    return Optional.ofNullable(slugs.get(slug));
  }

  /** Newest change first; the cursor is the index of the next article. */
  @Override
  public synchronized ArticleQueryResult list(ArticleQuery query) {
    List<Article> matching = articles.values().stream()
        .filter(article -> query.status() == null || article.status() == query.status())
        .filter(article -> query.topic() == null
            || article.topics().stream().anyMatch(topic -> topic.slug().equals(query.topic())))
        .sorted(Comparator.comparing(Article::updatedAt).thenComparing(Article::id).reversed())
        .toList();
    int from;
    try {
      from = query.cursor() == null ? 0 : Integer.parseInt(query.cursor());
    } catch (NumberFormatException e) {
      throw new InvalidQuery(List.of(new FieldError("cursor", "is not a cursor")));
    }
    int to = Math.min(matching.size(), from + query.limit());
    return new ArticleQueryResult(matching.subList(Math.min(from, to), to),
        to < matching.size() ? Integer.toString(to) : null);
  }

  @Override
  public synchronized List<Article> scheduledUntil(Instant until, int limit) {
    return articles.values().stream()
        .filter(article -> article.status() == Status.SCHEDULED && !article.publishAt().isAfter(until))
        .sorted(Comparator.comparing(Article::publishAt)).limit(limit).toList();
  }

  @Override
  public synchronized void create(Article article, Optional<RequestReceipt> receipt) {
    receipts.keepWith(receipt, () -> createNow(article));
  }

  private void createNow(Article article) {
    if (articles.containsKey(article.id())) {
      throw new VersionConflict(article.id(), article.version());
    }
    if (slugs.containsKey(article.slug())) {
      throw new SlugTaken(article.slug());
    }
    articles.put(article.id(), article);
    slugs.put(article.slug(), article.id());
    keepRevision(null, article);
  }

  private void keepRevision(Article previous, Article next) {
    versions.computeIfAbsent(next.id(), id -> new TreeMap<>()).put(next.version(), next);
    entries.computeIfAbsent(next.id(), id -> new TreeMap<>()).put(next.version(), Revision.of(previous, next));
  }

  /** Newest first; the cursor is the version the previous page ended at. */
  @Override
  public synchronized RevisionPage revisions(String id, int limit, String cursor) {
    long before;
    try {
      before = cursor == null ? Long.MAX_VALUE : Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw new InvalidQuery(List.of(new FieldError("cursor", "is not a cursor")));
    }
    List<Revision> older = List.copyOf(entries.getOrDefault(id, new TreeMap<>()).headMap(before, false)
        .descendingMap().values());
    List<Revision> page = older.subList(0, Math.min(limit, older.size()));
    return new RevisionPage(page, older.size() > limit ? Long.toString(page.get(page.size() - 1).version()) : null);
  }

  @Override
  public synchronized Optional<Article> revision(String id, long version) {
    return Optional.ofNullable(versions.getOrDefault(id, new TreeMap<>()).get(version));
  }

  @Override
  public synchronized void replace(Article previous, Article next, Optional<RequestReceipt> receipt) {
    receipts.keepWith(receipt, () -> replaceNow(previous, next));
  }

  private void replaceNow(Article previous, Article next) {
    checkVersion(previous);
    String holder = slugs.get(next.slug());
    if (holder != null && !holder.equals(next.id())) {
      throw new SlugTaken(next.slug());
    }
    articles.put(next.id(), next);
    slugs.put(next.slug(), next.id());
    keepRevision(previous, next);
  }

  @Override
  public synchronized void delete(Article current, Optional<RequestReceipt> receipt) {
    receipts.keepWith(receipt, () -> deleteNow(current));
  }

  private void deleteNow(Article current) {
    checkVersion(current);
    articles.remove(current.id());
    slugs.remove(current.slug(), current.id());
    current.formerSlugs().forEach(former -> slugs.remove(former, current.id()));
  }

  private void checkVersion(Article expected) {
    Article stored = articles.get(expected.id());
    if (stored == null || stored.version() != expected.version()) {
      throw new VersionConflict(expected.id(), expected.version());
    }
  }
}
