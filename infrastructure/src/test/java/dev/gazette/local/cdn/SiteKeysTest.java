package dev.gazette.local.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteKeysTest {

  @Test
  void folderPathsMapToTheirIndexPage() {
    assertThat(SiteKeys.forPath("/")).hasValue("index.html");
    assertThat(SiteKeys.forPath("/articles/marathon/")).hasValue("articles/marathon/index.html");
    assertThat(SiteKeys.forPath("/articles/marathon.json")).hasValue("articles/marathon.json");
  }

  @Test
  void pathsThatClimbOrSmuggleCharactersAreRefused() {
    assertThat(SiteKeys.forPath("/../etc/passwd")).isEmpty();
    assertThat(SiteKeys.forPath("/articles/./x")).isEmpty();
    assertThat(SiteKeys.forPath("/a\\..\\b")).isEmpty();
    assertThat(SiteKeys.forPath("/a\u0000b")).isEmpty();
    assertThat(SiteKeys.forPath("//etc/passwd")).isEmpty();
  }
}
