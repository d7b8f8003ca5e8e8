package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How CloudFrontInvalidations cuts a set of paths into requests CloudFront accepts. */
class InvalidationBatchesTest {

  @Test
  void pathsAWildcardCoversAreLeftOutAndTheRestSorted() {
    assertThat(CloudFrontInvalidations.batches(Set.of("/articles/b/index.html", "/articles/a.json",
        "/articles/a/index.html", "/articles/a*", "/index.html")))
        .containsExactly(List.of("/articles/a*", "/articles/b/index.html", "/index.html"));
  }

  @Test
  void moreThanCloudFrontKeepsInProgressIsSplitIntoSeveralRequests() {
    Set<String> paths = new HashSet<>();
    IntStream.range(0, 3_001).forEach(i -> paths.add("/articles/a" + i + "/index.html"));
    IntStream.range(0, 16).forEach(i -> paths.add("/topics/t" + i + "/*"));
    List<List<String>> batches = CloudFrontInvalidations.batches(paths);
    assertThat(batches).allSatisfy(batch -> {
      assertThat(batch).hasSizeLessThanOrEqualTo(3_000);
      assertThat(batch.stream().filter(path -> path.endsWith("*"))).hasSizeLessThanOrEqualTo(15);
    });
    assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(3_017);
    assertThat(batches).hasSize(3);
  }

  @Test
  void nothingToInvalidateSendsNothingAndAPathMustStartWithASlash() {
    assertThat(CloudFrontInvalidations.batches(Set.of())).isEmpty();
    assertThatThrownBy(() -> CloudFrontInvalidations.batches(Set.of("articles/a/index.html")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
