package dev.gazette.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.e2e.HostileRequest.Target;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The hostile-input table: malformed and truncated JSON, wrong types, oversized fields and
 * bodies, deep nesting, broken UTF-8, control characters, path traversal, markup where only
 * plain words may go, unknown fields, bad tokens, bad preconditions, bad query parameters and
 * wrong media types. Every one must be refused with a problem and change nothing.
 */
final class HostileRequests {
  static final String CREATE = "POST /articles";
  static final String LIST = "GET /articles";
  static final String READ = "GET /articles/{id}";
  static final String REPLACE = "PUT /articles/{id}";
  static final String PATCH = "PATCH /articles/{id}";
  static final String DELETE = "DELETE /articles/{id}";
  static final String PUBLISH = "POST /articles/{id}/publish";
  static final String UNPUBLISH = "POST /articles/{id}/unpublish";
  static final String TOPICS = "GET /topics";
  static final String PREVIEW = "POST /articles/preview";
  static final String REVISIONS = "GET /articles/{id}/revisions";
  static final String REVISION = "GET /articles/{id}/revisions/{version}";
  static final String RESTORE = "POST /articles/{id}/revisions/{version}/restore";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "<script>alert(document.cookie)</script>";

  private final List<HostileRequest> all = new ArrayList<>();

  private HostileRequests() {}

  static List<HostileRequest> all() {
    HostileRequests table = new HostileRequests();
    table.malformedJson();
    table.wrongTypes();
    table.sizes();
    table.nesting();
    table.brokenUtf8();
    table.controlCharacters();
    table.pathTraversal();
    table.markupWhereOnlyWordsGo();
    table.unknownFields();
    table.tokens();
    table.preconditions();
    table.queries();
    table.mediaTypes();
    table.routes();
    table.desk();
    return table.all;
  }

  private void malformedJson() {
    String valid = valid().toString();
    malformed("truncated JSON", valid.substring(0, valid.length() / 2));
    malformed("JSON cut after a comma", "{\"title\": \"Titre\",");
    malformed("JSON without its closing brace", valid.substring(0, valid.length() - 1));
    malformed("an unterminated string", "{\"title\": \"Titre");
    malformed("plain text instead of JSON", "title=Titre&body=Texte");
    malformed("trailing garbage after the object", valid + " {}");
    malformed("single-quoted JSON", valid.replace('"', '\''));
    malformed("JSON with comments", "/* ok? */ " + valid);
    malformed("NaN as a value", "{\"title\": NaN}");
    malformed("a duplicated key", "{\"title\": \"Un\", \"title\": \"Deux\", \"body\": \"x\", \"topics\": [\"a\"], \"status\": \"draft\"}");
    create("an empty body", 400, "");
    create("a body of blanks", 400, "   \n  ");
    create("JSON null", 400, "null");
    create("a JSON array", 400, "[" + valid + "]");
    create("a JSON string", 400, "\"" + SCRIPT + "\"");
    create("a JSON number", 400, "42");
    all.add(new HostileRequest("a patch that is not JSON", 400, PATCH, true, target -> withIfMatch(target, "PATCH", target.articlePath(),
        "application/merge-patch+json", "{\"title\": ")));
  }

