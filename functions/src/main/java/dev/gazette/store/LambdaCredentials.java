package dev.gazette.store;

import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The credentials provider a function's environment calls for, picked once at init instead of
 * letting the SDK's default chain probe system properties, web identity, profile files and the
 * instance metadata service at the first call. Lambda hands a function its role's credentials
 * one way or the other: a container endpoint under SnapStart (renewed, so read at each expiry,
 * never frozen into the snapshot), environment variables otherwise (fixed for the execution
 * environment's life). Anything else (a laptop's profile, say) falls back to the default chain.
 */
public final class LambdaCredentials {
  static final String CONTAINER_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";

  private LambdaCredentials() {}

  public static AwsCredentialsProvider from(Map<String, String> env) {
    if (isSet(env.get(CONTAINER_URI))) {
      // Reads the URI and its authorization token from the process environment, as Lambda sets them.
      return ContainerCredentialsProvider.builder().build();
    }
    String key = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    if (isSet(key) && isSet(secret)) {
      String token = env.get("AWS_SESSION_TOKEN");
      return StaticCredentialsProvider.create(isSet(token) ? AwsSessionCredentials.create(key, secret, token)
          : AwsBasicCredentials.create(key, secret));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
