package dev.gazette.api;

import dev.gazette.article.PictureLibrary;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.InMemoryArticleStore;
import dev.gazette.article.InMemoryRequestReceipts;
import dev.gazette.media.InMemoryMediaStore;
import dev.gazette.media.MediaDesk;
import dev.gazette.media.MediaItem;
import dev.gazette.media.RecordingUploadSlots;
import dev.gazette.article.PictureRendition;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The picture library over the editor API: announce, read, list, describe, delete. */
class MediaRoutesTest {
  private final InMemoryMediaStore media = new InMemoryMediaStore();
  private final RecordingUploadSlots uploads = new RecordingUploadSlots();
  private final Set<String> showing = new HashSet<>();
  private final EditorApi api = new EditorApi(
      new EditorDesk(new InMemoryArticleStore(), new ArticleIds(Clock.systemUTC()), Clock.systemUTC(), Locale.FRENCH, PictureLibrary.EMPTY),
      List::of,
      new MediaDesk(media, uploads, id -> Set.copyOf(showing), new ArticleIds(Clock.systemUTC()), Clock.systemUTC()),
      new SitePaths(Site.from(Map.of("SITE_URL", "https://news.example.org"))), new InMemoryRequestReceipts(),
      Clock.systemUTC());
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void announcingAnUploadAnswers201WithWhereToSendTheBytes() throws Exception {
    APIGatewayV2HTTPResponse response = send("POST /media", null, Map.of(),
        "{\"filename\": \"port.jpg\", \"contentType\": \"image/jpeg\", \"size\": 3456789}");

    assertThat(response.getStatusCode()).isEqualTo(201);
    JsonNode body = body(response);
    assertThat(body.get("status").asText()).isEqualTo("awaiting-upload");
    assertThat(body.at("/upload/method").asText()).isEqualTo("PUT");
    assertThat(body.at("/upload/url").asText()).contains(body.get("id").asText());
    assertThat(body.at("/upload/headers/Content-Type").asText()).isEqualTo("image/jpeg");
    assertThat(body.get("expiresAt").asText()).isNotEmpty();
    assertThat(response.getHeaders()).containsEntry("ETag", "\"1\"")
        .containsEntry("Location", "/media/" + body.get("id").asText());
  }

