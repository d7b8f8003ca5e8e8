package dev.gazette.local.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.StreamEventSource;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** What every shard consumer of one event source mapping shares: the stream, the settings, the function, the clock. */
record StreamMapping(
    DynamoDbStreamsClient streams,
    String streamArn,
    StreamEventSource source,
    List<EventPattern> filters,
    LocalFunction<DynamodbEvent, StreamsEventResponse> function,
    StreamCheckpoints checkpoints,
    FailedRecordSink sink,
    Clock clock) {

  /** Lambda delivers a record if any filter matches, or always when there are none. */
  boolean accepts(Record record) {
    return filters.isEmpty() || filters.stream().anyMatch(f -> f.matches(StreamRecordEvents.json(record)));
  }

  StreamsEventResponse invoke(List<Record> batch) {
    return function.invoke(StreamRecordEvents.event(batch, streamArn));
  }

  String functionName() {
    return function.definition().logicalId();
  }
}
