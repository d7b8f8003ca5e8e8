package dev.gazette.e2e;

import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Contract gaps these suites found and issue 4 tracks, each recognised by the answer it gives.
 * A request that meets one is reported as aborted with the gap's description (never as passed);
 * once the gap is closed, the same request is checked in full again without a change here.
 */
enum KnownGap {
  BROKEN_ESCAPE_REFUSED_BY_THE_JDK_SERVER("a broken percent-escape in the path or query (%zz) is refused by "
      + "the JDK HTTP server under the local API stand-in itself, before our code: a text/html 400 that names "
      + "URISyntaxException (API Gateway answers these in AWS)",
      (request, status, body) -> status == 400 && body.contains("URISyntaxException"));

  /** What an answer to a request looks like when the gap is there. */
  private interface Signature {
    boolean matches(String request, int status, String body);
  }

  private final String description;
  private final Signature signature;

  KnownGap(String description, Signature signature) {
    this.description = description;
    this.signature = signature;
  }

  /** Aborts the running test if the answer to {@code request} shows a known gap. */
  static void abortIfSeen(String request, int status, String body) {
    for (KnownGap gap : values()) {
      if (gap.signature.matches(request, status, body)) {
        abort("Known gap (issue 4): " + gap.description + ". Answer: " + status + " " + body);
      }
    }
  }
}
