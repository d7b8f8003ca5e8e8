package dev.gazette.store;

import dev.gazette.publish.PageId;
import dev.gazette.publish.RebuildProgress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A fanned-out rebuild's progress in the articles' table: one item ("REBUILD#run", "PROGRESS")
 * with the number of chunks, the set of chunks done and the articles they rendered, updated on
 * condition so a chunk delivered twice counts once; beside it, one small item per topic and per
 * search file the chunks left for the end ("REBUILD#run#SHARED"), written with plain puts, so a
 * replay writes the same items again.
 */
public final class DynamoRebuildProgress implements RebuildProgress {
  private static final String PROGRESS = "PROGRESS";
  private static final String TOPIC = "topic#";
  private static final String PAGE = "page#";
  private final DynamoTable table;

  public DynamoRebuildProgress(DynamoDbClient dynamo, String tableName) {
    this.table = new DynamoTable(dynamo, tableName);
  }

  @Override
  public void start(String run, int chunks, boolean force) {
    if (chunks < 1) {
      throw new IllegalArgumentException("a rebuild has at least one chunk: " + chunks);
    }
    try {
      table.dynamo.putItem(request -> request.tableName(table.name)
          .item(Map.of("pk", ArticleItem.s(runKey(run)), "sk", ArticleItem.s(PROGRESS),
              "chunks", AttributeValue.fromN(Integer.toString(chunks)), "articles", AttributeValue.fromN("0"),
              "force", AttributeValue.fromBool(force)))
          .conditionExpression("attribute_not_exists(pk)"));
    } catch (ConditionalCheckFailedException started) {
      Status status = status(run);
      if (status.chunks() != chunks) {
        throw new IllegalArgumentException("rebuild " + run + " was started with " + status.chunks()
            + " chunks, not " + chunks);
      }
    }
  }

  @Override
  public void leave(String run, Collection<String> topics, Collection<PageId> sharedPages) {
    List<WriteRequest> writes = new ArrayList<>();
    new LinkedHashSet<>(topics).forEach(topic -> writes.add(put(run, TOPIC + topic)));
    new LinkedHashSet<>(sharedPages).forEach(page -> writes.add(put(run, PAGE + page.encode())));
    table.batchWrite(writes);
  }

  @Override
  public Status chunkDone(String run, int chunk, long articles) {
    try {
      Map<String, AttributeValue> after = table.dynamo.updateItem(request -> request.tableName(table.name)
          .key(ListItems.key(runKey(run), PROGRESS))
          .updateExpression("ADD done :chunk, articles :articles")
          .conditionExpression("attribute_exists(pk) AND NOT contains(done, :number)")
          .expressionAttributeValues(Map.of(":chunk", AttributeValue.fromNs(List.of(Integer.toString(chunk))),
              ":number", AttributeValue.fromN(Integer.toString(chunk)),
              ":articles", AttributeValue.fromN(Long.toString(articles))))
          .returnValues(ReturnValue.ALL_NEW)).attributes();
      return status(after);
    } catch (ConditionalCheckFailedException again) {
      Status status = status(run);
      if (status.chunks() == 0) {
        throw new IllegalStateException("no rebuild " + run + " was started");
      }
      return status;
    }
  }

  @Override
  public Status status(String run) {
    return status(table.get(runKey(run), PROGRESS));
  }

  @Override
  public Shared shared(String run) {
    Set<String> topics = new LinkedHashSet<>();
    Set<PageId> pages = new LinkedHashSet<>();
    for (Map<String, AttributeValue> item : table.queryPrefix(sharedKey(run), "", false, Integer.MAX_VALUE)) {
      String sk = item.get("sk").s();
      if (sk.startsWith(TOPIC)) {
        topics.add(sk.substring(TOPIC.length()));
      } else if (sk.startsWith(PAGE)) {
        pages.add(PageId.parse(sk.substring(PAGE.length())));
      }
    }
    return new Shared(topics, pages);
  }

  @Override
  public void finished(String run) {
    table.dynamo.updateItem(request -> request.tableName(table.name)
        .key(ListItems.key(runKey(run), PROGRESS))
        .updateExpression("SET finished = :yes")
        .conditionExpression("attribute_exists(pk)")
        .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
  }

  private static Status status(Map<String, AttributeValue> item) {
    if (item == null || item.isEmpty()) {
      return new Status(0, 0, 0, false, false);
    }
    AttributeValue done = item.get("done");
    return new Status(Integer.parseInt(item.get("chunks").n()), done == null ? 0 : done.ns().size(),
        Long.parseLong(item.get("articles").n()), item.containsKey("force") && item.get("force").bool(),
        item.containsKey("finished") && item.get("finished").bool());
  }

  private WriteRequest put(String run, String sk) {
    return WriteRequest.builder().putRequest(request -> request.item(
        Map.of("pk", ArticleItem.s(sharedKey(run)), "sk", ArticleItem.s(sk)))).build();
  }

  private static String runKey(String run) {
    return "REBUILD#" + run;
  }

  private static String sharedKey(String run) {
    return "REBUILD#" + run + "#SHARED";
  }
}
