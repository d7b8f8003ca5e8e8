package dev.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scopes as the identity providers write them: bare locally, under a resource server in Cognito. */
class ApiRequestScopesTest {

  @Test
  void aScopeCountsBareOrUnderAResourceServer() {
    assertThat(request("articles:write").writer().name()).isEqualTo("Camille Martin");
    assertThat(request("openid gazette/articles:write").writer().name()).isEqualTo("Camille Martin");
    assertThat(request("gazette/articles:write gazette/articles:act-for-others").editor().actsForOthers()).isTrue();
    assertThat(request("gazette/articles:write").editor().actsForOthers()).isFalse();
  }

  @Test
  void aScopeThatOnlyContainsTheNameDoesNotCount() {
    assertThatThrownBy(() -> request("articles:writer gazette/articles:write-not openid").writer())
        .isInstanceOf(ApiProblem.class);
    assertThat(request("xarticles:act-for-others articles:write").editor().actsForOthers()).isFalse();
  }

  private static ApiRequest request(String scope) {
    APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = new APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT();
    jwt.setClaims(Map.of("sub", "camille", "name", "Camille Martin", "scope", scope));
    APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
    authorizer.setJwt(jwt);
    APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
    context.setAuthorizer(authorizer);
    APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
    event.setRequestContext(context);
    return new ApiRequest(event);
  }
}
