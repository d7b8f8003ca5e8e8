package dev.gazette.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the template reader resolves what a template declares, on small templates of its own. */
class TemplateReaderTest {

  @Test
  void shortTagsSubGetAttIfAndSelectResolveForTheLocalStack(@TempDir Path dir) throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Parameters:
              Stage: {Type: String, Default: dev}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Y::handleRequest
                  Environment:
                    Variables:
                      WHERE: !Sub "${AWS::StackName}/${AWS::Region}/${Stage}"
                      ARN: !GetAtt Table.Arn
                      MODE: !If [IsProd, strict, relaxed]
                      FIRST: !Select [0, !Split [",", "a,b"]]
                      GONE: !Ref AWS::NoValue
            """);
    Map<String, String> environment = StackTemplate.load(template, "s", Map.of())
        .function("Fn").environment();
    assertThat(environment).containsOnly(
        Map.entry("WHERE", "s/us-east-1/dev"),
        Map.entry("ARN", "arn:aws:dynamodb:us-east-1:000000000000:table/s-Table"),
        Map.entry("MODE", "relaxed"),
        Map.entry("FIRST", "a"));
  }

  @Test
  void aStreamOfAResourceThatIsNotATableIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path template = withStream(dir, "!GetAtt Uploads.StreamArn");
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Publisher event Changes reads the stream of Uploads")
        .hasMessageContaining("not an AWS::DynamoDB::Table").hasMessageContaining("[Articles]");
  }

  @Test
  void aStreamOfAnUndeclaredTableIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path template = withStream(dir, "{\"Fn::GetAtt\": \"Artcles.StreamArn\"}");
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .hasMessageContaining("reads the stream of Artcles").hasMessageContaining("[Articles]");
  }

  @Test
  void aStreamGivenAsAnArnIsRefusedRatherThanPollingTheOnlyTable(@TempDir Path dir) throws IOException {
    Path template = withStream(dir, "arn:aws:dynamodb:us-east-1:000000000000:table/Other/stream/x");
    assertThatThrownBy(() -> StackTemplate.load(template, "s", Map.of()))
        .hasMessageContaining("table/Other/stream/x").hasMessageContaining("!GetAtt <Table>.StreamArn");
  }

  @Test
  void aTableIsFoundByItsLogicalIdAndAnUnknownIdIsAnError(@TempDir Path dir) throws IOException {
    StackTemplate stack = StackTemplate.load(withStream(dir, "!GetAtt [Articles, StreamArn]"), "s", Map.of());
    assertThat(stack.function("Publisher").streamSources()).singleElement()
        .satisfies(source -> assertThat(stack.table(source.tableLogicalId()).tableName()).isEqualTo("s-Articles"));
    assertThatThrownBy(() -> stack.table("Uploads")).hasMessageContaining("No AWS::DynamoDB::Table Uploads");
  }

  private static Path withStream(Path dir, String stream) throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Resources:
              Articles:
                Type: AWS::DynamoDB::Table
                Properties:
                  KeySchema: [{AttributeName: id, KeyType: HASH}]
                  AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
              Uploads:
                Type: AWS::S3::Bucket
              Publisher:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: x.Y::handleRequest
                  Events:
                    Changes:
                      Type: DynamoDB
                      Properties:
                        Stream: %s
                        StartingPosition: TRIM_HORIZON
            """.formatted(stream));
    return template;
  }
}
