package dev.gazette.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.local.template.TemplateNodes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The alarms can reach someone: CloudWatch publishes to an encrypted topic only with a key whose
 * policy lets it, which the AWS-managed {@code alias/aws/sns} key's never does.
 */
class AlarmTopicTest {
  private final DeployedTemplate template = new DeployedTemplate();

  @Test
  void everyAlarmNotifiesATopicEncryptedWithACustomerManagedRotatedKey() {
    for (String topic : alarmTopics()) {
      Object keyId = template.rawProperties(topic).get("KmsMasterKeyId");
      assertThat(keyId).as(topic + " is encrypted").isNotNull();
      assertThat(keyId).as(topic + " is not under an AWS-managed key").isInstanceOf(Map.class);
      String key = DeployedTemplate.target(keyId);
      assertThat(template.type(key)).isEqualTo("AWS::KMS::Key");
      assertThat(template.rawProperties(key)).containsEntry("EnableKeyRotation", true);
    }
  }

  @Test
  void theKeyLetsTheAccountAdministerItAndOnlyThisStacksAlarmsUseIt() {
    for (String topic : alarmTopics()) {
      String key = DeployedTemplate.target(template.rawProperties(topic).get("KmsMasterKeyId"));
      List<Map<String, Object>> statements = statements(template.properties(key).get("KeyPolicy"));
      assertThat(statements).as("the account administers " + key).anySatisfy(statement -> {
        assertThat(statement).containsEntry("Effect", "Allow").containsEntry("Action", "kms:*");
        assertThat(TemplateNodes.map(statement.get("Principal")).get("AWS").toString()).endsWith(":root");
      });
      Map<String, Object> cloudWatch = onlyStatementFor(statements, "cloudwatch.amazonaws.com");
      assertThat(actions(cloudWatch)).containsExactlyInAnyOrder("kms:Decrypt", "kms:GenerateDataKey*");
      assertScopedToTheStacksAlarms(cloudWatch);
    }
  }

  @Test
  void theTopicPolicyLetsThisStacksAlarmsPublish() {
    for (String topic : alarmTopics()) {
      List<String> policies = template.ofType("AWS::SNS::TopicPolicy").stream()
          .filter(policy -> TemplateNodes.list(template.rawProperties(policy).get("Topics")).stream()
              .anyMatch(target -> topic.equals(DeployedTemplate.target(target))))
          .toList();
      assertThat(policies).as("a policy of " + topic).singleElement().satisfies(policy -> {
        Map<String, Object> publish = onlyStatementFor(
            statements(template.properties(policy).get("PolicyDocument")), "cloudwatch.amazonaws.com");
        assertThat(actions(publish)).containsExactly("sns:Publish");
        assertScopedToTheStacksAlarms(publish);
      });
    }
  }

  @Test
  void alarmsAreNamedByCloudFormationSoTheirArnsStartWithTheStackName() {
    assertThat(template.ofType("AWS::CloudWatch::Alarm")).isNotEmpty()
        .allSatisfy(alarm -> assertThat(template.rawProperties(alarm)).doesNotContainKey("AlarmName"));
  }

  private List<String> alarmTopics() {
    List<String> topics = template.ofType("AWS::CloudWatch::Alarm").stream()
        .flatMap(alarm -> TemplateNodes.list(template.rawProperties(alarm).get("AlarmActions")).stream())
        .map(DeployedTemplate::target).distinct().toList();
    assertThat(topics).isNotEmpty().allSatisfy(topic -> assertThat(template.type(topic)).isEqualTo("AWS::SNS::Topic"));
    return topics;
  }

  private void assertScopedToTheStacksAlarms(Map<String, Object> statement) {
    Map<String, Object> condition = TemplateNodes.map(statement.get("Condition"));
    assertThat(TemplateNodes.path(condition, "StringEquals")).containsKey("aws:SourceAccount");
    assertThat(String.valueOf(TemplateNodes.path(condition, "ArnLike").get("aws:SourceArn")))
        .contains(":alarm:gazette-local-");
  }

  private static Map<String, Object> onlyStatementFor(List<Map<String, Object>> statements, String service) {
    List<Map<String, Object>> forService = statements.stream()
        .filter(statement -> service.equals(TemplateNodes.map(statement.get("Principal")).get("Service")))
        .toList();
    assertThat(forService).as("one statement for " + service).hasSize(1);
    assertThat(forService.get(0)).containsEntry("Effect", "Allow");
    return forService.get(0);
  }

  private static List<Map<String, Object>> statements(Object policy) {
    return TemplateNodes.list(TemplateNodes.map(policy).get("Statement")).stream().map(TemplateNodes::map).toList();
  }

  private static List<String> actions(Map<String, Object> statement) {
    Object action = statement.get("Action");
    return action instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(action));
  }
}
