package dev.gazette.store;

import static dev.gazette.store.ArticleItem.PK;
import static dev.gazette.store.ArticleItem.SK;
import static dev.gazette.store.ArticleItem.s;

import dev.gazette.article.RequestReceipt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * How a request's receipt is laid out in the single table: under {@code RECEIPT#<id>}, outside
 * every partition the Publisher's stream filter lets through, removed by the table's time to live
 * ({@code expiresAt}, epoch seconds). The answer is gzipped: an article's answer carries its body.
 */
final class ReceiptItems {
  static final String PREFIX = "RECEIPT#";
  static final String SORT = "RECEIPT";
  /** The attribute the table's TimeToLiveSpecification names (template.yaml). */
  static final String EXPIRES_AT = "expiresAt";

  private ReceiptItems() {}

  static Map<String, AttributeValue> key(String id) {
    return Map.of(PK, s(PREFIX + id), SK, s(SORT));
  }

  /**
   * The receipt's write, for the transaction that makes its change: it fails when a live receipt
   * with this id is kept, and then shows it. An expired one not yet removed is replaced.
   */
  static TransactWriteItem put(String table, RequestReceipt receipt) {
    Map<String, AttributeValue> item = new HashMap<>(key(receipt.id()));
    item.put("fingerprint", s(receipt.fingerprint()));
    item.put("answer", AttributeValue.fromB(SdkBytes.fromByteArray(gzip(receipt.answer()))));
    item.put("madeAt", s(receipt.madeAt().toString()));
    item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(receipt.expiresAt().getEpochSecond())));
    return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
        .conditionExpression("attribute_not_exists(" + PK + ") OR #expires <= :now")
        .expressionAttributeNames(Map.of("#expires", EXPIRES_AT))
        .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(receipt.madeAt().getEpochSecond()))))
        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
        .build()).build();
  }

  static RequestReceipt fromItem(Map<String, AttributeValue> item) {
    return new RequestReceipt(item.get(PK).s().substring(PREFIX.length()), item.get("fingerprint").s(),
        gunzip(item.get("answer").b().asByteArray()), Instant.parse(item.get("madeAt").s()),
        Instant.ofEpochSecond(Long.parseLong(item.get(EXPIRES_AT).n())));
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zipped = new GZIPOutputStream(bytes)) {
      zipped.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String gunzip(byte[] zipped) {
    try (GZIPInputStream text = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
      return new String(text.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
