package dev.gazette.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.Article;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The files of the static search index, in the formats the search page's script reads: a
 * summary per term (its articles by month, newest first, so the script ranks with BM25 and
 * fetches the newest months first), a term's postings per month, and per article what a result
 * shows. Small arrays rather than objects: these are downloaded at each query.
 */
public final class SearchIndexRenderer {
  private final SitePaths paths;
  private final SiteLocale locale;
  private final ObjectMapper mapper;

  SearchIndexRenderer(RenderParts parts) {
    this.paths = parts.paths();
    this.locale = parts.locale();
    this.mapper = parts.json();
  }

  /** {@code search/terms/<term>.json}: {@code {term, articles, months: [["2026-11", 3], …]}}. */
  public RenderedFile termSummary(String term, Map<YearMonth, Integer> months) {
    ObjectNode document = mapper.createObjectNode().put("term", term)
        .put("articles", months.values().stream().mapToInt(Integer::intValue).sum());
    ArrayNode list = document.putArray("months");
    months.entrySet().stream().sorted(Map.Entry.<YearMonth, Integer>comparingByKey().reversed())
        .forEach(month -> list.addArray().add(month.getKey().toString()).add(month.getValue()));
    return file(paths.searchTermKey(term), document);
  }

  /**
   * {@code search/terms/<term>/<yyyy-mm>.json}: {@code {term, month, postings: [[id, frequency,
   * length bucket], …]}}, newest article first (ids sort by creation time).
   */
  public RenderedFile termMonth(String term, YearMonth month, List<SearchPosting> postings) {
    ObjectNode document = mapper.createObjectNode().put("term", term).put("month", month.toString());
    ArrayNode list = document.putArray("postings");
    postings.stream().sorted(Comparator.comparing(SearchPosting::articleId).reversed())
        .forEach(posting -> list.addArray().add(posting.articleId()).add(posting.frequency())
            .add(posting.lengthBucket()));
    return file(paths.searchTermMonthKey(term, month), document);
  }

  /**
   * {@code search/docs/<id>.json}: {@code {title, url, date, dateText, excerpt}}, the excerpt as
   * lists show it (the summary, or the body's beginning).
   */
  public RenderedFile document(Article article, String excerpt) {
    ObjectNode document = mapper.createObjectNode()
        .put("title", article.title())
        .put("url", paths.articlePath(article.slug(), OutputFormat.HTML))
        .put("date", locale.isoDate(article.publishedAt()))
        .put("dateText", locale.displayDate(article.publishedAt()))
        .put("excerpt", ArticleTeasers.blankToNull(excerpt));
    return file(paths.searchDocumentKey(article.id()), document);
  }

  /** {@code search/stats.json}: {@code {articles}}, the N of BM25's inverse document frequency. */
  public RenderedFile stats(long articles) {
    return file(paths.searchStatsKey(), mapper.createObjectNode().put("articles", articles));
  }

  private RenderedFile file(String key, ObjectNode document) {
    try {
      return RenderedFile.of(OutputFormat.JSON, key, mapper.writeValueAsBytes(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
