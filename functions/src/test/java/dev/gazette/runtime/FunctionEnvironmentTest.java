package dev.gazette.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionEnvironmentTest {
  private final Map<String, String> env = FunctionEnvironment.reads("TABLE_NAME").restrict(Map.of(
      "TABLE_NAME", "articles", "AWS_REGION", "eu-west-3", "AWS_ENDPOINT_URL_S3", "http://localhost:9000",
      "SECRET_OF_ANOTHER_FUNCTION", "hidden"));

  @Test
  void declaredRuntimeAndEndpointVariablesCanBeRead() {
    assertThat(env.get("TABLE_NAME")).isEqualTo("articles");
    assertThat(env.get("AWS_REGION")).isEqualTo("eu-west-3");
    assertThat(env.get("AWS_ENDPOINT_URL_S3")).isEqualTo("http://localhost:9000");
    assertThat(env.getOrDefault("AWS_ENDPOINT_URL", "none")).isEqualTo("none");
  }

  @Test
  void readingAVariableThatWasNotDeclaredFailsAtOnceAndNamesIt() {
    assertThatThrownBy(() -> env.get("BUCKET_NAME")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BUCKET_NAME");
    assertThatThrownBy(() -> env.getOrDefault("SITE_URL", "x")).hasMessageContaining("SITE_URL");
    assertThatThrownBy(() -> env.containsKey("SITE_NAME")).hasMessageContaining("SITE_NAME");
  }

  @Test
  void listingTheEnvironmentShowsOnlyWhatTheFunctionMayRead() {
    assertThat(env.keySet()).containsExactlyInAnyOrder("TABLE_NAME", "AWS_REGION", "AWS_ENDPOINT_URL_S3");
  }

  @Test
  void eachGazetteHandlerHasADeclaration() {
    assertThat(FunctionEnvironments.forHandler("dev.gazette.handlers.PublisherHandler"))
        .contains(FunctionEnvironments.PUBLISHER);
    assertThat(FunctionEnvironments.PUBLISHER.fromTemplate())
        .contains("TABLE_NAME", "BUCKET_NAME", "SITE_URL");
    assertThat(FunctionEnvironments.forHandler("dev.gazette.handlers.ArticlesApiHandler").orElseThrow()
        .fromTemplate()).doesNotContain("BUCKET_NAME");
  }
}
