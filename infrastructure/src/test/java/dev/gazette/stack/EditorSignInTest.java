package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.template.TemplateNodes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors' sign-in in template.yaml: the stack's own Cognito user pool unless an issuer is given,
 * the desk as its public code-flow client, the API's authorizer trusting what signs editors in,
 * and the trigger that puts the byline's name into access tokens.
 */
class EditorSignInTest {
  private static final String ISSUER = "https://id.example.org/realms/news";

  private final DeployedTemplate template = new DeployedTemplate();
  private final DeployedTemplate ownIssuer = new DeployedTemplate(Map.of("EditorTokenIssuer", ISSUER));

  @Test
  void theStacksOwnUserPoolSignsEditorsInUnlessAnIssuerIsGiven() {
    assertThat(template.holds("UsesCognito")).isTrue();
    assertThat(ownIssuer.holds("UsesCognito")).isFalse();
    List<String> cognito = template.ofType("AWS::Cognito::UserPool");
    assertThat(cognito).isNotEmpty();
    for (String resource : List.of("EditorUserPool", "EditorAuthDomain", "EditorApiScopes", "EditorsActingForOthers",
        "DeskAppClient", "EditorTokenClaimsFunction", "EditorTokenClaimsRole", "EditorTokenClaimsLogs",
        "EditorTokenClaimsPermission")) {
      assertThat(template.condition(resource)).as(resource).isEqualTo("UsesCognito");
    }
    for (String output : List.of("UserPoolId", "DeskClientId", "DeskScope", "HostedUiDomain")) {
      assertThat(TemplateNodes.path(template.raw, "Outputs", output).get("Condition")).as(output).isEqualTo("UsesCognito");
    }
  }

  @Test
  void underCognitoTheAuthorizerTrustsThePoolAndChecksTheDesksClientId() {
    Map<String, Object> jwt = jwtConfiguration(template);
    String pool = String.valueOf(template.resolve(Map.of("Ref", "EditorUserPool")));
    assertThat(jwt.get("issuer")).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/" + pool);
    assertThat(jwt.get("audience")).isEqualTo(List.of(template.resolve(Map.of("Ref", "DeskAppClient"))));
    assertThat(template.output("IssuerUrl")).isEqualTo(jwt.get("issuer"));
  }

  @Test
  void withAnIssuerOfYourOwnTheAuthorizerChecksItAndTheAudienceGiven() {
    Map<String, Object> jwt = jwtConfiguration(ownIssuer);
    assertThat(jwt.get("issuer")).isEqualTo(ISSUER);
    assertThat(jwt.get("audience")).isEqualTo(List.of("gazette-editors"));
    assertThat(ownIssuer.output("IssuerUrl")).isEqualTo(ISSUER);
  }

  @Test
  void theDeskIsAPublicClientOfTheCodeFlowThatComesBackToCallbackHtml() {
    Map<String, Object> client = template.properties("DeskAppClient");
    String desk = "https://" + template.resolve(Map.of("Fn::GetAtt", List.of("SiteDistribution", "DomainName"))) + "/desk/";
    assertThat(client).containsEntry("GenerateSecret", false).containsEntry("AllowedOAuthFlowsUserPoolClient", true)
        .containsEntry("AllowedOAuthFlows", List.of("code")).containsEntry("SupportedIdentityProviders", List.of("COGNITO"))
        .containsEntry("PreventUserExistenceErrors", "ENABLED")
        .containsEntry("CallbackURLs", List.of(desk + "callback.html")).containsEntry("LogoutURLs", List.of(desk));
    assertThat(template.output("DeskUrl")).isEqualTo(desk);
    assertThat(strings(client.get("ExplicitAuthFlows"))).as("no password sent past the hosted UI")
        .containsExactly("ALLOW_REFRESH_TOKEN_AUTH");
    assertThat((Integer) client.get("AccessTokenValidity")).isBetween(5, 24 * 60);
    assertThat(TemplateNodes.path(client, "TokenValidityUnits")).containsEntry("AccessToken", "minutes");
    assertThat(strings(client.get("AllowedOAuthScopes"))).contains("openid", "profile",
        "gazette/articles:write", "gazette/articles:act-for-others");
    assertThat(List.of(String.valueOf(template.output("DeskScope")).split(" ")))
        .containsExactlyInAnyOrderElementsOf(TemplateNodes.list(client.get("AllowedOAuthScopes")).stream()
            .map(String::valueOf).toList());
  }

  @Test
  void everyScopeOfTheClientIsStandardOrDeclaredByTheApisResourceServer() {
    Map<String, Object> server = template.properties("EditorApiScopes");
    List<String> declared = TemplateNodes.list(server.get("Scopes")).stream()
        .map(scope -> server.get("Identifier") + "/" + TemplateNodes.map(scope).get("ScopeName")).toList();
    assertThat(declared).containsExactlyInAnyOrder("gazette/articles:write", "gazette/articles:act-for-others");
    assertThat(TemplateNodes.list(template.properties("DeskAppClient").get("AllowedOAuthScopes")))
        .allSatisfy(scope -> assertThat(List.of("openid", "profile", "email").contains(scope) || declared.contains(scope))
            .as(scope + " is standard or the API's").isTrue());
  }

