package dev.gazette.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmbeddedMetricsTest {
  @Test
  void theLineDeclaresEachMetricOnceWithItsUnitUnderTheFunctionDimension() throws Exception {
    String line = new EmbeddedMetrics("gazette-PublisherFunction-x1")
        .milliseconds("PublishToLiveLatency", 850).milliseconds("PublishToLiveLatency", 1200)
        .count("PagesWritten", 7).property("requestId", "req-9")
        .line(Instant.parse("2026-11-30T10:00:00Z"));
    JsonNode document = new ObjectMapper().readTree(line);
    JsonNode directive = document.get("_aws").get("CloudWatchMetrics").get(0);
    assertThat(document.get("_aws").get("Timestamp").asLong()).isEqualTo(1_796_032_800_000L);
    assertThat(directive.get("Namespace").asText()).isEqualTo("Gazette");
    assertThat(directive.get("Dimensions").toString()).isEqualTo("[[\"FunctionName\"]]");
    assertThat(directive.get("Metrics").toString()).isEqualTo(
        "[{\"Name\":\"PublishToLiveLatency\",\"Unit\":\"Milliseconds\"},{\"Name\":\"PagesWritten\",\"Unit\":\"Count\"}]");
    assertThat(document.get("FunctionName").asText()).isEqualTo("gazette-PublisherFunction-x1");
    assertThat(document.get("PublishToLiveLatency").toString()).isEqualTo("[850.0,1200.0]");
    assertThat(document.get("PagesWritten").asDouble()).isEqualTo(7);
    assertThat(document.get("requestId").asText()).isEqualTo("req-9");
    assertThat(line).doesNotContain("\n");
  }
}
