package dev.gazette.publish;

import dev.gazette.article.ArticleSummary;
import java.util.Map;

/**
 * An article as a list stores it: the summary pages show, and the compact text signature the
 * related-articles ranking compares, so ranking never has to read whole articles.
 */
public record ListEntry(ArticleSummary summary, Map<String, Float> signature) {
  public ListEntry {
    signature = Map.copyOf(signature);
  }

  public String id() {
    return summary.id();
  }
}