  private void wrongTypes() {
    field("a number as title", 400, "title", JSON.valueToTree(42));
    field("a boolean as title", 400, "title", JSON.valueToTree(true));
    field("an object as title", 400, "title", JSON.createObjectNode().put("fr", "Titre"));
    field("an array as title", 400, "title", JSON.valueToTree(List.of("Titre")));
    field("a string as topics", 400, "topics", JSON.valueToTree("Économie"));
    field("numbers as topics", 400, "topics", JSON.valueToTree(List.of(1, 2)));
    field("arrays inside topics", 400, "topics", JSON.valueToTree(List.of(List.of("Économie"))));
    field("a null topic", 400, "topics", JSON.createArrayNode().add("Économie").addNull());
    field("a number as status", 400, "status", JSON.valueToTree(1));
    field("an unknown status", 400, "status", JSON.valueToTree("archived"));
    field("scheduled asked for directly", 400, "status", JSON.valueToTree("scheduled"));
    field("a null body", 400, "body", JSON.nullNode());
    field("a number as publishedAt", 400, "publishedAt", JSON.valueToTree(1_764_000_000));
    field("a date in words as publishedAt", 400, "publishedAt", JSON.valueToTree("hier soir"));
    field("an impossible date as publishAt", 400, "publishAt", JSON.valueToTree("2026-13-45T25:61:00Z"));
    field("a date without zone as publishAt", 400, "publishAt", JSON.valueToTree("2026-12-01T08:00:00"));
    create("a publishAt in the year 1000000000", 400,
        json(valid().put("status", "published").put("publishAt", "+1000000000-12-31T23:59:59Z")));
    create("a publishedAt in the year 1000000000", 400,
        json(valid().put("status", "published").put("publishedAt", "+1000000000-12-31T23:59:59Z")));
    create("a publishedAt in the year -999999999", 400,
        json(valid().put("status", "published").put("publishedAt", "-999999999-01-01T00:00:00Z")));
  }

