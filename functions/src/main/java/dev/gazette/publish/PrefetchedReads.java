package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The reads of a page of articles made at once, a few batch requests instead of three requests
 * an article: what a rebuild renders them from. Loaded once their pages' tickets are taken (so
 * no read predates a ticket, as {@link PageWriter} requires), forgotten before any rendering
 * again; an article not loaded is read from the table.
 */
final class PrefetchedReads implements ArticleReads {
  private record Loaded(Set<String> ids, Map<String, Article> articles, Map<String, PublishedState> states,
      Map<String, List<ArticleSummary>> related) {}

  private static final Loaded NOTHING = new Loaded(Set.of(), Map.of(), Map.of(), Map.of());
  private final PublisherParts parts;
  private final ArticleReads direct;
  private volatile Loaded loaded = NOTHING;

  PrefetchedReads(PublisherParts parts) {
    this.parts = parts;
    this.direct = ArticleReads.direct(parts);
  }

  /** Reads these articles, their states and related lists: three batch reads side by side. */
  void load(Collection<String> ids) {
    CompletableFuture<Map<String, PublishedState>> states = parts.parallel().start(() -> parts.lists().states(ids));
    CompletableFuture<Map<String, List<ArticleSummary>>> related =
        parts.parallel().start(() -> parts.related().relatedAll(ids));
    Map<String, Article> articles = parts.articles().findAll(ids);
    loaded = new Loaded(Set.copyOf(ids), articles, states.join(), related.join());
  }

  void forget() {
    loaded = NOTHING;
  }

  @Override
  public Optional<Article> published(String id) {
    Loaded now = loaded;
    return now.ids().contains(id)
        ? Optional.ofNullable(now.articles().get(id)).filter(Article::isPublished)
        : direct.published(id);
  }

  @Override
  public PublishedState state(String id) {
    Loaded now = loaded;
    return now.ids().contains(id) ? now.states().getOrDefault(id, PublishedState.none(id)) : direct.state(id);
  }

  @Override
  public Optional<List<ArticleSummary>> related(String id) {
    Loaded now = loaded;
    return now.ids().contains(id) ? Optional.ofNullable(now.related().get(id)) : direct.related(id);
  }
}
