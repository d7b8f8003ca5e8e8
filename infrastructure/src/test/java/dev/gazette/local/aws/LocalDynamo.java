package dev.gazette.local.aws;

import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * dynoxide in memory for the tests of one class, with its clients:
 * {@code @RegisterExtension static final LocalDynamo DYNAMO = new LocalDynamo();}. It starts
 * before the first test and stops after the last; tests that need a clean table make one with a
 * new name (dynoxide replays a re-created table's old stream).
 */
public final class LocalDynamo implements BeforeAllCallback, AfterAllCallback {
  private Dynoxide dynoxide;
  private DynamoDbClient client;
  private DynamoDbStreamsClient streams;

  @Override
  public void beforeAll(ExtensionContext context) {
    dynoxide = Dynoxide.inMemory().start();
    client = LocalAws.dynamoDbClient(dynoxide.endpoint());
    streams = LocalAws.streamsClient(dynoxide.endpoint());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    streams.close();
    client.close();
    dynoxide.close();
  }

  public DynamoDbClient client() {
    return client;
  }

  public DynamoDbStreamsClient streams() {
    return streams;
  }

  public URI endpoint() {
    return dynoxide.endpoint();
  }
}
