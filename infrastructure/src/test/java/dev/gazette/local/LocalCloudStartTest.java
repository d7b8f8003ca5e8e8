package dev.gazette.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template the local cloud cannot run stops the start before anything is started or written. */
class LocalCloudStartTest {

  @Test
  void aStreamOfATableTheTemplateDoesNotDeclareFailsTheStartNamingIt(@TempDir Path dir) throws IOException {
    Path template = dir.resolve("template.yaml");
    Files.writeString(template, """
            Resources:
              ArticlesTable:
                Type: AWS::DynamoDB::Table
                Properties:
                  KeySchema: [{AttributeName: pk, KeyType: HASH}]
                  AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]
              SiteBucket:
                Type: AWS::S3::Bucket
              PublisherFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: dev.gazette.local.fixtures.NotePublisherHandler::handleRequest
                  Events:
                    Changes:
                      Type: DynamoDB
                      Properties: {Stream: !GetAtt ArticleTable.StreamArn, StartingPosition: TRIM_HORIZON}
            """);
    Path data = dir.resolve("data");

    assertThatThrownBy(() -> LocalCloud.start(LocalCloudOptions.forTests(data).withTemplate(template)))
        .hasMessageContaining("PublisherFunction event Changes reads the stream of ArticleTable")
        .hasMessageContaining("[ArticlesTable]");
    assertThat(data).as("no emulator started, no key written").doesNotExist();
  }
}
