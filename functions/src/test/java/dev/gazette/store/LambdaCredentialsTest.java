package dev.gazette.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Which credentials a function signs with, from what Lambda (or a local run) puts in its environment. */
class LambdaCredentialsTest {

  @Test
  void aSnapStartFunctionAsksItsContainerEndpointAtEachRenewal() {
    assertThat(LambdaCredentials.from(Map.of(LambdaCredentials.CONTAINER_URI, "http://127.0.0.1:9001/2021-04-23/credentials",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN", "token")))
        .isInstanceOf(ContainerCredentialsProvider.class);
  }

  @Test
  void theContainerEndpointWinsOverKeysLeftInTheEnvironment() {
    assertThat(LambdaCredentials.from(Map.of(LambdaCredentials.CONTAINER_URI, "http://127.0.0.1:9001/credentials",
        "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "secret")))
        .isInstanceOf(ContainerCredentialsProvider.class);
  }

  @Test
  void aFunctionWithoutSnapStartSignsWithTheRoleSessionInItsEnvironment() {
    var provider = LambdaCredentials.from(Map.of("AWS_ACCESS_KEY_ID", "ASIAEXAMPLE",
        "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "session"));
    assertThat(provider).isInstanceOf(StaticCredentialsProvider.class);
    assertThat(provider.resolveCredentials()).isInstanceOfSatisfying(AwsSessionCredentials.class, session -> {
      assertThat(session.accessKeyId()).isEqualTo("ASIAEXAMPLE");
      assertThat(session.sessionToken()).isEqualTo("session");
    });
  }

  @Test
  void theLocalCloudsFixedKeysAreUsedAsTheyAre() {
    var credentials = LambdaCredentials.from(Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local-secret"))
        .resolveCredentials();
    assertThat(credentials).isNotInstanceOf(AwsSessionCredentials.class);
    assertThat(credentials.secretAccessKey()).isEqualTo("local-secret");
  }

  @Test
  void withNothingInTheEnvironmentTheSdksDefaultChainLooksFurther() {
    assertThat(LambdaCredentials.from(Map.of("AWS_SESSION_TOKEN", " ")))
        .isInstanceOf(DefaultCredentialsProvider.class);
  }
}
