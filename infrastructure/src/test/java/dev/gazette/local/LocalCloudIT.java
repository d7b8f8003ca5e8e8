package dev.gazette.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition, with small fixture functions standing in for Gazette's: API → table → stream → bucket → CDN. */
class LocalCloudIT {

  private static final String TEMPLATE = """
          Parameters:
            SiteUrl: {Type: String, Default: https://news.example.org}
          Globals:
            Function:
              Environment:
                Variables:
                  TABLE_NAME: !Ref ArticlesTable
                  BUCKET_NAME: !Ref SiteBucket
                  SITE_URL: !Ref SiteUrl
          Resources:
            NotesApiFunction:
              Type: AWS::Serverless::Function
              Properties:
                Handler: dev.gazette.local.fixtures.NoteApiHandler::handleRequest
                Events:
                  PutNote: {Type: HttpApi, Properties: {Method: PUT, Path: "/notes/{id}"}}
            NotesPublisherFunction:
              Type: AWS::Serverless::Function
              Properties:
                Handler: dev.gazette.local.fixtures.NotePublisherHandler::handleRequest
                Events:
                  Changes:
                    Type: DynamoDB
                    Properties:
                      Stream: !GetAtt ArticlesTable.StreamArn
                      StartingPosition: TRIM_HORIZON
                      BatchSize: 10
                      MaximumBatchingWindowInSeconds: 1
                      FunctionResponseTypes: [ReportBatchItemFailures]
            ArticlesTable:
              Type: AWS::DynamoDB::Table
              Properties:
                AttributeDefinitions:
                  - {AttributeName: pk, AttributeType: S}
                  - {AttributeName: sk, AttributeType: S}
                KeySchema:
                  - {AttributeName: pk, KeyType: HASH}
                  - {AttributeName: sk, KeyType: RANGE}
                StreamSpecification: {StreamViewType: NEW_AND_OLD_IMAGES}
            SiteBucket:
              Type: AWS::S3::Bucket
          """;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aNotePutThroughTheApiIsServedByTheCdnAndSurvivesARestart(@TempDir Path dataDir) throws Exception {
    Path template = dataDir.resolve("template.yaml");
    Files.writeString(template, TEMPLATE);
    LocalCloudOptions options = LocalCloudOptions.forTests(dataDir.resolve("data")).withTemplate(template);
    String tokenBefore;
    try (LocalCloud cloud = LocalCloud.start(options)) {
      tokenBefore = cloud.editorToken();
      HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/notes/n1"))
          .header("Authorization", "Bearer " + cloud.editorToken())
          .PUT(HttpRequest.BodyPublishers.ofString("Bonjour")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(created.body()).contains("\"siteUrl\":\"" + cloud.cdnUrl() + "\"");

      cloud.awaitPublished();

      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(cloud.cdnUrl() + "/notes/n1/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<p>Bonjour</p>", cloud.cdnUrl() + "/notes/n1/");
      assertThat(cloud.tableName()).isEqualTo("gazette-local-ArticlesTable");
      assertThat(cloud.bucketName()).isEqualTo("gazette-local-sitebucket");
      assertThat(Files.readString(dataDir.resolve("data/editor.jwt")).trim()).isEqualTo(cloud.editorToken());
    }
    try (LocalCloud cloud = LocalCloud.start(options)) {
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(cloud.cdnUrl() + "/notes/n1/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.body()).contains("<p>Bonjour</p>");
      assertThat(cloud.dynamoDbClient().scan(s -> s.tableName(cloud.tableName())).count()).isEqualTo(1);
      HttpResponse<String> withOldToken = http.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/notes/n2"))
          .header("Authorization", "Bearer " + tokenBefore)
          .PUT(HttpRequest.BodyPublishers.ofString("Encore")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(withOldToken.statusCode()).as("a token minted before the restart").isEqualTo(201);
      cloud.awaitPublished();
      assertThat(cloud.s3Client().listObjectsV2(l -> l.bucket(cloud.bucketName())).contents()).hasSize(2);
    }
  }
}
