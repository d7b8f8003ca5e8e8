package dev.gazette.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site {@code ./gazette up} shows a newcomer: the sample articles, half of them with a
 * drawn picture, every page valid HTML by the Nu checker, every picture URL an image.
 */
class SampleSiteIT {
  private static LocalCloud cloud;
  private static Newsroom newsroom;
  private static SiteCrawler.Crawl crawl;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    cloud = LocalCloud.start(LocalCloudOptions.forTests(Files.createTempDirectory("gazette-samples"))
        .withSamples(LocalCloudOptions.Samples.ALWAYS));
    newsroom = new Newsroom(cloud);
    newsroom.awaitPublished();
    // The search page is reached through the header's form, not a link: started from as well.
    crawl = new SiteCrawler(newsroom, cloud.cdnUrl()).from("/", "/recherche/", "/recherche/?q=dessalement");
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static List<String> articlePages() {
    return crawl.pages().stream().filter(path -> path.matches("/articles/[a-z0-9-]+/")).sorted().toList();
  }

  @Test
  void atLeastHalfTheSampleArticlesShowALeadPictureWhoseEveryUrlIsAnImage() throws Exception {
    List<String> articles = articlePages();
    assertThat(articles).hasSizeGreaterThanOrEqualTo(20);
    int withPicture = 0;
    Set<String> urls = new TreeSet<>();
    for (String path : articles) {
      Document page = Jsoup.parse(newsroom.read(path).body(), cloud.cdnUrl() + path);
      Element figure = page.selectFirst("article figure picture, main figure picture");
      if (figure == null) {
        continue;
      }
      withPicture++;
      for (Element source : figure.select("source[srcset], img[srcset]")) {
        for (String candidate : source.attr("srcset").split(",")) {
          urls.add(candidate.strip().split(" ")[0]);
        }
      }
      urls.add(figure.selectFirst("img").absUrl("src"));
      assertThat(figure.selectFirst("img").attr("alt")).as(path).isNotBlank();
    }
    assertThat(withPicture).isGreaterThanOrEqualTo(articles.size() / 2);
    for (String url : urls) {
      HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(image.statusCode()).as(url).isEqualTo(200);
      assertThat(image.headers().firstValue("Content-Type").orElse("")).as(url).startsWith("image/");
    }
  }

  @Test
  void everyPageOfTheSampleSiteIsValidHtmlForTheNuChecker() throws Exception {
    assertThat(crawl.brokenLinks()).isEmpty();
    assertThat(crawl.pages()).as("author pages are checked too").anyMatch(page -> page.startsWith("/auteurs/"));
    assertThat(crawl.pages()).as("the search page is checked too").contains("/recherche/", "/recherche/?q=dessalement");
    Path folder = Files.createTempDirectory("gazette-pages");
    List<String> files = new ArrayList<>();
    int n = 0;
    for (String path : crawl.pages()) {
      HttpResponse<String> response = newsroom.read(path);
      if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        Path file = folder.resolve("page-" + (n++) + ".html");
        Files.writeString(file, response.body());
        files.add(file.toString());
      }
    }
    assertThat(files).isNotEmpty();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
        "--format", "json", "--also-check-css"));
    command.addAll(files);
    Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
    String report = new String(checker.getInputStream().readAllBytes());
    assertThat(checker.waitFor(5, TimeUnit.MINUTES)).isTrue();
    JsonNode messages = new ObjectMapper().readTree(report.substring(report.indexOf('{'))).get("messages");
    List<String> errors = new ArrayList<>();
    messages.forEach(message -> {
      if ("error".equals(message.path("type").asText())) {
        errors.add(message.path("url").asText() + ": " + message.path("message").asText()
            + " " + message.path("extract").asText());
      }
    });
    assertThat(errors).as("Nu checker errors on %d pages", files.size()).isEmpty();
  }
}
