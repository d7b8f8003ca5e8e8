package dev.gazette.importer.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.ArticleIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ImportIdsTest {
  private static final Instant MARCH_2019 = Instant.parse("2019-03-14T08:30:00Z");

  @Test
  void theSamePostAlwaysGetsTheSameWellFormedIdAndAnotherPostAnother() {
    String id = ImportIds.article(MARCH_2019, "17");
    assertThat(ArticleIds.isWellFormed(id)).isTrue();
    assertThat(ImportIds.article(MARCH_2019, "17")).isEqualTo(id);
    assertThat(ImportIds.article(MARCH_2019, "18")).isNotEqualTo(id);
    assertThat(ArticleIds.isWellFormed(ImportIds.picture("2019/03/port.jpg"))).isTrue();
  }

  @Test
  void anImportedIdSortsByItsDateAmongTheDesksIds() {
    String desk = new ArticleIds(Clock.fixed(MARCH_2019, ZoneOffset.UTC)).next();
    assertThat(ImportIds.article(MARCH_2019, "17").substring(0, 10)).isEqualTo(desk.substring(0, 10));
    assertThat(ImportIds.article(MARCH_2019.plusSeconds(60), "1")).isGreaterThan(ImportIds.article(MARCH_2019, "17"));
  }
}
