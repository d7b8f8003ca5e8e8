package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.api.EditorRoutes;
import dev.gazette.handlers.ArticlesApiHandler;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.apigateway.EditorTokens;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.HttpRoute;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * openapi.yaml and the API agree: the spec describes exactly the routes the handler serves, and
 * each status the spec lists for an operation is one test: a request that gets it over HTTP through
 * the local cloud, answered with documented headers and a body its schema accepts. The schema
 * check is {@link SchemaCheck}, written for the subset of JSON Schema the spec uses.
 */
class OpenApiConformanceIT {
  private static final OpenApiDocument SPEC = OpenApiDocument.load(ProjectRoot.find().resolve("openapi.yaml"));
  private static final SpecConformance CONFORMANCE = new SpecConformance(SPEC);

  private static LocalCloud cloud;
  private static ApiCalls calls;

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-openapi")));
    calls = new ApiCalls(cloud, CONFORMANCE);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  @Test
  void theSpecDescribesExactlyTheRoutesTheHandlerServes() {
    assertThat(SPEC.version()).startsWith("3.1");
    assertThat(SPEC.routeKeys()).containsExactlyInAnyOrderElementsOf(EditorRoutes.ROUTE_KEYS);
  }

  @Test
  void theTemplateSendsExactlyTheseRoutesToTheHandler() {
    List<String> templateRoutes = cloud.stack().functions().stream()
        .filter(function -> function.handlerClass().equals(ArticlesApiHandler.class.getName()))
        .map(FunctionDefinition::routes).flatMap(List::stream).map(HttpRoute::routeKey).toList();

    assertThat(templateRoutes).containsExactlyInAnyOrderElementsOf(SPEC.routeKeys());
  }

  @Test
  void everyChangeNeedsTheWriteScopeInTheSpec() {
    for (String route : SPEC.routeKeys()) {
      if (!route.startsWith("GET ")) {
        assertThat(SPEC.scopes(route)).as(route).contains(EditorTokens.WRITE_SCOPE);
      }
    }
  }

  @Test
  void everySchemaUsesOnlyWhatTheSchemaCheckUnderstandsAndEveryReferenceResolves() {
    SPEC.schemas().forEach((name, schema) -> walk(name, schema));
  }

  /**
   * One test per operation and status: each status the spec lists (but 500, which no request
   * should get), and each status a request here gets, which the spec must then list.
   */
  @TestFactory
  Stream<DynamicTest> eachOperationGivesEachDocumentedAnswerAsDocumented() {
    Map<String, DocumentedAnswer> known = Stream.of(CollectionAnswers.all(), ArticleAnswers.all(), MediaAnswers.all(),
        RepeatedRequestAnswers.all(), DeskAnswers.all())
        .flatMap(List::stream).collect(Collectors.toMap(DocumentedAnswer::key, Function.identity()));
    Map<String, String> tests = new TreeMap<>();
    for (String route : SPEC.routeKeys()) {
      SPEC.statuses(route).stream().filter(status -> status != 500)
          .forEach(status -> tests.put(route + " " + status, route));
    }
    known.values().forEach(answer -> tests.put(answer.key(), answer.routeKey()));
    return tests.entrySet().stream().map(test -> DynamicTest.dynamicTest(
        test.getValue() + " answers " + test.getKey().substring(test.getValue().length() + 1),
        () -> answersAsDocumented(test.getKey(), known.get(test.getKey()))));
  }

  private static void answersAsDocumented(String key, DocumentedAnswer documented) {
    assertThat(documented).as("a request that gets " + key).isNotNull();
    Answer answer = documented.request().apply(calls);
    assertThat(answer.status()).as(key + " answered " + answer).isEqualTo(documented.status());
    calls.conforming(documented.routeKey(), answer);
    documented.check().accept(calls, answer);
  }

  @SuppressWarnings("unchecked")
  private static void walk(String where, Object node) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = (String) entry.getKey();
        assertThat(SchemaCheck.KEYWORDS.contains(key) || SchemaCheck.ANNOTATIONS.contains(key))
            .as(where + " uses " + key).isTrue();
        if (key.equals("$ref")) {
          assertThat(SPEC.reference((String) entry.getValue())).as(where).isNotEmpty();
        } else if (key.equals("properties")) {
          ((Map<String, Object>) entry.getValue()).forEach((property, schema) -> walk(where + "." + property, schema));
        } else if (key.equals("items") || key.equals("additionalProperties")) {
          walk(where + "." + key, entry.getValue());
        }
      }
    }
  }
}
