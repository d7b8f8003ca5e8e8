package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which URLs become embeds, and the player each one opens; everything else stays a link. */
class EmbedLinksTest {

  @ParameterizedTest
  @CsvSource({
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ, YOUTUBE, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ, YOUTUBE, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ#t=3, YOUTUBE, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://youtu.be/dQw4w9WgXcQ, YOUTUBE, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://www.youtube.com/shorts/a_b-c1d2e3F, YOUTUBE, https://www.youtube-nocookie.com/embed/a_b-c1d2e3F",
      "https://vimeo.com/76979871, VIMEO, https://player.vimeo.com/video/76979871",
      "https://player.vimeo.com/video/76979871, VIMEO, https://player.vimeo.com/video/76979871",
      "https://www.dailymotion.com/video/x8abc12, DAILYMOTION, https://www.dailymotion.com/embed/video/x8abc12",
      "https://dai.ly/x8abc12, DAILYMOTION, https://www.dailymotion.com/embed/video/x8abc12",
      "https://x.com/gazette/status/1850000000000000000, X, https://platform.twitter.com/embed/Tweet.html?id=1850000000000000000",
      "https://twitter.com/gazette_fr/status/20, X, https://platform.twitter.com/embed/Tweet.html?id=20",
      "https://www.instagram.com/p/C1a2B3c4D5e/, INSTAGRAM, https://www.instagram.com/p/C1a2B3c4D5e/embed",
      "https://www.instagram.com/reel/C1a2B3c4D5e/, INSTAGRAM, https://www.instagram.com/p/C1a2B3c4D5e/embed",
      "https://www.tiktok.com/@gazette.fr/video/7300000000000000000, TIKTOK, https://www.tiktok.com/embed/v2/7300000000000000000",
  })
  void aProvidersUrlOpensItsPlayer(String url, EmbedProvider provider, String player) {
    Embed embed = EmbedLinks.of(url).orElseThrow();
    assertThat(embed.provider()).isEqualTo(provider);
    assertThat(embed.frameUrl()).isEqualTo(player);
    assertThat(embed.frameUrl()).startsWith(provider.frameOrigin() + "/");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)//https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
      "https://evil.example/watch?v=dQw4w9WgXcQ",
      "https://evil.example/?u=https://youtu.be/dQw4w9WgXcQ",
      "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
      "https://user@www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=dQw4w9WgXc\"",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22",
      "https://www.youtube.com/watch?v=dQw4w9'XcQ",
      "https://www.youtube.com/watch?v=dQw4w9WgXcQQ",
      "https://www.youtube.com/channel/UC123",
      "https://youtu.be/dQw4w9WgXcQ/../../evil",
      "https://xn--youtub-cva.com/watch?v=dQw4w9WgXcQ",
      "https://www.yоutube.com/watch?v=dQw4w9WgXcQ",
      "ftp://vimeo.com/76979871",
      "https://vimeo.com/76979871abc",
      "https://vimeo.com/channels/staffpicks",
      "https://notx.com/gazette/status/1",
      "https://x.com/gazette/status/1\"onload=\"x",
      "https://x.com/gazette",
      "https://www.instagram.com/gazette/",
      "https://www.instagram.com/p/C1a2\"><script>/",
      "https://www.tiktok.com/@gazette/video/73000abc",
      "https://vm.tiktok.com/ZMabc/",
      "https://www.dailymotion.com/video/x8<b>",
      "//www.youtube.com/watch?v=dQw4w9WgXcQ",
      "www.youtube.com/watch?v=dQw4w9WgXcQ",
      "Regardez https://youtu.be/dQw4w9WgXcQ",
      ""})
  void anythingElseIsNoEmbed(String url) {
    assertThat(EmbedLinks.of(url)).as(url).isEmpty();
  }
}
