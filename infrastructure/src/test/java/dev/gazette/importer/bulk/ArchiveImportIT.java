package dev.gazette.importer.bulk;

import dev.gazette.importer.ImportCommand;
import dev.gazette.importer.ImportProblem;
import dev.gazette.importer.JsonlPosts;
import dev.gazette.importer.SourcePosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.article.Article;
import dev.gazette.article.Author;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.local.SamplePictures;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.publish.ListEntry;
import dev.gazette.publish.ListId;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoArchiveWrites;
import dev.gazette.store.DynamoArticleLists;
import dev.gazette.store.DynamoArticleStore;
import dev.gazette.store.RequestCounter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * ./gazette import jsonl against the local cloud: an archive of French articles (a draft, a
 * scheduled one, a bad line of each kind, a picture present and one missing, old addresses) is
 * imported by a run stopped half-way and one that resumes it; then the table, the pages, the
 * 301s and the report say what a newsroom would expect, the stream never woke the Publisher, and
 * importing again writes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveImportIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PORT_TITLE = "Le port de Tanger s'agrandit";
  private static final String MEDINA_TITLE = "Fès restaure sa médina";
  private static final String[] ARCHIVE = {
      """
      {"sourceId": "101", "title": "Le port de Tanger s'agrandit", "summary": "Deux nouveaux quais en 2021.", \
      "body": "Le port prépare deux quais.\\n\\n![Les grues](/wp-content/uploads/2019/03/grues.jpg)\\n\\nLes travaux commencent.", \
      "author": "Nadia Benali", "location": "Tanger", "topics": ["Économie", "Maroc"], "status": "published", \
      "publishedAt": "2019-03-14T08:30:00Z", "oldPaths": ["/2019/03/14/le-port-de-tanger-s-agrandit/", "/?p=101"], \
      "picture": {"file": "2019/03/port.jpg", "alt": "Le port de Tanger au lever du jour", "caption": "Le port", "credit": "Archives"}, \
      "pictures": [{"url": "/wp-content/uploads/2019/03/grues.jpg", "file": "2019/03/grues.jpg", "alt": "Les grues"}]}""",
      """
      {"sourceId": "102", "title": "Fès restaure sa médina", "body": "Les artisans reviennent.", \
      "topics": ["Culture"], "status": "published", "publishedAt": "2020-05-02T10:00:00Z", "oldPaths": ["/2020/05/02/fes-medina"]}""",
      "{\"sourceId\": \"103\", \"title\": \"Coupure\", ",
      "{\"sourceId\": \"104\", \"body\": \"Sans titre.\", \"topics\": [\"Culture\"], \"status\": \"published\"}",
      "{\"sourceId\": \"105\", \"title\": \"Date\", \"body\": \"Texte.\", \"topics\": [\"Culture\"], \"status\": \"published\", \"publishedAt\": \"le 3 mars\"}",
      "{\"sourceId\": \"106\", \"title\": \"Long\", \"body\": \"" + "mot ".repeat(25_001) + "\", \"topics\": [\"Culture\"], \"status\": \"draft\"}",
      "{\"sourceId\": \"107\", \"title\": \"Champ\", \"body\": \"Texte.\", \"topics\": [\"Culture\"], \"status\": \"draft\", \"tags\": [\"x\"]}",
      """
      {"sourceId": "108", "title": "Fès restaure sa médina", "body": "Un second article du même titre.", \
      "topics": ["Culture"], "status": "published", "publishedAt": "2020-06-01T10:00:00Z"}""",
      """
      {"sourceId": "109", "title": "Agadir accueille un sommet", "body": "Les délégations arrivent.", \
      "author": "Nadia Benali", "topics": ["Économie"], "status": "published", "publishedAt": "2021-09-20T07:00:00Z"}""",
      """
      {"sourceId": "110", "title": "Brouillon : le budget de la ville", "body": "À relire.", \
      "topics": ["Économie"], "status": "draft", "picture": {"file": "2019/03/port.jpg"}}""",
      """
      {"sourceId": "111", "title": "Le tramway de Rabat en 2099", "body": "Annoncé.", \
      "topics": ["Transport"], "status": "published", "publishAt": "2099-01-01T08:00:00Z"}"""};

  private static LocalCloud cloud;
  private static Map<String, String> env;
  private static Path uploads;
  private static Path archive;
  private static Path checkpoint;
  private static ImportReport report;
  private static String resumedOutput;
  private static final List<String> stoppedAt = new ArrayList<>();

  @BeforeAll
  static void importAnArchiveStoppedHalfWayThenResumed() throws Exception {
    Path data = Files.createTempDirectory("gazette-import");
    cloud = LocalCloud.start(LocalCloudOptions.forTests(data));
    env = ImportCommand.localEnvironment(data);
    uploads = data.resolve("uploads");
    Files.createDirectories(uploads.resolve("2019/03"));
    Files.write(uploads.resolve("2019/03/port.jpg"), SamplePictures.jpeg(0));
    archive = data.resolve("archive.jsonl");
    Files.write(archive, List.of(ARCHIVE), StandardCharsets.UTF_8);
    checkpoint = data.resolve("import-checkpoint.json");

    // Stopped once after the second batch's articles, before their lists; once in the third
    // batch, after its slug claims and revisions, before its articles.
    AtomicInteger articleSteps = new AtomicInteger();
    assertThatThrownBy(() -> run(new ByteArrayOutputStream(), null).onStep(step -> {
      stoppedAt.add(step);
      if (step.equals("articles") && articleSteps.incrementAndGet() == 2) {
        throw new IllegalStateException("killed");
      }
    }).run(posts(), ImportCommand.hash(archive), checkpoint)).hasMessage("killed");
    assertThatThrownBy(() -> run(new ByteArrayOutputStream(), null).onStep(step -> {
      stoppedAt.add(step);
      if (step.equals("companions")) {
        throw new IllegalStateException("killed again");
      }
    }).run(posts(), ImportCommand.hash(archive), checkpoint)).hasMessage("killed again");
    assertThat(checkpoint).exists();

    ByteArrayOutputStream output = new ByteArrayOutputStream();
    report = run(output, null).run(posts(), ImportCommand.hash(archive), checkpoint);
    resumedOutput = output.toString(StandardCharsets.UTF_8);
  }

  private static ArchiveImportRun run(ByteArrayOutputStream output, RequestCounter counter) {
    AwsClients aws = new AwsClients(env);
    DynamoDbClient dynamo = counter == null ? aws.dynamoDb() : LocalAws.dynamoDbClient(cloud.dynamoDbEndpoint(), counter);
    S3Client s3 = counter == null ? aws.s3() : LocalAws.s3Client(cloud.s3Endpoint(), counter);
    return new ArchiveImportRun(env, dynamo, s3, ArchiveImportRun.redirects(aws, env.get("REDIRECTS_KVS_ARN")),
        uploads, "La rédaction", new PrintStream(output, true, StandardCharsets.UTF_8)).withBatchSize(2);
  }

  private static SourcePosts posts() throws Exception {
    return new JsonlPosts().read(archive);
  }

  @AfterAll
  static void stop() {
    cloud.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(cloud.cdnUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Article article(String sourceId, String date) {
    return new DynamoArticleStore(cloud.dynamoDbClient(), cloud.tableName())
        .find(ImportIds.article(date == null ? null : Instant.parse(date), sourceId)).orElseThrow();
  }

  @Test
  void theReportSaysWhatWasImportedSkippedRenamedAndMissing() {
    assertThat(stoppedAt).as("two runs stopped half-way").containsExactly("companions", "redirects", "articles", "lists",
        "companions", "redirects", "articles", "companions");
    assertThat(resumedOutput).contains("resuming: 4 of 6 posts already done", "6/6 posts", "posts/s");
    assertThat(report.imported).containsExactlyInAnyOrderEntriesOf(Map.of("published", 4, "draft", 1, "scheduled", 1));
    assertThat(report.skipped).extracting(ImportProblem::where).containsExactly("line 3", "line 4", "line 5", "line 6", "line 7");
    assertThat(report.slugsChanged).singleElement().satisfies(changed -> {
      assertThat(changed.where()).isEqualTo("post 108");
      assertThat(changed.reason()).contains("fes-restaure-sa-medina-2");
    });
    assertThat(report.imagesMissing).singleElement().satisfies(missing -> {
      assertThat(missing.where()).isEqualTo("post 101");
      assertThat(missing.reason()).contains("2019/03/grues.jpg");
    });
    assertThat(resumedOutput).contains("skipped: 5", "line 4: title is required", "images missing: 1", "shortcodes dropped: none");
  }

  @Test
  void theTableHoldsEachArticleOnceAsTheDeskWouldHaveSavedIt() {
    Article port = article("101", "2019-03-14T08:30:00Z");
    assertThat(port.title()).isEqualTo(PORT_TITLE);
    assertThat(port.version()).isEqualTo(1);
    assertThat(port.status()).isEqualTo(Status.PUBLISHED);
    assertThat(port.publishedAt()).isEqualTo(Instant.parse("2019-03-14T08:30:00Z"));
    assertThat(port.author()).isEqualTo("Nadia Benali");
    assertThat(port.image()).isNotNull();
    assertThat(port.image().alt()).isEqualTo("Le port de Tanger au lever du jour");
    assertThat(port.body()).as("the missing picture is left out").doesNotContain("grues").contains("Les travaux commencent.");
    assertThat(article("110", null).status()).isEqualTo(Status.DRAFT);
    assertThat(article("110", null).author()).isEqualTo("La rédaction");
    assertThat(article("111", "2099-01-01T08:00:00Z").status()).isEqualTo(Status.SCHEDULED);
    assertThat(article("108", "2020-06-01T10:00:00Z").slug().value()).isEqualTo("fes-restaure-sa-medina-2");

    DynamoArticleLists lists = new DynamoArticleLists(cloud.dynamoDbClient(), cloud.tableName());
    assertThat(lists.latest(ListId.site(), 20)).extracting(ListEntry::id).as("listed once, the stopped batch too")
        .doesNotHaveDuplicates().hasSize(4);
    assertThat(lists.latest(ListId.topic(new Slug("culture")), 20)).hasSize(2);
    assertThat(lists.sizes(List.of(ListId.site(), ListId.topic(new Slug("culture")))))
        .containsEntry(ListId.site(), 4L).containsEntry(ListId.topic(new Slug("culture")), 2L);
    Slug nadia = Author.ofByline("Nadia Benali").orElseThrow().slug();
    assertThat(lists.latest(ListId.author(nadia), 20)).hasSize(2);
  }

  @Test
  void theRebuiltSiteShowsThePublishedArticlesAndNothingElse() throws Exception {
    HttpResponse<String> port = get("/articles/" + Slug.fromTitle(PORT_TITLE).value() + "/");
    assertThat(port.statusCode()).isEqualTo(200);
    assertThat(port.body()).contains("Le port de Tanger au lever du jour", "/media/", "Les travaux commencent.");
    assertThat(get("/topics/culture/").body()).contains("Fès restaure sa médina", "/articles/fes-restaure-sa-medina-2/");
    Slug nadia = Author.ofByline("Nadia Benali").orElseThrow().slug();
    assertThat(get("/auteurs/" + nadia.value() + "/").body()).contains("Agadir accueille un sommet");
    assertThat(get("/").body()).contains("Agadir accueille un sommet");
    assertThat(get("/articles/" + Slug.fromTitle("Brouillon : le budget de la ville").value() + "/").statusCode()).isEqualTo(404);
    assertThat(get("/articles/" + Slug.fromTitle("Le tramway de Rabat en 2099").value() + "/").statusCode()).isEqualTo(404);
    assertThat(cloud.s3Client().listObjectsV2(request -> request.bucket(cloud.bucketName()).prefix("articles/")).contents())
        .noneMatch(object -> object.key().contains("brouillon") || object.key().contains("tramway"));
  }

  @Test
  void everyOldAddressAnswers301ToTheArticlesNewPage() throws Exception {
    String port = "/articles/" + Slug.fromTitle(PORT_TITLE).value() + "/";
    for (String old : List.of("/2019/03/14/le-port-de-tanger-s-agrandit/", "/?p=101")) {
      HttpResponse<String> moved = get(old);
      assertThat(moved.statusCode()).as(old).isEqualTo(301);
      assertThat(moved.headers().firstValue("Location").orElseThrow()).as(old).endsWith(port);
    }
    HttpResponse<String> medina = get("/2020/05/02/fes-medina");
    assertThat(medina.statusCode()).isEqualTo(301);
    assertThat(medina.headers().firstValue("Location").orElseThrow()).endsWith("/articles/fes-restaure-sa-medina/");
    assertThat(report.redirects).isEqualTo(3);
  }

  @Test
  @Order(1)
  void noArticleTheImportWroteWokeThePublisher() {
    DynamoDbStreamsClient streams = LocalAws.streamsClient(cloud.dynamoDbEndpoint());
    String arn = cloud.dynamoDbClient().describeTable(request -> request.tableName(cloud.tableName()))
        .table().latestStreamArn();
    String shard = streams.describeStream(request -> request.streamArn(arn)).streamDescription().shards().get(0).shardId();
    String iterator = streams.getShardIterator(request -> request.streamArn(arn).shardId(shard)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    List<Record> articles = new ArrayList<>();
    for (int page = 0; iterator != null && page < 1000; page++) {
      String at = iterator;
      var records = streams.getRecords(request -> request.shardIterator(at));
      if (records.records().isEmpty()) {
        break;
      }
      records.records().stream().filter(record -> record.dynamodb().keys().get("pk").s().startsWith("ARTICLE#"))
          .forEach(articles::add);
      iterator = records.nextShardIterator();
    }
    assertThat(articles).as("the import wrote its six articles").hasSize(6);
    assertThat(articles).allSatisfy(record -> {
      assertThat(record.eventNameAsString()).isEqualTo("INSERT");
      assertThat(record.dynamodb().newImage()).containsKey(DynamoArchiveWrites.BULK_IMPORTED);
    });
  }

  @Test
  @Order(2)
  void importingTheSameFileAgainWritesNothing() throws Exception {
    RequestCounter counter = new RequestCounter();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    ArchiveImportRun again = run(output, counter);
    ImportReport second = again.run(posts(), ImportCommand.hash(archive), checkpoint);
    assertThat(second.importedCount()).isZero();
    assertThat(second.alreadyThere).isEqualTo(6);
    assertThat(second.redirects).isZero();
    assertThat(counter.requests().keySet()).as(counter.requests().toString())
        .noneMatch(operation -> operation.matches(".*(Put|Write|Update|Delete|Copy).*"));
    assertThat(again.rebuilt().written()).as("the rebuild found every page as it was").isZero();
    assertThat(article("101", "2019-03-14T08:30:00Z").version()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void anEditorsLaterEditOfAnImportedArticleIsPublishedAsUsual() throws Exception {
    Article agadir = article("109", "2021-09-20T07:00:00Z");
    HttpResponse<String> edited = HTTP.send(HttpRequest.newBuilder(URI.create(cloud.apiUrl() + "/articles/" + agadir.id()))
        .header("Authorization", "Bearer " + cloud.editorToken()).header("Content-Type", "application/json")
        .header("If-Match", "\"1\"")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Agadir accueille un sommet africain\", "
            + "\"body\": \"Les délégations arrivent.\", \"topics\": [\"Économie\"], \"status\": \"published\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    cloud.awaitPublished();
    assertThat(get("/").body()).contains("Agadir accueille un sommet africain");
    assertThat(get("/articles/agadir-accueille-un-sommet/").body()).contains("Agadir accueille un sommet africain");
    assertThat(get("/auteurs/" + Author.ofByline("Nadia Benali").orElseThrow().slug().value() + "/").body())
        .contains("Agadir accueille un sommet africain");
  }
}
