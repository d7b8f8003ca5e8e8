package dev.gazette.store;

import dev.gazette.article.RequestReceipt;
import dev.gazette.article.RequestReceipts;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Request receipts in DynamoDB, written by the stores in the transactions of their changes. */
public final class DynamoRequestReceipts implements RequestReceipts {
  private final DynamoDbClient dynamo;
  private final String table;

  public DynamoRequestReceipts(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public Optional<RequestReceipt> find(String id, Instant now) {
    // Consistent: a retry right after a lost answer must see the receipt its first try wrote.
    Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table)
        .key(ReceiptItems.key(id)).consistentRead(true)).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    // The time to live removes expired items within days, not at once: expired counts as absent.
    return Optional.of(ReceiptItems.fromItem(item)).filter(receipt -> receipt.liveAt(now));
  }
}
