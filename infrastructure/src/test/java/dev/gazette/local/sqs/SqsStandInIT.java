package dev.gazette.local.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.local.aws.LocalAws;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** The SQS stand-in through the SDK's own client: what the rebuild's fan-out relies on. */
class SqsStandInIT {
  private static SqsStandIn server;
  private static SqsClient sqs;

  @BeforeAll
  static void start() {
    server = new SqsStandIn(0).start();
    sqs = LocalAws.sqsClient(server.url());
  }

  @AfterAll
  static void stop() {
    sqs.close();
    server.close();
  }

  @Test
  void aReceivedMessageIsHiddenUntilDeletedAndComesBackIfNot() throws Exception {
    String queue = sqs.createQueue(request -> request.queueName("hidden").attributesWithStrings(
        Map.of("VisibilityTimeout", "1"))).queueUrl();
    sqs.sendMessage(request -> request.queueUrl(queue).messageBody("{\"chunk\": 1} é"));

    List<Message> first = receive(queue);
    assertThat(first).singleElement().satisfies(message -> assertThat(message.body()).isEqualTo("{\"chunk\": 1} é"));
    assertThat(receive(queue)).as("hidden while received").isEmpty();
    Thread.sleep(1_100);
    List<Message> again = receive(queue);
    assertThat(again).singleElement().satisfies(message -> assertThat(message.attributesAsStrings())
        .containsEntry("ApproximateReceiveCount", "2"));
    sqs.deleteMessage(request -> request.queueUrl(queue).receiptHandle(again.get(0).receiptHandle()));
    Thread.sleep(1_100);
    assertThat(receive(queue)).as("deleted").isEmpty();
  }

  @Test
  void aMessageReceivedMoreThanItsRedrivePolicyAllowsMovesToTheDeadLetterQueue() throws Exception {
    String deadLetters = sqs.createQueue(request -> request.queueName("dead")).queueUrl();
    String arn = sqs.getQueueAttributes(request -> request.queueUrl(deadLetters).attributeNamesWithStrings("QueueArn"))
        .attributesAsStrings().get("QueueArn");
    String queue = sqs.createQueue(request -> request.queueName("failing").attributesWithStrings(Map.of(
        "VisibilityTimeout", "0",
        "RedrivePolicy", "{\"deadLetterTargetArn\":\"" + arn + "\",\"maxReceiveCount\":\"2\"}"))).queueUrl();
    sqs.sendMessage(request -> request.queueUrl(queue).messageBody("poison"));

    assertThat(receive(queue)).hasSize(1);
    assertThat(receive(queue)).hasSize(1);
    assertThat(receive(queue)).as("moved on the third receive").isEmpty();
    assertThat(receive(deadLetters)).singleElement().satisfies(message -> assertThat(message.body()).isEqualTo("poison"));
  }

  @Test
  void aMissingQueueAndABadRequestGetSqsOwnErrors() {
    assertThatThrownBy(() -> sqs.getQueueUrl(request -> request.queueName("nowhere")))
        .isInstanceOf(QueueDoesNotExistException.class).hasMessageContaining("nowhere");
    String queue = sqs.createQueue(request -> request.queueName("strict")).queueUrl();
    assertThatThrownBy(() -> sqs.receiveMessage(request -> request.queueUrl(queue).maxNumberOfMessages(11)))
        .isInstanceOf(SqsException.class).hasMessageContaining("MaxNumberOfMessages is 1 to 10");
    assertThatThrownBy(() -> sqs.createQueue(request -> request.queueName("no spaces")))
        .isInstanceOf(SqsException.class).hasMessageContaining("a queue name is");
  }

  private static List<Message> receive(String queue) {
    return sqs.receiveMessage(request -> request.queueUrl(queue).maxNumberOfMessages(10)
        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
  }
}
