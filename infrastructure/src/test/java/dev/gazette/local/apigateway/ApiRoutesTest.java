package dev.gazette.local.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.template.HttpRoute;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {

  private final ApiRoutes<String> routes = new ApiRoutes<>();

  ApiRoutesTest() {
    routes.add(new HttpRoute("GET", "/articles/{id}"), "read");
    routes.add(new HttpRoute("GET", "/articles/drafts"), "drafts");
    routes.add(new HttpRoute("ANY", "/articles/{id}"), "any");
    routes.add(new HttpRoute("GET", "/files/{path+}"), "files");
  }

  @Test
  void aLiteralSegmentBeatsAParameter() {
    assertThat(routes.match("GET", "/articles/drafts")).get().extracting(ApiRoutes.Match::target).isEqualTo("drafts");
    assertThat(routes.match("GET", "/articles/a1")).get().extracting(ApiRoutes.Match::target).isEqualTo("read");
  }

  @Test
  void anExactMethodBeatsAnyAndAnyCatchesTheRest() {
    assertThat(routes.match("DELETE", "/articles/a1")).get().extracting(ApiRoutes.Match::target).isEqualTo("any");
  }

  @Test
  void parametersAreDecodedAndAGreedyOneTakesTheRestOfThePath() {
    assertThat(routes.match("GET", "/articles/l%E2%80%99otan").orElseThrow().pathParameters())
        .containsEntry("id", "l’otan");
    assertThat(routes.match("GET", "/files/a/b/c.txt").orElseThrow().pathParameters())
        .containsEntry("path", "a/b/c.txt");
  }

  @Test
  void pathsOfAnotherShapeDoNotMatch() {
    assertThat(routes.match("GET", "/articles")).isEmpty();
    assertThat(routes.match("GET", "/articles/a1/extra")).isEmpty();
    assertThat(routes.match("POST", "/files/x")).isEmpty();
  }
}
