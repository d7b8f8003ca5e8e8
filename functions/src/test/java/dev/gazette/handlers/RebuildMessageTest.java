package dev.gazette.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RebuildMessageTest {

  @Test
  void aChunkAndTheSharedPagesGoThroughTheQueueAndComeBackTheSame() {
    RebuildMessage chunk = RebuildMessage.chunk("rebuild-1", 3, 1000);
    RebuildMessage shared = RebuildMessage.sharedPages("rebuild-1");

    assertThat(RebuildMessage.parse(chunk.toJson())).isEqualTo(chunk);
    assertThat(RebuildMessage.parse(shared.toJson())).isEqualTo(shared);
    assertThat(chunk.toJson()).isEqualTo("{\"run\":\"rebuild-1\",\"segment\":3,\"segments\":1000}");
  }

  @Test
  void aBodyThatIsNoRebuildMessageIsRefusedWithItsReason() {
    assertThatThrownBy(() -> RebuildMessage.parse("not json")).hasMessageContaining("is JSON");
    assertThatThrownBy(() -> RebuildMessage.parse("[1]")).hasMessageContaining("an object with a \"run\"");
    assertThatThrownBy(() -> RebuildMessage.parse("{\"run\": \"r\"}")).hasMessageContaining("\"segment\" and \"segments\"");
    assertThatThrownBy(() -> RebuildMessage.parse("{\"run\": \"r\", \"segment\": 4, \"segments\": 4}"))
        .hasMessageContaining("segment 4 of 4 is not a chunk");
    assertThatThrownBy(() -> RebuildMessage.parse("{\"run\": \"a/b\", \"shared\": true}"))
        .hasMessageContaining("run id of letters");
  }
}
