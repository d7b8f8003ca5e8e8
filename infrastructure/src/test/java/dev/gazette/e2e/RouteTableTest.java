package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.api.Access;
import dev.gazette.api.EditorRoutes;
import dev.gazette.local.apigateway.EditorTokens;
import dev.gazette.local.ProjectRoot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API's route table and openapi.yaml say the same about who may call what. */
class RouteTableTest {
  private static final OpenApiDocument SPEC = OpenApiDocument.load(ProjectRoot.find().resolve("openapi.yaml"));

  @Test
  void theSpecDescribesEveryRouteOfTheTableAndNoOther() {
    assertThat(SPEC.routeKeys()).containsExactlyInAnyOrderElementsOf(EditorRoutes.ACCESS.keySet());
  }

  @Test
  void everyRouteAsksInTheSpecForTheScopeItsAccessRuleNeeds() {
    for (Map.Entry<String, Access> route : EditorRoutes.ACCESS.entrySet()) {
      String key = route.getKey();
      switch (route.getValue()) {
        case WRITER -> {
          assertThat(SPEC.scopes(key)).as(key).contains(EditorTokens.WRITE_SCOPE);
          assertThat(SPEC.statuses(key)).as(key).contains(401, 403);
        }
        case EDITOR_DRAFTS_NEED_WRITE -> {
          assertThat(SPEC.scopes(key)).as(key).doesNotContain(EditorTokens.WRITE_SCOPE);
          assertThat(SPEC.statuses(key)).as(key).contains(401, 403);
          assertThat(SPEC.description(key)).as(key).contains(EditorTokens.WRITE_SCOPE);
        }
        case EDITOR -> {
          assertThat(SPEC.scopes(key)).as(key).doesNotContain(EditorTokens.WRITE_SCOPE);
          assertThat(SPEC.statuses(key)).as(key).contains(401).doesNotContain(403);
        }
      }
    }
  }
}
