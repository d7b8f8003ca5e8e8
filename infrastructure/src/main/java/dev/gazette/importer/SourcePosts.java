package dev.gazette.importer;

import java.util.List;
import java.util.Map;

/**
 * What a {@link PostSource} read from one file.
 *
 * @param posts the posts to import, in the file's order (a resumed import counts its place in them)
 * @param problems the posts that could not be read, each with where it is and why
 * @param shortcodesDropped the source's markup that has no place in an article and was dropped,
 *     by name, with how many times (WordPress shortcodes; none for JSONL)
 */
public record SourcePosts(List<ImportedPost> posts, List<ImportProblem> problems,
    Map<String, Integer> shortcodesDropped) {
  public SourcePosts {
    posts = List.copyOf(posts);
    problems = List.copyOf(problems);
    shortcodesDropped = Map.copyOf(shortcodesDropped);
  }
}
