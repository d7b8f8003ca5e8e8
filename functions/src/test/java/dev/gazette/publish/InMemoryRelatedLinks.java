package dev.gazette.publish;

import dev.gazette.article.ArticleSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake of the related lists; reverse links are derived from the lists themselves. */
final class InMemoryRelatedLinks implements RelatedLinks {
  private final Map<String, List<ArticleSummary>> lists = new HashMap<>();

  @Override
  public synchronized Optional<List<ArticleSummary>> related(String articleId) {
    return Optional.ofNullable(lists.get(articleId));
  }

  @Override
  public synchronized void saveRelated(String articleId, List<ArticleSummary> previous,
      List<ArticleSummary> related) {
    lists.put(articleId, List.copyOf(related));
  }

  @Override
  public synchronized void forgetRelated(String articleId) {
    lists.remove(articleId);
  }

  @Override
  public synchronized List<String> linkedFrom(String articleId) {
    List<String> from = new ArrayList<>();
    lists.forEach((id, list) -> {
      if (list.stream().anyMatch(summary -> summary.id().equals(articleId))) {
        from.add(id);
      }
    });
    from.sort(null);
    return from;
  }
}
