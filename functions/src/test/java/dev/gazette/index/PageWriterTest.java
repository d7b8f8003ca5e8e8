package dev.gazette.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PageWriterTest {
  private final InMemoryPageStore pages = new InMemoryPageStore();
  private final InMemoryPageLedger ledger = new InMemoryPageLedger();
  private final PublishCounters counters = new PublishCounters();

  private static RenderedFile topicPage(String text) {
    return new RenderedFile("topics/sport/index.html", text.getBytes(StandardCharsets.UTF_8),
        "text/html; charset=utf-8", "public, max-age=60");
  }

  @Test
  void anOlderRenderingWrittenLastIsReplacedByTheNewerOne() {
    AtomicReference<String> table = new AtomicReference<>("10 articles");
    PageWriter slow = new PageWriter(pages, ledger, counters);
    PageWriter fast = new PageWriter(pages, ledger, counters);
    AtomicInteger slowRenders = new AtomicInteger();
    PageJob slowJob = new PageJob("front:topic:sport", () -> {
      String seen = table.get();
      if (slowRenders.getAndIncrement() == 0) {
        // While the slow Publisher holds its (older) view, a newer change is published in full.
        table.set("11 articles");
        fast.write(List.of(new PageJob("front:topic:sport",
            () -> PageJob.Output.of(List.of(topicPage(table.get()))))), () -> { });
        assertThat(pages.text("topics/sport/index.html")).isEqualTo("11 articles");
      }
      return PageJob.Output.of(List.of(topicPage(seen)));
    });

    slow.write(List.of(slowJob), () -> { });

    assertThat(pages.text("topics/sport/index.html")).isEqualTo("11 articles");
    assertThat(slowRenders.get()).isEqualTo(2);
  }

  @Test
  void unchangedFilesAreNotWrittenAgain() {
    PageWriter writer = new PageWriter(pages, ledger, counters);
    PageJob job = new PageJob("front:site", () -> PageJob.Output.of(List.of(topicPage("même contenu"))));
    writer.write(List.of(job), () -> { });
    writer.write(List.of(job), () -> { });
    assertThat(counters.written()).isEqualTo(1);
    assertThat(counters.skipped()).isEqualTo(1);
  }

  @Test
  void aPageThatIsGoneIsDeleted() {
    PageWriter writer = new PageWriter(pages, ledger, counters);
    writer.write(List.of(new PageJob("front:topic:sport", () -> PageJob.Output.of(List.of(topicPage("x"))))), () -> { });
    writer.write(List.of(new PageJob("front:topic:sport",
        () -> PageJob.Output.gone(List.of("topics/sport/index.html")))), () -> { });
    assertThat(pages.files).isEmpty();
  }
}
