package dev.gazette.publish;

import dev.gazette.article.Article;
import dev.gazette.render.MarkdownRenderer;
import dev.gazette.site.Site;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists already published articles the way the Publisher would, without rendering anything:
 * for loading an archive in bulk (and the cost benchmark). A later rebuild renders the pages.
 */
public final class ArchiveImport {
  private final ArticleLists listings;
  private final ListedArticles entries = new ListedArticles(new MarkdownRenderer());
  private final MonthBuckets months;

  public ArchiveImport(ArticleLists listings, Site site) {
    this.listings = listings;
    this.months = new MonthBuckets(site.zone());
  }

  /**
   * Lists these published articles but those listed already (by an import that stopped after
   * listing them, or by the Publisher woken by one of their pictures), their states read in one request and
   * their lists written in shared transactions: how many it listed.
   */
  public int addAllIfUnlisted(List<Article> articles) {
    if (articles.isEmpty()) {
      return 0;
    }
    Map<String, PublishedState> states = listings.states(articles.stream().map(Article::id).toList());
    List<ArticleLists.Change> changes = articles.stream()
        .filter(article -> states.get(article.id()).revision() == 0).map(this::listing).toList();
    return changes.isEmpty() ? 0 : listings.applyAll(changes).size();
  }

  /** Lists one published article that the Publisher has never seen. */
  public void add(Article article) {
    ArticleLists.Change listing = listing(article);
    listings.apply(listing.previous(), listing.changes(), listing.next());
  }

  private ArticleLists.Change listing(Article article) {
    if (!article.isPublished()) {
      throw new IllegalArgumentException("only published articles are listed: " + article.id());
    }
    // Imported pictures are resolved by the rebuild that follows: lists start without thumbnails.
    ListEntry entry = entries.entryOf(article, null);
    YearMonth month = months.of(article.publishedAt());
    // The Publisher's own choice of lists, its author's included, so a later edit moves nothing.
    Set<ListId> lists = ArticlePublisher.listsOf(article);
    List<ListChange> changes = new ArrayList<>();
    Set<PageId> touched = new LinkedHashSet<>(List.of(new PageId.Article(article.id())));
    for (ListId list : lists) {
      changes.add(new ListChange(list, month, entry, +1, article.updatedAt()));
      touched.add(new PageId.Front(list));
      touched.add(new PageId.Month(list, month));
    }
    return new ArticleLists.Change(PublishedState.none(article.id()), changes, new PublishedState(article.id(),
        entry, lists, article.slug(), Set.of(), touched, article.mediaIds(), 1));
  }
}
