package dev.gazette.local.cdn;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The response headers CloudFront adds under {@code /desk/} (the template's desk headers policy),
 * for the local cloud's addresses: a CSP that lets the desk reach only its API, its identity
 * provider and the upload bucket, no robots, no framing. The desk's preview is the reader's page in
 * a sandboxed {@code srcdoc} frame, which inherits this policy: the site's inline style must be allowed here too.
 */
public final class DeskHeaders {

  public static final String PATH_PREFIX = "/desk/";

  private DeskHeaders() {
  }

  /**
   * @param siteStyleSource the site's inline style source ({@code 'sha256-…'}), as its own CSP allows it
   */
  public static Map<String, String> of(URI api, URI identityProvider, URI uploads, String siteStyleSource) {
    String connect = String.join(" ", List.of("'self'", origin(api), origin(identityProvider), origin(uploads)));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self' "
        + siteStyleSource + "; img-src 'self' blob: data: https:; font-src 'self'; connect-src " + connect
        + "; frame-src 'self'; form-action " + origin(identityProvider) + "; base-uri 'none'; frame-ancestors 'none'");
    headers.put("X-Robots-Tag", "noindex, nofollow");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "no-referrer");
    return headers;
  }

  static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}
