package dev.gazette.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeskDeployTest {

  private static final Map<String, String> COGNITO_STACK = Map.of(
      "ApiUrl", "https://abc123.execute-api.eu-west-3.amazonaws.com",
      "IssuerUrl", "https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_AbCdEf",
      "DeskClientId", "4p1cl13nt1d",
      "SiteUrl", "https://news.example.org/",
      "HostedUiDomain", "gazette-news.auth.eu-west-3.amazoncognito.com",
      "BucketName", "gazette-sitebucket-1");

  @Test
  void aCognitoStackGivesItsResourceServersScopesAndTheHostedUisSignOut() {
    DeskFiles.DeskConfig config = DeskDeploy.config(COGNITO_STACK, Map.of("SiteTimezone", "Africa/Casablanca"), null);
    assertThat(config.scope()).isEqualTo("openid profile gazette/articles:write gazette/articles:act-for-others");
    assertThat(config.signOutUrl()).isEqualTo("https://gazette-news.auth.eu-west-3.amazoncognito.com/logout");
    assertThat(config.siteUrl()).isEqualTo("https://news.example.org");
    assertThat(config.timeZone()).isEqualTo("Africa/Casablanca");
    assertThat(config.clientId()).isEqualTo("4p1cl13nt1d");
  }

  @Test
  void aStackWithoutTheDesksOutputsIsExplained() {
    assertThatThrownBy(() -> DeskDeploy.config(Map.of("ApiUrl", "https://a.example"), Map.of(), null))
        .hasMessageContaining("IssuerUrl");
  }
}
