package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** A rendition's key is made only of parts of the shapes the media room writes, checked by hand. */
class RenditionKeysPropertiesTest implements WithQuickTheories {

  // The rules as first written, as regexes: the hand-written checks must agree with them.
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{16,64}");
  private static final Pattern CROP = Pattern.compile("[1-9][0-9]?x[1-9][0-9]?");
  private static final Pattern FORMAT = Pattern.compile("webp|jpg|avif|png");

  private final SitePaths paths = new SitePaths(Site.from(Map.of(
      "SITE_NAME", "Gazette", "SITE_URL", "https://news.example.org")));

  @Test
  void aKeyIsMadeExactlyWhenEveryPartHasItsShape() {
    qt().withExamples(20000).forAll(texts("0123456789abcdefA g", 70), texts("0129x ", 6),
        arbitrary().pick("webp", "jpg", "avif", "png", "gif", "JPG", "jpgx", "", "web"))
        .checkAssert((hash, crop, format) -> {
          boolean valid = HASH.matcher(hash).matches() && CROP.matcher(crop).matches()
              && FORMAT.matcher(format).matches();
          if (valid) {
            assertThat(paths.renditionKey(hash, crop, 640, format))
                .isEqualTo("media/" + hash + "/" + crop + "-640." + format);
          } else {
            assertThatThrownBy(() -> paths.renditionKey(hash, crop, 640, format))
                .as("%s %s %s", hash, crop, format).isInstanceOf(IllegalArgumentException.class);
          }
        });
  }

  @Test
  void theUrlIsTheSiteFollowedByTheKey() {
    assertThat(paths.renditionUrl("0123456789abcdef", "16x9", 1280, "webp"))
        .hasToString("https://news.example.org/media/0123456789abcdef/16x9-1280.webp");
    assertThatThrownBy(() -> paths.renditionKey("0123456789abcdef", "16x9", 0, "webp"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Strings of the alphabet's characters, of any length up to {@code longest}, often valid. */
  private Gen<String> texts(String alphabet, int longest) {
    Gen<String> valid = alphabet.contains("9x")
        ? arbitrary().pick("16x9", "4x3", "1x1", "10x10", "99x99", "0x1", "1x0", "100x1", "x1", "1x")
        : integers().between(14, 66).map(n -> "0123456789abcdef".repeat(5).substring(0, n));
    Gen<String> any = lists().of(integers().between(0, alphabet.length() - 1)
        .map(i -> String.valueOf(alphabet.charAt(i)))).ofSizeBetween(0, longest)
        .map(list -> String.join("", list));
    return valid.mix(any, 50);
  }
}
