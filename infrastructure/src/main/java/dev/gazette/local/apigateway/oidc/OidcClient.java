package dev.gazette.local.apigateway.oidc;

import dev.gazette.local.apigateway.EditorTokens;
import java.net.URI;
import java.util.List;

/**
 * An application registered with the local identity provider, as a Cognito app client is: public
 * (no secret, so PKCE is required), the exact addresses it may be sent back to, the scopes it may ask for.
 */
public record OidcClient(String clientId, List<URI> redirectUris, List<URI> postLogoutRedirectUris,
    List<String> allowedScopes) {

  /** The desk's client id, locally and in the template's Cognito app client. */
  public static final String DESK_CLIENT_ID = "gazette-desk";

  /** The desk served by the local CDN at {@code site}: it comes back to /desk/callback.html. */
  public static OidcClient desk(URI site) {
    String base = site.toString().replaceAll("/+$", "");
    return new OidcClient(DESK_CLIENT_ID, List.of(URI.create(base + "/desk/callback.html")),
        List.of(URI.create(base + "/desk/")),
        List.of("openid", "profile", EditorTokens.WRITE_SCOPE, EditorTokens.ACT_FOR_OTHERS_SCOPE));
  }

  /** The origins of its redirect addresses: the pages that call the token endpoint from a browser. */
  List<String> origins() {
    return redirectUris.stream()
        .map(uri -> uri.getScheme() + "://" + uri.getRawAuthority())
        .distinct()
        .toList();
  }
}