  private void sizes() {
    field("a 201-character title", 400, "title", JSON.valueToTree("t".repeat(201)));
    field("a 501-character summary", 400, "summary", JSON.valueToTree("s".repeat(501)));
    field("a 100 001-character body", 413, "body", JSON.valueToTree("b".repeat(100_001)));
    field("a 101-character location", 400, "location", JSON.valueToTree("l".repeat(101)));
    field("an 81-character slug", 400, "slug", JSON.valueToTree("s".repeat(81)));
    field("eleven topics", 400, "topics", JSON.valueToTree(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")));
    field("a 61-character topic", 400, "topics", JSON.valueToTree(List.of("t".repeat(61))));
    field("no topics", 400, "topics", JSON.createArrayNode());
    field("an empty title", 400, "title", JSON.valueToTree(""));
    field("a title of blanks", 400, "title", JSON.valueToTree(" \t "));
    field("a blank topic", 400, "topics", JSON.valueToTree(List.of("   ")));
    field("a request body over 1 MB", 413, "summary", JSON.valueToTree("x".repeat(1_100_000)));
    send("a request body over the gateway's 10 MB", 413, CREATE, target -> writer(target, "POST", "/articles",
        "application/json", BodyPublishers.ofString("{\"title\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}")));
    send("a 100 001-character body in a patch", 413, PATCH, target -> withIfMatch(target, "PATCH",
        target.articlePath(), "application/merge-patch+json", "{\"body\": \"" + "b".repeat(100_001) + "\"}"));
  }

  private void nesting() {
    create("10 000 nested arrays", 400, "[".repeat(10_000) + "]".repeat(10_000));
    create("10 000 nested objects", 400, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
    rawField("10 000 nested arrays as topics", 400, "topics", "[".repeat(10_000) + "]".repeat(10_000));
    send("10 000 nested arrays in a patch", 400, PATCH, target -> withIfMatch(target, "PATCH", target.articlePath(),
        "application/merge-patch+json", "{\"title\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
  }

  private void brokenUtf8() {
    titleBytes("a truncated two-byte sequence in the title", new byte[] {(byte) 0xC3, '('});
    titleBytes("a lone continuation byte in the title", new byte[] {(byte) 0x80});
    titleBytes("an overlong slash in the title", new byte[] {(byte) 0xC0, (byte) 0xAF});
    titleBytes("a UTF-8-encoded surrogate in the title", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    titleBytes("Latin-1 bytes in the title", "Économie".getBytes(StandardCharsets.ISO_8859_1));
    titleBytes("a byte that is never UTF-8 in the title", new byte[] {(byte) 0xFF});
    rawField("an escaped lone high surrogate in the title", 400, "title", "\"Titre \\ud800 cassé\"");
    rawField("an escaped lone low surrogate in the body", 400, "body", "\"Texte \\udc00 cassé\"");
  }

  private void controlCharacters() {
    field("a NUL in the title", 400, "title", JSON.valueToTree("Titre\u0000caché"));
    field("a bell in the summary", 400, "summary", JSON.valueToTree("Résumé\u0007"));
    field("an escape sequence in the body", 400, "body", JSON.valueToTree("Texte \u001b[31mrouge\u001b[0m"));
    field("a DEL in the location", 400, "location", JSON.valueToTree("Rabat\u007f"));
    field("a C1 control in a topic", 400, "topics", JSON.valueToTree(List.of("Économie\u0085")));
    field("a line break in the title", 400, "title", JSON.valueToTree("Titre\nsur deux lignes"));
    field("a tab in the author", 400, "author", JSON.valueToTree("Local\tEditor"));
    field("a vertical tab in the body", 400, "body", JSON.valueToTree("Texte\u000bici"));
    String raw = json(valid().put("title", "@@")).replace("\"@@\"", "\"Titre\u0001\"");
    malformed("a raw unescaped control character in a string", raw);
    send("a NUL patched into the title", 400, PATCH, target -> withIfMatch(target, "PATCH", target.articlePath(),
        "application/merge-patch+json", "{\"title\": \"Titre\\u0000\"}"));
  }

  private void pathTraversal() {
    read("../ in the id", 404, null, "/articles/../../etc/passwd");
    read("encoded ../ in the id", 404, READ, "/articles/..%2F..%2Fetc%2Fpasswd");
    read("fully encoded ../ in the id", 404, READ, "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd");
    read("encoded backslashes in the id", 404, READ, "/articles/..%5C..%5Cwindows%5Cwin.ini");
    read("an encoded NUL in the id", 404, READ, "/articles/01kb0000000000000000000000%00");
    read("an id in capitals", 404, READ, "/articles/01KB00000000000000000000ZZ");
    read("an id one character too long", 404, READ, "/articles/01kb00000000000000000000zzz");
    read("an S3 key as the id", 404, READ, "/articles/articles%2Fun-titre%2Findex.html");
    send("encoded ../ in the id of a change", 404, REPLACE, target -> writer(target, "PUT",
        "/articles/%2e%2e%2f" + target.articleId(), "application/json", BodyPublishers.ofString(json(valid())), target.currentEtag()));
    send("encoded ../ in the id of a deletion", 404, DELETE, target -> writer(target, "DELETE",
        "/articles/..%2F" + target.articleId(), null, BodyPublishers.noBody(), target.currentEtag()));
    field("../ as the slug", 400, "slug", JSON.valueToTree("../../etc/passwd"));
    field("an encoded ../ as the slug", 400, "slug", JSON.valueToTree("%2e%2e%2fadmin"));
    field("a slash in the slug", 400, "slug", JSON.valueToTree("articles/autre"));
    field("a backslash in the slug", 400, "slug", JSON.valueToTree("a\\b"));
    field("a slug in capitals", 400, "slug", JSON.valueToTree("Un-Slug"));
    field("a slug with a double hyphen", 400, "slug", JSON.valueToTree("un--slug"));
    field("a slug with a trailing hyphen", 400, "slug", JSON.valueToTree("un-slug-"));
    query("../ as the topic filter", 400, "topic=../../etc");
    query("an encoded ../ as the topic filter", 400, "topic=%2e%2e%2fadmin");
  }

  private void markupWhereOnlyWordsGo() {
    field("a script as the slug", 400, "slug", JSON.valueToTree(SCRIPT));
    field("markup as the status", 400, "status", JSON.valueToTree("<b>published</b>"));
    field("a script as publishedAt", 400, "publishedAt", JSON.valueToTree(SCRIPT));
    query("a script as the status filter", 400, "status=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    query("a script as the topic filter", 400, "topic=%3Cscript%3E");
    query("a script as the cursor", 400, "cursor=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  }

  private void unknownFields() {
    field("an unknown field", 400, "couleur", JSON.valueToTree("rouge"));
    field("the id, which the server makes", 400, "id", JSON.valueToTree("01kb00000000000000000000zz"));
    field("the version, which the server keeps", 400, "version", JSON.valueToTree(99));
    field("createdAt, which the server keeps", 400, "createdAt", JSON.valueToTree("2020-01-01T00:00:00Z"));
    field("a role claim in the body", 400, "admin", JSON.valueToTree(true));
    field("__proto__", 400, "__proto__", JSON.createObjectNode().put("admin", true));
    field("a field named by a script", 400, SCRIPT, JSON.valueToTree("x"));
    send("an unknown field in a patch", 400, PATCH, target -> withIfMatch(target, "PATCH", target.articlePath(),
        "application/merge-patch+json", "{\"couleur\": \"rouge\"}"));
    send("a patch removing the title", 400, PATCH, target -> withIfMatch(target, "PATCH", target.articlePath(),
        "application/merge-patch+json", "{\"title\": null}"));
  }

  private void tokens() {
    authorization("no Authorization header", 401, target -> null);
    authorization("Bearer without a token", 401, target -> "Bearer");
    authorization("a token that is not a JWT", 401, target -> "Bearer abc.def.ghi");
    authorization("Basic credentials", 401, target -> "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()));
    authorization("an expired token", 401, target -> "Bearer " + target.tokens().expired());
    authorization("a token not valid yet", 401, target -> "Bearer " + target.tokens().notYetValid());
    authorization("a token signed by another key", 401, target -> "Bearer " + target.tokens().forged());
    authorization("a token for another audience", 401, target -> "Bearer " + target.tokens().otherAudience());
    authorization("a token from another issuer", 401, target -> "Bearer " + target.tokens().otherIssuer());
    authorization("an unsigned token (alg none)", 401, target -> "Bearer " + target.tokens().unsigned());
    authorization("a token signed with the public key as HMAC secret", 401,
        target -> "Bearer " + target.tokens().hmacWithPublicKey());
    authorization("a token without a subject", 401, target -> "Bearer " + target.tokens().withoutSubject());
    authorization("a 20 kB garbage token", 401, target -> "Bearer " + "a".repeat(20_000));
    authorization("a token without the write scope", 403, target -> "Bearer " + target.tokens().reader());
    send("another author's name without the scope to act for others", 403, CREATE, target -> writer(target,
        "POST", "/articles", "application/json", BodyPublishers.ofString(json(valid().put("author", "Nadia Belkacem")))));
    send("a deletion without the write scope", 403, DELETE, target -> bearer(target.to(target.articlePath())
        .header("If-Match", target.currentEtag()).DELETE(), target.tokens().reader()));
    send("a draft listing without the write scope", 403, LIST,
        target -> bearer(target.to("/articles?status=draft").GET(), target.tokens().reader()));
    send("topics with an expired token", 401, TOPICS,
        target -> bearer(target.to("/topics").GET(), target.tokens().expired()));
  }

  private void preconditions() {
    String edit = json(valid().put("title", "Titre modifié"));
    change("a replacement without If-Match", 428, REPLACE, "PUT", null, edit);
    change("a replacement with a stale version", 412, REPLACE, "PUT", "\"0\"", edit);
    change("a replacement with a future version", 412, REPLACE, "PUT", "\"99\"", edit);
    change("a replacement with If-Match: *", 400, REPLACE, "PUT", "*", edit);
    change("a replacement with a weak ETag", 400, REPLACE, "PUT", "W/\"1\"", edit);
    change("a replacement with an unquoted version", 400, REPLACE, "PUT", "1", edit);
    change("a replacement with a word as version", 400, REPLACE, "PUT", "\"un\"", edit);
    change("a replacement with a version beyond a long", 400, REPLACE, "PUT", "\"99999999999999999999\"", edit);
    change("a replacement with a negative version", 400, REPLACE, "PUT", "\"-1\"", edit);
    change("a replacement with two ETags", 400, REPLACE, "PUT", "\"1\", \"2\"", edit);
    send("a patch without If-Match", 428, PATCH, target -> writer(target, "PATCH", target.articlePath(),
        "application/merge-patch+json", BodyPublishers.ofString("{\"title\": \"Titre\"}")));
    send("a patch with a stale version", 412, PATCH, target -> withIfMatch(target, "PATCH", target.articlePath(),
        "application/merge-patch+json", "{\"title\": \"Titre\"}", "\"0\""));
    send("a deletion without If-Match", 428, DELETE, target -> writer(target, "DELETE", target.articlePath(), null,
        BodyPublishers.noBody()));
    send("a deletion with a stale version", 412, DELETE, target -> writer(target, "DELETE", target.articlePath(), null,
        BodyPublishers.noBody(), "\"0\""));
    send("a publish without If-Match", 428, PUBLISH, target -> writer(target, "POST", target.articlePath() + "/publish",
        null, BodyPublishers.noBody()));
    send("an unpublish with a stale version", 412, UNPUBLISH, target -> writer(target, "POST",
        target.articlePath() + "/unpublish", null, BodyPublishers.noBody(), "\"0\""));
    send("a publish with a body", 400, PUBLISH, target -> writer(target, "POST", target.articlePath() + "/publish",
        "application/json", BodyPublishers.ofString(json(valid())), target.currentEtag()));
  }

  private void queries() {
    query("an unknown status", 400, "status=archived");
    query("an empty status", 400, "status=");
    query("two statuses", 400, "status=draft&status=published");
    query("a limit of zero", 400, "limit=0");
    query("a limit over 100", 400, "limit=101");
    query("a negative limit", 400, "limit=-5");
    query("a limit in words", 400, "limit=dix");
    query("a limit beyond an int", 400, "limit=99999999999999999999");
    query("a decimal limit", 400, "limit=2.5");
    query("a cursor that is not one", 400, "cursor=pas-un-curseur");
    query("an empty cursor", 400, "cursor=");
    query("a forged cursor for the article items", 400, "cursor="
        + Base64.getUrlEncoder().withoutPadding().encodeToString("{\"pk\":\"ARTICLE#x\",\"sk\":\"ARTICLE\"}".getBytes()));
    query("a forged cursor of JSON garbage", 400, "cursor="
        + Base64.getUrlEncoder().withoutPadding().encodeToString("[[[[".getBytes()));
    query("a 5 000-character cursor", 400, "cursor=" + "A".repeat(5_000));
    send("a drafts cursor used on the published listing", 400, LIST,
        target -> bearer(target.to("/articles?status=published&cursor=" + target.draftCursor()).GET(), target.tokens().writer()));
    query("an unknown query parameter", 400, "page=2");
    send("a query parameter on topics", 400, TOPICS,
        target -> bearer(target.to("/topics?limit=5").GET(), target.tokens().writer()));
  }

  private void mediaTypes() {
    String article = json(valid());
    typed("plain text", 415, "text/plain", article);
    typed("no Content-Type", 415, null, article);
    typed("a form", 415, "application/x-www-form-urlencoded", "title=Titre");
    typed("multipart", 415, "multipart/form-data; boundary=x", "--x\r\n\r\n" + article + "\r\n--x--");
    typed("XML", 415, "application/xml", "<article><title>Titre</title></article>");
    typed("a merge patch to create", 415, "application/merge-patch+json", article);
    typed("a look-alike JSON type", 415, "application/jsonp", article);
    typed("text/html", 415, "text/html", "<h1>" + SCRIPT + "</h1>");
    send("a replacement as plain text", 415, REPLACE, target -> writer(target, "PUT", target.articlePath(),
        "text/plain", BodyPublishers.ofString(article), target.currentEtag()));
    send("a patch as plain text", 415, PATCH, target -> writer(target, "PATCH", target.articlePath(),
        "text/plain", BodyPublishers.ofString("{}"), target.currentEtag()));
  }

  private void routes() {
    send("an unknown route", 404, null, target -> bearer(target.to("/admin").GET(), target.tokens().writer()));
    send("a method the collection does not take", 404, null,
        target -> bearer(target.to("/articles").method("PATCH", BodyPublishers.ofString("{}")), target.tokens().writer()));
    send("an action that does not exist", 404, null, target -> bearer(target.to(target.articlePath() + "/archive")
        .POST(BodyPublishers.noBody()), target.tokens().writer()));
  }

  /** The desk's operations: previews, revisions, restores, and corrections on a published article. */
  private void desk() {
    all.add(new HostileRequest("a preview that is not JSON", 400, PREVIEW, true,
        target -> writer(target, "POST", "/articles/preview", "application/json", BodyPublishers.ofString("{\"title\": "))));
    preview("a preview of a JSON array", 400, "[]");
    preview("a preview whose id is a number", 400, "{\"id\": 42}");
    preview("a preview with an unknown field", 400, "{\"couleur\": \"rouge\"}");
    preview("a preview with a body past the limit", 413, "{\"body\": \"" + "a".repeat(100_001) + "\"}");
    preview("a preview of an article that does not exist", 404, "{\"id\": \"" + ApiCalls.UNKNOWN_ID + "\"}");
    send("a preview without the write scope", 403, PREVIEW, target -> bearer(target.to("/articles/preview")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")), target.tokens().reader()));
    send("a preview with an expired token", 401, PREVIEW, target -> bearer(target.to("/articles/preview")
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")), target.tokens().expired()));
    send("a preview as plain text", 415, PREVIEW, target -> writer(target, "POST", "/articles/preview", "text/plain",
        BodyPublishers.ofString("{}")));
    revisions("revisions with a limit of zero", 400, REVISIONS, "/revisions?limit=0");
    revisions("revisions with a forged cursor", 400, REVISIONS, "/revisions?cursor=eyJwayI6IkFSVElDTEUjIn0");
    revisions("revisions with an unknown parameter", 400, REVISIONS, "/revisions?depuis=1");
    revisions("a revision named by a word", 404, REVISION, "/revisions/premiere");
    revisions("revision zero", 404, REVISION, "/revisions/0");
    revisions("a revision beyond a long", 404, REVISION, "/revisions/99999999999999999999");
    send("revisions without the write scope", 403, REVISIONS, target -> bearer(target.to(target.articlePath()
        + "/revisions").GET(), target.tokens().reader()));
    send("a restore without If-Match", 428, RESTORE, target -> writer(target, "POST",
        target.articlePath() + "/revisions/1/restore", null, BodyPublishers.noBody()));
    send("a restore with a stale version", 412, RESTORE, target -> writer(target, "POST",
        target.articlePath() + "/revisions/1/restore", null, BodyPublishers.noBody(), "\"0\""));
    send("a restore with a body", 400, RESTORE, target -> writer(target, "POST",
        target.articlePath() + "/revisions/1/restore", "application/json", BodyPublishers.ofString("{}"),
        target.currentEtag()));
    send("a restore of a revision that does not exist", 404, RESTORE, target -> writer(target, "POST",
        target.articlePath() + "/revisions/77/restore", null, BodyPublishers.noBody(), target.currentEtag()));
    corrections("a correction of an unknown kind", "[{\"kind\": \"erratum\", \"text\": \"Texte.\"}]");
    corrections("a correction without text", "[{\"kind\": \"correction\"}]");
    corrections("a correction of blanks", "[{\"kind\": \"correction\", \"text\": \"   \"}]");
    corrections("a correction with a control character", "[{\"kind\": \"correction\", \"text\": \"Un\\u0007bip.\"}]");
    corrections("a correction dated in the future", "[{\"kind\": \"update\", \"text\": \"Plus tard.\", \"at\": \"2999-01-01T00:00:00Z\"}]");
    corrections("a correction dated by a word", "[{\"kind\": \"update\", \"text\": \"Hier.\", \"at\": \"hier\"}]");
    corrections("corrections as a string", "\"Rectificatif\"");
    corrections("a correction that is a number", "[42]");
    corrections("a correction with an unknown field", "[{\"kind\": \"correction\", \"text\": \"Texte.\", \"par\": \"moi\"}]");
    corrections("twenty-one corrections", "[" + String.join(", ",
        java.util.Collections.nCopies(21, "{\"kind\": \"correction\", \"text\": \"Texte.\"}")) + "]");
  }

  private void preview(String name, int status, String body) {
    send(name, status, PREVIEW, target -> writer(target, "POST", "/articles/preview", "application/json",
        BodyPublishers.ofString(body)));
  }

  private void revisions(String name, int status, String routeKey, String pathAfterArticle) {
    send(name, status, routeKey, target -> bearer(target.to(target.articlePath() + pathAfterArticle).GET(),
        target.tokens().writer()));
  }

  /** A patch of the published article's corrections that breaks their rules: a 400. */
  private void corrections(String name, String list) {
    send(name, 400, PATCH, target -> withIfMatch(target, "PATCH", target.articlePath(),
        "application/merge-patch+json", "{\"corrections\": " + list + "}"));
  }

  private void create(String name, int status, String body) {
    send(name, status, CREATE, target -> writer(target, "POST", "/articles", "application/json", BodyPublishers.ofString(body)));
  }

  /** JSON that does not parse: the answer must say where it broke. */
  private void malformed(String name, String body) {
    all.add(new HostileRequest(name, 400, CREATE, true,
        target -> writer(target, "POST", "/articles", "application/json", BodyPublishers.ofString(body))));
  }

  private void typed(String name, int status, String contentType, String body) {
    send("an article sent as " + name, status, CREATE,
        target -> writer(target, "POST", "/articles", contentType, BodyPublishers.ofString(body)));
  }

  private void field(String name, int status, String field, JsonNode value) {
    create(name, status, json(valid().set(field, value)));
  }

  /** A field whose JSON text is written as is: for what a JSON library would not produce. */
  private void rawField(String name, int status, String field, String rawValue) {
    String placeholder = "\"@@" + field + "@@\"";
    create(name, status, json(valid().put(field, "@@" + field + "@@")).replace(placeholder, rawValue));
  }

  private void titleBytes(String name, byte[] bytes) {
    String valid = json(valid().put("title", "@@"));
    int at = valid.indexOf("@@");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(valid.substring(0, at).getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(valid.substring(at + 2).getBytes(StandardCharsets.UTF_8));
    send(name, 400, CREATE, target -> writer(target, "POST", "/articles", "application/json",
        BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private void read(String name, int status, String routeKey, String path) {
    send(name, status, routeKey, target -> bearer(target.to(path).GET(), target.tokens().writer()));
  }

  private void query(String name, int status, String query) {
    send(name, status, LIST, target -> bearer(target.to("/articles?" + query).GET(), target.tokens().writer()));
  }

  private void authorization(String name, int status, Function<Target, String> header) {
    send(name, status, CREATE, target -> {
      HttpRequest.Builder request = target.to("/articles").header("Content-Type", "application/json")
          .POST(BodyPublishers.ofString(json(valid())));
      String value = header.apply(target);
      return (value == null ? request : request.header("Authorization", value)).build();
    });
  }

  private void change(String name, int status, String routeKey, String method, String ifMatch, String body) {
    send(name, status, routeKey, target -> ifMatch == null
        ? writer(target, method, target.articlePath(), "application/json", BodyPublishers.ofString(body))
        : writer(target, method, target.articlePath(), "application/json", BodyPublishers.ofString(body), ifMatch));
  }

  private void send(String name, int status, String routeKey, Function<Target, HttpRequest> request) {
    all.add(new HostileRequest(name, status, routeKey, false, request));
  }

  private static HttpRequest withIfMatch(Target target, String method, String path, String contentType, String body) {
    return withIfMatch(target, method, path, contentType, body, target.currentEtag());
  }

  private static HttpRequest withIfMatch(Target target, String method, String path, String contentType, String body,
      String ifMatch) {
    return writer(target, method, path, contentType, BodyPublishers.ofString(body), ifMatch);
  }

  private static HttpRequest writer(Target target, String method, String path, String contentType,
      HttpRequest.BodyPublisher body, String... ifMatch) {
    HttpRequest.Builder request = target.to(path).method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (String etag : ifMatch) {
      request.header("If-Match", etag);
    }
    return bearer(request, target.tokens().writer());
  }

  private static HttpRequest bearer(HttpRequest.Builder request, String token) {
    return request.header("Authorization", "Bearer " + token).build();
  }

  /** An article that would be created as it is: each case breaks one thing in it. */
  static ObjectNode valid() {
    ObjectNode article = JSON.createObjectNode();
    article.put("title", "Un article inoffensif");
    article.put("body", "Un texte **inoffensif**.");
    article.set("topics", JSON.valueToTree(List.of("Société")));
    article.put("status", "draft");
    return article;
  }

  private static String json(JsonNode node) {
    return node.toString();
  }
}
