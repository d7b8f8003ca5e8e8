package dev.gazette.importer.bulk;

import dev.gazette.importer.ImportProblem;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, as it prints at the end: the articles it wrote (by status), those already
 * there (a second run), what it skipped and why, the slugs it had to change, the shortcodes the
 * source's reader dropped and the pictures it could not bring. Public fields: the checkpoint
 * saves it as it is, so a resumed run reports the whole import.
 */
public final class ImportReport {
  public Map<String, Integer> imported = new TreeMap<>();
  public int alreadyThere;
  public List<ImportProblem> skipped = new ArrayList<>();
  public List<ImportProblem> slugsChanged = new ArrayList<>();
  public Map<String, Integer> shortcodesDropped = new TreeMap<>();
  public List<ImportProblem> imagesMissing = new ArrayList<>();
  public int redirects;

  void imported(String status) {
    imported.merge(status, 1, Integer::sum);
  }

  public int importedCount() {
    return imported.values().stream().mapToInt(Integer::intValue).sum();
  }

  public void print(PrintStream out) {
    out.printf("imported: %d articles %s%n", importedCount(), imported);
    out.printf("already imported (unchanged): %d%n", alreadyThere);
    out.printf("old addresses redirected: %d%n", redirects);
    out.printf("skipped: %d%n", skipped.size());
    skipped.forEach(problem -> out.printf("  %s: %s%n", problem.where(), problem.reason()));
    if (!slugsChanged.isEmpty()) {
      out.printf("slugs changed: %d%n", slugsChanged.size());
      slugsChanged.forEach(problem -> out.printf("  %s: %s%n", problem.where(), problem.reason()));
    }
    out.printf("shortcodes dropped: %s%n", shortcodesDropped.isEmpty() ? "none" : shortcodesDropped);
    out.printf("images missing: %d%n", imagesMissing.size());
    imagesMissing.forEach(problem -> out.printf("  %s: %s%n", problem.where(), problem.reason()));
  }
}
