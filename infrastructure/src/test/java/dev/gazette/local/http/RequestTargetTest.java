package dev.gazette.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTargetTest {

  @Test
  void theTargetIsSplitIntoPathAndQueryWithoutDecodingEither() {
    assertThat(RequestTarget.parse("/articles/a%2F1?x=1&y=%C3%A9"))
        .isEqualTo(new RequestTarget("/articles/a%2F1", "x=1&y=%C3%A9"));
    assertThat(RequestTarget.parse("/articles/../x")).isEqualTo(new RequestTarget("/articles/../x", ""));
    assertThat(RequestTarget.parse("/topics?")).isEqualTo(new RequestTarget("/topics", ""));
  }

  @Test
  void anAbsoluteTargetKeepsOnlyItsPathAndQuery() {
    assertThat(RequestTarget.parse("http://localhost:3000/articles?limit=2"))
        .isEqualTo(new RequestTarget("/articles", "limit=2"));
    assertThat(RequestTarget.parse("http://localhost:3000")).isEqualTo(new RequestTarget("/", ""));
  }

  @Test
  void aPercentThatStartsNoTwoDigitEscapeIsNotWellEscaped() {
    assertThat(RequestTarget.parse("/articles/%2e%2E?cursor=%41").wellEscaped()).isTrue();
    assertThat(RequestTarget.parse("/articles/%zz").wellEscaped()).isFalse();
    assertThat(RequestTarget.parse("/articles/%").wellEscaped()).isFalse();
    assertThat(RequestTarget.parse("/articles/%4").wellEscaped()).isFalse();
    assertThat(RequestTarget.parse("/articles?cursor=%zz").wellEscaped()).isFalse();
  }
}
