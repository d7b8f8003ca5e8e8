package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.FieldError;
import dev.gazette.media.FocalPoint;
import dev.gazette.media.InvalidMedia;
import dev.gazette.media.MediaDesk;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaStore;
import dev.gazette.media.MediaText;
import dev.gazette.site.SitePaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The picture library's routes: announce an upload, read, list, describe, delete. */
final class MediaOperations {
  private static final JsonBodies.Subject PICTURE = new JsonBodies.Subject("the picture", "a picture");
  private final MediaDesk desk;
  private final SitePaths paths;
  private final ObjectMapper json;
  private final JsonBodies bodies;

  private final RepeatableRequests repeatable;

  MediaOperations(MediaDesk desk, SitePaths paths, ObjectMapper json, RepeatableRequests repeatable) {
    this.repeatable = repeatable;
    this.desk = desk;
    this.paths = paths;
    this.json = json;
    this.bodies = new JsonBodies(json);
  }

  /** What an editor announces before sending a picture's bytes. */
  record Announcement(String filename, String contentType, Long size) {}

  /** The fields of a picture an editor may change. */
  record Description(String alt, String caption, String credit, Focus focus) {
    record Focus(Double x, Double y) {}
  }

  APIGatewayV2HTTPResponse announce(Call call) {
    return repeatable.once(call, (MediaDesk.Announced result) -> announcement(result, call), receipt -> {
      Announcement announced = bodies.bind(bodies.tree(call.body(), PICTURE), Announcement.class, PICTURE);
      return desk.announce(announced.filename(), announced.contentType(), announced.size(), receipt);
    });
  }

  private APIGatewayV2HTTPResponse announcement(MediaDesk.Announced result, Call call) {
    ObjectNode body = json.valueToTree(MediaView.of(result.item(), paths));
    body.set("upload", json.valueToTree(Map.of("url", result.upload().url(),
        "method", result.upload().method(), "headers", result.upload().headers())));
    body.put("expiresAt", result.upload().expiresAt().toString());
    return Responses.json(201, Responses.JSON, body, json, call.requestId(),
        Map.of("ETag", etag(result.item()), "Location", "/media/" + result.item().id()));
  }

  APIGatewayV2HTTPResponse list(Call call) {
    PageParameters page = PageParameters.read(call.request().queryParameters());
    MediaStore.MediaPage found = desk.list(page.limit(), page.cursor());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("media", found.items().stream().map(item -> MediaView.of(item, paths)).toList());
    if (found.nextCursor() != null) {
      body.put("nextCursor", found.nextCursor());
    }
    return Responses.json(200, Responses.JSON, body, json, call.requestId(), Map.of());
  }

  APIGatewayV2HTTPResponse read(Call call) {
    return media(desk.get(call.id()), call);
  }

  /** A JSON merge patch of alt, caption, credit and focus; {@code null} removes one. */
  APIGatewayV2HTTPResponse patch(Call call) {
    long version = call.expectedVersion();
    JsonNode patch = bodies.tree(call.body(), PICTURE);
    MediaItem current = desk.get(call.id());
    JsonNode merged = bodies.patched(new Description(current.text().alt(),
        current.text().caption(), current.text().credit(),
        new Description.Focus(current.focus().x(), current.focus().y())), patch);
    Description description = bodies.bind(merged, Description.class, PICTURE);
    MediaText text = new MediaText(description.alt(), description.caption(), description.credit());
    return media(desk.describe(call.id(), version, text, focus(description.focus())), call);
  }

  APIGatewayV2HTTPResponse delete(Call call) {
    desk.delete(call.id(), call.expectedVersion());
    return Responses.noContent(call.requestId());
  }

  private static FocalPoint focus(Description.Focus focus) {
    if (focus == null) {
      return FocalPoint.CENTER;
    }
    if (focus.x() == null || focus.y() == null || !(focus.x() >= 0 && focus.x() <= 1)
        || !(focus.y() >= 0 && focus.y() <= 1)) {
      throw new InvalidMedia(List.of(new FieldError("focus",
          "must be {\"x\", \"y\"}, each from 0 (left, top) to 1 (right, bottom)")));
    }
    return new FocalPoint(focus.x(), focus.y());
  }

  private APIGatewayV2HTTPResponse media(MediaItem item, Call call) {
    return Responses.json(200, Responses.JSON, MediaView.of(item, paths), json, call.requestId(),
        Map.of("ETag", etag(item)));
  }

  private static String etag(MediaItem item) {
    return "\"" + item.version() + "\"";
  }
}
