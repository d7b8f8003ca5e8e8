package dev.gazette.local.apigateway.oidc;

import dev.gazette.local.apigateway.EditorTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The editors who may sign in to the local cloud's identity provider, as a Cognito user pool's
 * users would be: a username, a display name (the byline the API takes from the token) and scopes.
 * They share one password, printed by {@code ./gazette up}: the local cloud guards nothing real.
 */
public final class LocalEditors {

  /** One account of the local identity provider. */
  public record LocalEditor(String username, String name, List<String> scopes) {
  }

  public static final String PASSWORD = "gazette";

  /** Camille signs for others (desk chiefs post agency copy with its own byline); Sam signs as Sam. */
  public static final List<LocalEditor> ACCOUNTS = List.of(
      new LocalEditor("camille", "Camille Martin",
          List.of(EditorTokens.WRITE_SCOPE, EditorTokens.ACT_FOR_OTHERS_SCOPE)),
      new LocalEditor("sam", "Sam Laurent", List.of(EditorTokens.WRITE_SCOPE)));

  private LocalEditors() {
  }

  /** The account these credentials open, compared in constant time. */
  static Optional<LocalEditor> signIn(String username, String password) {
    boolean passwordMatches = MessageDigest.isEqual(
        PASSWORD.getBytes(StandardCharsets.UTF_8), String.valueOf(password).getBytes(StandardCharsets.UTF_8));
    return ACCOUNTS.stream()
        .filter(account -> account.username().equals(username) && passwordMatches)
        .findFirst();
  }

  static Optional<LocalEditor> byUsername(String username) {
    return ACCOUNTS.stream().filter(account -> account.username().equals(username)).findFirst();
  }
}
