package dev.gazette.local.apigateway.oidc;

import java.util.List;

/**
 * The local identity provider's pages: the sign-in form an editor fills in (as Cognito's hosted
 * UI), the page shown after signing out, and the page for a request it will not send back.
 */
final class SignInPage {

  /**
   * No script, a style of its own; the form posts to this provider only, which answers with a
   * redirect to the application (browsers apply form-action to the redirect as well).
   */
  static String contentSecurityPolicy(List<String> applicationOrigins) {
    return "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' " + String.join(" ", applicationOrigins)
        + "; frame-ancestors 'none'; base-uri 'none'";
  }

  private SignInPage() {
  }

  static String form(String requestId, String username, String error, List<LocalEditors.LocalEditor> accounts) {
    StringBuilder hints = new StringBuilder();
    for (LocalEditors.LocalEditor account : accounts) {
      hints.append("<li><code>").append(escape(account.username())).append("</code> (")
          .append(escape(account.name())).append(")</li>");
    }
    return page("Connexion", """
        <h1>Connexion à la rédaction</h1>
        %s
        <form method="post" action="authorize">
          <input type="hidden" name="request" value="%s">
          <label for="username">Identifiant</label>
          <input id="username" name="username" autocomplete="username" required value="%s"%s>
          <label for="password">Mot de passe</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required>
          <button type="submit">Se connecter</button>
        </form>
        <p class="hint">Comptes du cloud local (mot de passe <code>%s</code>) :</p>
        <ul class="hint">%s</ul>
        """.formatted(
            error == null ? "" : "<p role=\"alert\" class=\"error\" id=\"error\">" + escape(error) + "</p>",
            escape(requestId), escape(username), error == null ? " autofocus" : " aria-describedby=\"error\"",
            escape(LocalEditors.PASSWORD), hints));
  }

  static String signedOut() {
    return page("Déconnecté", "<h1>Vous êtes déconnecté</h1><p>Vous pouvez fermer cette page.</p>");
  }

  static String refused(String reason) {
    return page("Demande refusée", "<h1>Demande de connexion refusée</h1><p>" + escape(reason) + "</p>");
  }

  private static String page(String title, String body) {
    return """
        <!doctype html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>%s · Gazette (local)</title>
        <style>
          body { font: 1rem/1.5 system-ui, sans-serif; max-width: 24rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
          form { display: grid; gap: .5rem; }
          input { font: inherit; padding: .5rem; border: 1px solid #767676; border-radius: 4px; }
          button { font: inherit; padding: .6rem; margin-top: .5rem; background: #1f4e8c; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
          .error { color: #a00000; font-weight: 600; }
          .hint { color: #4a4a4a; font-size: .9rem; }
        </style>
        </head>
        <body>
        <main>
        %s
        </main>
        </body>
        </html>
        """.formatted(escape(title), body);
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
