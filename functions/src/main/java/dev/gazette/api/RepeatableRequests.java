package dev.gazette.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.article.Receipt;
import dev.gazette.article.RequestAlreadyMade;
import dev.gazette.article.RequestReceipt;
import dev.gazette.article.RequestReceipts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Requests an editor may send again: with an {@code Idempotency-Key}, the first one to succeed
 * keeps a receipt of its answer with its change (one transaction), and for 24 hours the same
 * editor sending the same key to the same operation gets that answer again, with nothing changed;
 * a different body or If-Match under the same key is a 422. Without a key, a request runs as is.
 */
final class RepeatableRequests {
  static final Duration KEPT_FOR = Duration.ofHours(24);

  private final RequestReceipts receipts;
  private final Clock clock;
  private final ObjectMapper json;

  RepeatableRequests(RequestReceipts receipts, Clock clock, ObjectMapper json) {
    this.receipts = receipts;
    this.clock = clock;
    this.json = json;
  }

  /**
   * Carries out {@code operation} once per key: it gets the receipt to keep with its change,
   * and {@code answer} turns what it made into the response (the one the receipt keeps).
   */
  <T> APIGatewayV2HTTPResponse once(Call call, Function<T, APIGatewayV2HTTPResponse> answer,
      Function<Receipt<T>, T> operation) {
    Optional<String> key = IdempotencyKey.of(call.request());
    if (key.isEmpty()) {
      return answer.apply(operation.apply(Receipt.none()));
    }
    Instant now = clock.instant();
    String id = receiptId(call, key.get());
    String fingerprint = fingerprint(call);
    Optional<RequestReceipt> kept = receipts.find(id, now);
    if (kept.isPresent()) {
      return replay(kept.get(), fingerprint, call);
    }
    Receipt<T> receipt = made -> Optional.of(new RequestReceipt(id, fingerprint,
        RecordedAnswer.of(answer.apply(made)).text(json), now, now.plus(KEPT_FOR)));
    try {
      return answer.apply(operation.apply(receipt));
    } catch (RequestAlreadyMade made) {
      // A duplicate sent at the same moment won the race: its answer is this request's too.
      return replay(made.receipt(), fingerprint, call);
    }
  }

  private APIGatewayV2HTTPResponse replay(RequestReceipt kept, String fingerprint, Call call) {
    if (!kept.fingerprint().equals(fingerprint)) {
      throw new ApiProblem(422, "idempotency-key-reused", "Unprocessable Content",
          "This " + IdempotencyKey.HEADER + " was used for a different request (another body or If-Match)"
              + " in the last 24 hours; use a new key for a new request.");
    }
    return RecordedAnswer.read(kept.answer(), json).replayed(call.requestId());
  }

  /** One editor, one operation on one resource, one key: other editors' keys never collide with it. */
  private static String receiptId(Call call, String key) {
    String id = call.request().pathParameter("id");
    return sha256(call.editor().subject() + "\n" + call.request().routeKey() + "\n" + (id == null ? "" : id)
        + "\n" + key);
  }

  /** What the request asks, byte for byte: its body and the version it was made from. */
  private static String fingerprint(Call call) {
    return sha256(call.request().header("if-match").map(String::strip).orElse("") + "\n"
        + (call.body() == null ? "" : call.body()));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
