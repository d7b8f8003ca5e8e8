package dev.gazette.local.template;

import static org.assertj.core.api.Assertions.assertThat;

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
}
