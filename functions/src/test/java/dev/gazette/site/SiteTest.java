package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteTest {

  @Test
  void onlyTheAddressIsRequiredAndTheRestDefaultsToAFrenchSiteInParisTime() {
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org"));

    assertThat(site.name()).isEqualTo("Gazette");
    assertThat(site.baseUrl()).isEqualTo(URI.create("https://news.example.org"));
    assertThat(site.locale()).isEqualTo(Locale.FRENCH);
    assertThat(site.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(site.imageHosts()).isEmpty();
    assertThat(site.shareImage()).isNull();
  }

  @Test
  void environmentOverridesEveryDefaultAndTheUrlLosesItsTrailingSlash() {
    Site site = Site.from(Map.of(
        "SITE_NAME", "Le Quotidien", "SITE_URL", "https://quotidien.example/",
        "SITE_LANGUAGE", "fr", "SITE_TIMEZONE", "Africa/Casablanca"));

    assertThat(site.name()).isEqualTo("Le Quotidien");
    assertThat(site.baseUrl()).isEqualTo(URI.create("https://quotidien.example"));
    assertThat(site.zone()).isEqualTo(ZoneId.of("Africa/Casablanca"));
  }

  @Test
  void aSiteWithoutItsAddressStopsAtStartUpSayingWhatIsMissing() {
    assertThatThrownBy(() -> Site.from(Map.of("SITE_NAME", "Le Quotidien")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SITE_URL is not set");
    assertThatThrownBy(() -> Site.from(Map.of("SITE_URL", " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SITE_URL is not set");
  }

  @Test
  void anAddressThatIsNotAnHttpUrlIsRefused() {
    for (String bad : new String[] {"news.example.org", "ftp://news.example.org", "https://",
        "https://news.example.org/?x=1", "https://news example.org"}) {
      assertThatThrownBy(() -> Site.from(Map.of("SITE_URL", bad))).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SITE_URL");
    }
  }

  @Test
  void imageHostsAreACommaSeparatedListOfHostNamesInAnyCase() {
    Site site = Site.from(Map.of("SITE_URL", "https://news.example.org",
        "IMAGE_HOSTS", " img.example.org,Photos.Example.net ,, "));

    assertThat(site.imageHosts()).containsExactlyInAnyOrder("img.example.org", "photos.example.net");
  }

  @Test
  void anImageHostWrittenAsAUrlIsRefusedAtStartUp() {
    assertThatThrownBy(() -> Site.from(Map.of("SITE_URL", "https://news.example.org",
        "IMAGE_HOSTS", "https://img.example.org/")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host names");
  }

  @Test
  void theDefaultShareImageIsAnAbsoluteHttpsUrlOrNothing() {
    assertThat(Site.from(Map.of("SITE_URL", "https://news.example.org",
        "SITE_IMAGE", " https://news.example.org/assets/partage.jpg ")).shareImage())
        .isEqualTo(URI.create("https://news.example.org/assets/partage.jpg"));
    assertThat(Site.from(Map.of("SITE_URL", "https://news.example.org", "SITE_IMAGE", "")).shareImage())
        .isNull();
  }

  @Test
  void aShareImageThatCrawlersCouldNotFetchIsRefusedAtStartUp() {
    for (String bad : new String[] {"/assets/partage.jpg", "http://news.example.org/partage.jpg",
        "javascript:alert(1)", "https://user@news.example.org/partage.jpg", "https://news example.org/a.jpg"}) {
      assertThatThrownBy(() -> Site.from(Map.of("SITE_URL", "https://news.example.org", "SITE_IMAGE", bad)))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SITE_IMAGE");
    }
  }
}