  @Test
  void anAnnouncementThatIsNoPictureIs400NamingTheFieldsAndStoresNothing() throws Exception {
    for (String bad : new String[] {
        "{\"filename\": \"x.svg\", \"contentType\": \"image/svg+xml\", \"size\": 10}",
        "{\"filename\": \"port.jpg\", \"contentType\": \"image/jpeg\", \"size\": \"big\"}",
        "{\"filename\": \"port.jpg\", \"contentType\": \"image/jpeg\", \"size\": 10, \"owner\": 1}",
        "[]", "{\"filename\": "}) {
      APIGatewayV2HTTPResponse response = send("POST /media", null, Map.of(), bad);
      assertThat(response.getStatusCode()).as(bad).isEqualTo(400);
      assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(media.list(10, null).items()).isEmpty();
  }

  @Test
  void withoutTheWriteScopeAnUploadIs403WhateverItsBody() throws Exception {
    APIGatewayV2HTTPEvent event = event("POST /media", null, Map.of(), "{not json");
    event.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "u-9", "scope", ""));
    assertThat(api.answer(event, "r-1").getStatusCode()).isEqualTo(403);
  }

  @Test
  void aReadyPictureListsItsRenditionsAtTheirPublicAddresses() throws Exception {
    MediaItem ready = readyPicture();
    JsonNode body = body(send("GET /media/{id}", ready.id(), Map.of(), null));

    assertThat(body.get("status").asText()).isEqualTo("ready");
    assertThat(body.get("width").asInt()).isEqualTo(4000);
    assertThat(body.at("/renditions/0/url").asText())
        .isEqualTo("https://news.example.org/media/0123456789abcdef0123456789abcdef/16x9-1600.webp");
    assertThat(body.at("/focus/x").asDouble()).isEqualTo(0.5);

    JsonNode list = body(send("GET /media", null, Map.of(), null));
    assertThat(list.at("/media/0/id").asText()).isEqualTo(ready.id());
  }

  @Test
  void aMergePatchChangesTheCaptionAndRemovesTheCredit() throws Exception {
    MediaItem ready = readyPicture();
    send("PATCH /media/{id}", ready.id(), Map.of("If-Match", "\"2\"", "Content-Type", "application/merge-patch+json"),
        "{\"alt\": \"Le quai\", \"credit\": \"Gazette\"}");
    APIGatewayV2HTTPResponse response = send("PATCH /media/{id}", ready.id(),
        Map.of("If-Match", "\"3\"", "Content-Type", "application/merge-patch+json"),
        "{\"caption\": \"À l'aube.\", \"credit\": null}");

    assertThat(response.getStatusCode()).isEqualTo(200);
    JsonNode body = body(response);
    assertThat(body.get("alt").asText()).isEqualTo("Le quai");
    assertThat(body.get("caption").asText()).isEqualTo("À l'aube.");
    assertThat(body.has("credit")).isFalse();
    assertThat(uploads.reprocessed).isEmpty();
  }

  @Test
  void aFocalPointOutsideThePictureIs400AndAStaleIfMatchIs412() throws Exception {
    MediaItem ready = readyPicture();
    Map<String, String> patch = Map.of("If-Match", "\"2\"", "Content-Type", "application/merge-patch+json");
    assertThat(send("PATCH /media/{id}", ready.id(), patch, "{\"focus\": {\"x\": 1.5, \"y\": 0}}")
        .getStatusCode()).isEqualTo(400);
    assertThat(send("PATCH /media/{id}", ready.id(), Map.of("If-Match", "\"1\"",
        "Content-Type", "application/merge-patch+json"), "{\"alt\": \"x\"}").getStatusCode()).isEqualTo(412);
  }

  @Test
  void aPictureInUseIs409AndAFreeOneIsDeleted() throws Exception {
    MediaItem ready = readyPicture();
    showing.add("01kbarticle0000000000000000");
    APIGatewayV2HTTPResponse inUse = send("DELETE /media/{id}", ready.id(), Map.of("If-Match", "\"2\""), null);
    assertThat(inUse.getStatusCode()).isEqualTo(409);
    assertThat(body(inUse).get("type").asText()).isEqualTo("urn:gazette:problem:media-in-use");

    showing.clear();
    assertThat(send("DELETE /media/{id}", ready.id(), Map.of("If-Match", "\"2\""), null).getStatusCode()).isEqualTo(204);
    assertThat(send("GET /media/{id}", ready.id(), Map.of(), null).getStatusCode()).isEqualTo(404);
  }

  private MediaItem readyPicture() throws Exception {
    String id = body(send("POST /media", null, Map.of(),
        "{\"filename\": \"port.jpg\", \"contentType\": \"image/jpeg\", \"size\": 1000}")).get("id").asText();
    MediaItem announced = media.find(id).orElseThrow();
    MediaItem ready = announced.ready(4000, 3000, "0123456789abcdef0123456789abcdef",
        List.of(new PictureRendition("16x9", 1600, 900, "webp"))).next(announced.updatedAt());
    media.replace(announced, ready);
    return ready;
  }

  private APIGatewayV2HTTPResponse send(String routeKey, String id, Map<String, String> headers, String body) {
    return api.answer(event(routeKey, id, headers, body), "r-1");
  }

  private static APIGatewayV2HTTPEvent event(String routeKey, String id, Map<String, String> extraHeaders,
      String body) {
    APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/api-create-article.json");
    event.setRouteKey(routeKey);
    event.setPathParameters(id == null ? null : Map.of("id", id));
    Map<String, String> headers = new HashMap<>(event.getHeaders());
    headers.putAll(extraHeaders);
    event.setHeaders(headers);
    event.setBody(body);
    return event;
  }

  private JsonNode body(APIGatewayV2HTTPResponse response) throws Exception {
    return json.readTree(response.getBody());
  }
}
