package dev.gazette.publish;

import dev.gazette.article.Slug;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps an article's entries of the {@link RedirectMap} in line with where it lives: each old
 * slug's page and JSON point to the current ones (so a chain A→B→C points A straight to C), and
 * go when the article is no longer published (gone means gone: no 301 to a 404). Writes only what
 * differs from what the map holds, so a replay writes nothing.
 */
final class RedirectUpkeep {
  /** The addresses of an article that move with it: its page and its JSON twin. */
  private static final List<OutputFormat> MOVING = List.of(OutputFormat.HTML, OutputFormat.JSON);

  private final RedirectMap map;
  private final SitePaths paths;
  private final ParallelCalls parallel;

  RedirectUpkeep(RedirectMap map, SitePaths paths, ParallelCalls parallel) {
    this.map = map;
    this.paths = paths;
    this.parallel = parallel;
  }

  /** What one article's addresses should be: each old slug to its new one, or out of the map. */
  record Entry(Slug from, Optional<Slug> to) {}

  /** Brings these entries in line, reading the map side by side; returns how many were written. */
  int keep(List<Entry> entries) {
    if (map == RedirectMap.NONE || entries.isEmpty()) {
      return 0;
    }
    List<String[]> pairs = new ArrayList<>();
    for (Entry entry : entries) {
      for (OutputFormat format : MOVING) {
        pairs.add(new String[] {paths.articlePath(entry.from(), format),
            entry.to().map(to -> paths.articlePath(to, format)).orElse(null)});
      }
    }
    List<Boolean> changed = parallel.map(pairs, pair -> set(pair[0], Optional.ofNullable(pair[1])));
    return (int) changed.stream().filter(Boolean::booleanValue).count();
  }

  private boolean set(String path, Optional<String> target) {
    Optional<String> now = map.target(path);
    if (now.equals(target)) {
      return false;
    }
    if (target.isPresent()) {
      map.put(path, target.get());
    } else {
      map.remove(path);
    }
    return true;
  }
}
