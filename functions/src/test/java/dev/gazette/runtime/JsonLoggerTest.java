package dev.gazette.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class JsonLoggerTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final JsonLogger logger = new JsonLogger("dev.gazette.handlers.PublisherHandler", Level.INFO,
      new PrintStream(out, true, StandardCharsets.UTF_8),
      Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));

  private List<JsonNode> lines() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(json.readTree(line));
    }
    return lines;
  }

  @Test
  void everyLineOfAnInvocationCarriesTheRequestIdAndTheArticleBeingWorkedOn() throws Exception {
    try (LogContext.Scope invocation = LogContext.invocation("req-1")) {
      logger.info("batch of {} records", 3);
      try (LogContext.Scope article = LogContext.article("01jarticle")) {
        logger.warn("slow render");
      }
      logger.info("done");
    }
    List<JsonNode> lines = lines();
    assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line.get("requestId").asText()).isEqualTo("req-1"));
    assertThat(lines.get(0).get("message").asText()).isEqualTo("batch of 3 records");
    assertThat(lines.get(0).get("timestamp").asText()).isEqualTo("2026-11-30T10:00:00Z");
    assertThat(lines.get(1).get("articleId").asText()).isEqualTo("01jarticle");
    assertThat(lines.get(1).get("level").asText()).isEqualTo("WARN");
    assertThat(lines.get(2).has("articleId")).isFalse();
  }

  @Test
  void aFailureIsOneLineWithItsTypeMessageAndStackTrace() throws Exception {
    logger.error("article {} could not be published", "01jx", new IllegalStateException("throttled"));
    JsonNode line = lines().get(0);
    assertThat(line.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(line.get("errorMessage").asText()).isEqualTo("throttled");
    assertThat(line.get("stackTrace").asText()).contains("JsonLoggerTest");
    assertThat(out.toString(StandardCharsets.UTF_8).strip()).doesNotContain("\n");
  }

  @Test
  void linesBelowTheLambdaLogLevelAreNotWritten() {
    logger.debug("noise");
    assertThat(out.size()).isZero();
    assertThat(JsonLogProvider.level("debug")).isEqualTo(Level.DEBUG);
    assertThat(JsonLogProvider.level(null)).isEqualTo(Level.INFO);
    assertThat(JsonLogProvider.level("FATAL")).isEqualTo(Level.ERROR);
  }
}