  @Test
  void onlyAnAdministratorMakesAccountsAndEachHasTheNameItsBylineShows() {
    Map<String, Object> pool = template.properties("EditorUserPool");
    assertThat(TemplateNodes.path(pool, "AdminCreateUserConfig")).containsEntry("AllowAdminCreateUserOnly", true);
    assertThat(TemplateNodes.list(pool.get("Schema"))).anySatisfy(attribute ->
        assertThat(TemplateNodes.map(attribute)).containsEntry("Name", "name").containsEntry("Required", true));
    assertThat(pool).containsEntry("UserPoolTier", "ESSENTIALS");
  }

  @Test
  void thePoolRunsTheTokenTriggerWhichOnlyItMayInvokeAndWhichOnlyWritesItsLogs() {
    Map<String, Object> trigger = TemplateNodes.path(template.properties("EditorUserPool"), "LambdaConfig",
        "PreTokenGenerationConfig");
    String function = String.valueOf(template.resolve(Map.of("Fn::GetAtt", List.of("EditorTokenClaimsFunction", "Arn"))));
    assertThat(trigger).containsEntry("LambdaVersion", "V2_0").containsEntry("LambdaArn", function);
    Map<String, Object> permission = template.properties("EditorTokenClaimsPermission");
    assertThat(permission).containsEntry("FunctionName", function).containsEntry("Action", "lambda:InvokeFunction")
        .containsEntry("Principal", "cognito-idp.amazonaws.com")
        .containsEntry("SourceArn", template.resolve(Map.of("Fn::GetAtt", List.of("EditorUserPool", "Arn"))));
    String role = DeployedTemplate.target(template.rawProperties("EditorTokenClaimsFunction").get("Role"));
    assertThat(template.type(role)).isEqualTo("AWS::IAM::Role");
    List<Map<String, Object>> statements = TemplateNodes.list(template.properties(role).get("Policies")).stream()
        .flatMap(policy -> TemplateNodes.list(TemplateNodes.path(TemplateNodes.map(policy), "PolicyDocument")
            .get("Statement")).stream()).map(TemplateNodes::map).toList();
    String logGroup = String.valueOf(template.resolve(
        Map.of("Fn::GetAtt", List.of(DeployedTemplate.target(TemplateNodes.path(
            template.rawProperties("EditorTokenClaimsFunction"), "LoggingConfig").get("LogGroup")), "Arn"))));
    assertThat(statements).singleElement().satisfies(statement -> {
      assertThat(statement.get("Action")).isEqualTo(List.of("logs:CreateLogStream", "logs:PutLogEvents"));
      assertThat(statement.get("Resource")).isEqualTo(logGroup);
    });
  }

  @Test
  void theTriggerPutsTheNameInTheAccessTokenAndKeepsActingForOthersToItsGroup(@TempDir Path dir) throws Exception {
    JsonNode editor = trigger(dir, "Léa Martin", List.of());
    assertThat(editor.at("/claimsToAddOrOverride/name").asText()).isEqualTo("Léa Martin");
    assertThat(editor.get("scopesToSuppress").toString()).isEqualTo("[\"gazette/articles:act-for-others\"]");
    JsonNode chief = trigger(dir, "Paul Roux", List.of("act-for-others"));
    assertThat(chief.at("/claimsToAddOrOverride/name").asText()).isEqualTo("Paul Roux");
    assertThat(chief.has("scopesToSuppress")).isFalse();
  }

  /** The access token changes the trigger asks for a user with this name and these groups (a V2_0 event). */
  private JsonNode trigger(Path dir, String name, List<String> groups) throws Exception {
    String code = String.valueOf(TemplateNodes.path(template.properties("EditorTokenClaimsFunction"), "Code").get("ZipFile"));
    ObjectMapper json = new ObjectMapper();
    String event = json.writeValueAsString(Map.of("version", "2", "triggerSource", "TokenGeneration_HostedAuth",
        "request", Map.of("userAttributes", Map.of("sub", "0f1e", "email", "lea@example.org", "name", name),
            "groupConfiguration", Map.of("groupsToOverride", groups, "iamRolesToOverride", List.of()),
            "scopes", List.of("openid", "gazette/articles:write", "gazette/articles:act-for-others")),
        "response", Map.of()));
    String script = "var exports = {};\n" + code + "\nexports.handler(" + event + ").then(function (e) {"
        + " console.log(JSON.stringify(e.response.claimsAndScopeOverrideDetails.accessTokenGeneration)); });\n";
    return json.readTree(NodeScript.run(dir, script).get(0));
  }

  private static List<String> strings(Object node) {
    return TemplateNodes.list(node).stream().map(String::valueOf).toList();
  }

  private static Map<String, Object> jwtConfiguration(DeployedTemplate deployed) {
    return TemplateNodes.path(deployed.properties("EditorApi"), "Auth", "Authorizers", "EditorJwt", "JwtConfiguration");
  }
}
