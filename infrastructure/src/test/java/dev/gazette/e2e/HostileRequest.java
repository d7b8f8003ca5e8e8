package dev.gazette.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.function.Function;

/**
 * One request an attacker or a broken client could send, the status it must get, the operation
 * it reaches ({@code null} when no route matches, so only the problem shape applies), and whether
 * the answer must say at which line and column the JSON broke.
 */
record HostileRequest(String name, int status, String routeKey, boolean saysWhere,
    Function<Target, HttpRequest> request) {

  /** What a request is aimed at: the API, tokens of each kind, and an article that exists. */
  record Target(URI api, Tokens tokens, String articleId, long articleVersion, String draftCursor) {

    HttpRequest.Builder to(String path) {
      return HttpRequest.newBuilder(URI.create(api + path));
    }

    String articlePath() {
      return "/articles/" + articleId;
    }

    String currentEtag() {
      return "\"" + articleVersion + "\"";
    }
  }

  /** Tokens the local identity provider signed, and some it did not. */
  record Tokens(String writer, String reader, String expired, String notYetValid, String forged,
      String otherAudience, String otherIssuer, String withoutSubject, String unsigned, String hmacWithPublicKey) {}

  @Override
  public String toString() {
    return name + " → " + status;
  }
}
