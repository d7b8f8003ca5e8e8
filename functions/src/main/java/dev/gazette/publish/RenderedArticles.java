package dev.gazette.publish;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a rebuild's chunk of articles left for later: the search files its articles touched,
 * which articles of other chunks share and which are therefore rendered once, by one writer,
 * after every chunk ({@link Rebuild#sharedPages}); and the term months each article may forget
 * once those files are safe ({@link Rebuild#settle}).
 *
 * @param sharedPages search term and term-month files, in no particular order
 * @param toSettle for each article, the term months its index record names as not yet written
 */
public record RenderedArticles(Set<PageId> sharedPages, Map<String, Set<TermMonth>> toSettle) {
  public RenderedArticles {
    sharedPages = Set.copyOf(new LinkedHashSet<>(sharedPages));
    toSettle = Map.copyOf(new LinkedHashMap<>(toSettle));
  }
}
