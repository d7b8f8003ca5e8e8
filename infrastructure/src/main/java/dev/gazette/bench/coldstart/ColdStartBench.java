package dev.gazette.bench.coldstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleIds;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.article.PictureLibrary;
import dev.gazette.local.LocalResources;
import dev.gazette.local.ProjectRoot;
import dev.gazette.local.aws.Dynoxide;
import dev.gazette.local.aws.DynoxideBinary;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.aws.S3Server;
import dev.gazette.local.lambda.LocalEndpoints;
import dev.gazette.local.lambda.LocalFunction;
import dev.gazette.local.template.FunctionDefinition;
import dev.gazette.local.template.StackTemplate;
import dev.gazette.site.Site;
import dev.gazette.store.DynamoArticleStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code ./gazette bench coldstart}: what a cold start costs each function. Fresh JVMs with the
 * flags Lambda's Java runtime uses, on the function's own artifact, build the handler and answer
 * one request (an editor's POST; a batch of five new articles for the Publisher), against
 * dynoxide and S3Proxy; a hello-world handler on the same flags is the yardstick. Then, in one
 * JVM each, the CRaC hooks a SnapStart snapshot runs, and the first request after them.
 */
public final class ColdStartBench {
  private static final Editor EDITOR = new Editor("bench", "La rédaction");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 5;
  // About 600 words of French, as a news article is: Markdown, the sanitizer and the analyzer all work.
  private static final String BODY = ("La **municipalité** a présenté mardi le projet d’une nouvelle médiathèque, "
      + "ouverte le soir et le dimanche, au cœur d’un quartier où l’on attendait un tel lieu depuis des années. "
      + "Les habitants, consultés l’hiver dernier, ont demandé des salles d’étude et [un café](https://example.org/).\n\n")
      .repeat(12);

  private final Path work;
  private final Path root;
  private final Path artifact;
  private final List<String> jvmOptions;
  private final Map<String, String> apiEnvironment;
  private final Map<String, String> publisherEnvironment;
  private final FunctionDefinition api;
  private final FunctionDefinition publisher;
  private final EditorDesk desk;

  private ColdStartBench(Path work, Path root, Path artifact, List<String> jvmOptions, StackTemplate stack, Dynoxide dynoxide,
      S3Server s3Server, DynamoDbClient dynamo) {
    this.work = work;
    this.root = root;
    this.artifact = artifact;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.api = stack.function("ArticlesApiFunction");
    this.publisher = stack.function("PublisherFunction");
    this.apiEnvironment = LocalFunction.environment(api, LocalEndpoints.of(dynoxide.endpoint(), s3Server.endpoint()));
    this.publisherEnvironment = LocalFunction.environment(publisher,
        LocalEndpoints.of(dynoxide.endpoint(), s3Server.endpoint()));
    Clock clock = Clock.systemUTC();
    this.desk = new EditorDesk(new DynamoArticleStore(dynamo, stack.table().tableName()), new ArticleIds(clock),
        clock, Site.from(Map.of("SITE_URL", "https://news.example.org")).locale(), PictureLibrary.EMPTY);
  }

  public static void main(String[] args) throws Exception {
    int runs = 5;
    Path root = ProjectRoot.find();
    Path artifact = null;
    int ports = 0;
    List<String> jvmOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--artifact" -> artifact = Path.of(args[++i]);
        case "--ports" -> ports = Integer.parseInt(args[++i]);
        // Added to every fresh JVM's flags, to look inside one: -Xlog:class+load, a flight recording.
        case "--jvm-option" -> jvmOptions.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: ./gazette bench coldstart [--runs 5] [--artifact functions/target/...-lambda.jar] [--ports N] [--jvm-option X]...");
      }
    }
    if (artifact == null) {
      try (var jars = Files.list(root.resolve("functions/target"))) {
        artifact = jars.filter(jar -> jar.getFileName().toString().endsWith("-lambda.jar")).findFirst()
            .orElseThrow(() -> new IllegalStateException("no functions/target/*-lambda.jar: build first"));
      }
    }
    StackTemplate stack = StackTemplate.load(root.resolve("template.yaml"), "gazette-coldstart",
        Map.of("SiteUrl", "https://news.example.org"));
    Path work = Files.createTempDirectory("gazette-coldstart");
    // --ports N: dynoxide on N, S3Proxy on N + 1 (a shared machine's range); any free ports without.
    try (Dynoxide dynoxide = new Dynoxide(DynoxideBinary.locate(System.getenv(), Path.of("")), null, ports).start();
        S3Server s3Server = S3Server.inMemory(ports == 0 ? 0 : ports + 1).start();
        DynamoDbClient dynamo = LocalAws.dynamoDbClient(dynoxide.endpoint());
        S3Client s3 = s3Server.client()) {
      stack.tables().forEach(table -> LocalResources.ensureTable(dynamo, table));
      stack.buckets().values().forEach(bucket -> LocalResources.ensureBucket(s3, bucket));
      new ColdStartBench(work, root, artifact, jvmOptions, stack, dynoxide, s3Server, dynamo).run(runs);
    }
  }

  private void run(int runs) throws Exception {
    System.out.printf("artifact %s (%.1f MB); %d fresh JVMs each; medians in ms%n%n", artifact.getFileName(),
        Files.size(artifact) / 1e6, runs);
    Measured hello = measure("hello-world", HelloWorldHandler.class.getName(), helloClassPath(), api.memorySize(),
        runs, i -> apiEvent("Bonjour " + i), Start.COLD);
    Measured editor = measure("editor API (POST /articles)", "dev.gazette.handlers.ArticlesApiHandler",
        functionClassPath(), api.memorySize(), runs, i -> apiEvent("Démarrage à froid " + i), Start.COLD);
    Measured batch = measure("Publisher (batch of " + BATCH + " new articles)", "dev.gazette.handlers.PublisherHandler",
        functionClassPath(), publisher.memorySize(), runs, i -> publisherEvent(), Start.COLD);
    Measured editorPrimed = measure("editor API after priming", "dev.gazette.handlers.ArticlesApiHandler",
        functionClassPath(), api.memorySize(), runs, i -> apiEvent("Après amorçage " + i), Start.PRIMED);
    Measured batchPrimed = measure("Publisher after priming", "dev.gazette.handlers.PublisherHandler",
        functionClassPath(), publisher.memorySize(), runs, i -> publisherEvent(), Start.PRIMED);
    Measured editorWarm = measure("editor API, second request", "dev.gazette.handlers.ArticlesApiHandler",
        functionClassPath(), api.memorySize(), runs, i -> apiEvent("Deuxième requête " + i), Start.WARM);
    Measured batchWarm = measure("Publisher, second batch", "dev.gazette.handlers.PublisherHandler",
        functionClassPath(), publisher.memorySize(), runs, i -> publisherEvent(), Start.WARM);

    System.out.printf("%nfunction                               JVM start→answer   init  first request   ÷ hello-world%n");
    System.out.printf("(JVM start→answer leaves out the runtime's deserialization of the event, the same for all)%n");
    for (Measured m : List.of(hello, editor, batch)) {
      System.out.printf("%-38s %10.0f %10.0f %10.0f %12.1f×%n", m.name(), m.wall(), m.init(), m.first(),
          m.wall() / hello.wall());
    }
    System.out.printf("%nfirst request after priming (what a SnapStart restore runs):%n");
    for (Measured m : List.of(editorPrimed, batchPrimed)) {
      System.out.printf("%-38s %s%n", m.name(), m.failed() ? "no priming hooks in this artifact"
          : String.format("%.0f ms (priming took %.0f ms before the snapshot)", m.first(), m.init()));
    }
    System.out.printf("%nthe same request once the JVM has answered one (what no priming can beat):%n");
    for (Measured m : List.of(editorWarm, batchWarm)) {
      System.out.printf("%-38s %.0f ms%n", m.name(), m.first());
    }
  }

  /** Median figures of {@code runs} fresh JVMs, each answering the event {@code events} makes for it. */
  private Measured measure(String name, String handler, String classPath, int memoryMb, int runs,
      IntFunction<String> events, Start start) throws Exception {
    List<Double> walls = new ArrayList<>();
    List<Double> inits = new ArrayList<>();
    List<Double> firsts = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Path event = work.resolve("event-" + System.nanoTime() + ".json");
      Files.writeString(event, events.apply(i));
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      command.addAll(lambdaFlags(memoryMb));
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", classPath, ColdStartProbe.class.getName(), handler, event.toString()));
      command.add(start.name().toLowerCase(Locale.ROOT));
      if (start == Start.WARM) {
        Path second = work.resolve("event-" + System.nanoTime() + ".json");
        Files.writeString(second, events.apply(runs + i));
        command.add(second.toString());
      }
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().clear();
      builder.environment().putAll(handler.equals(HelloWorldHandler.class.getName()) ? Map.of()
          : handler.endsWith("PublisherHandler") ? publisherEnvironment : apiEnvironment);
      long started = System.nanoTime();
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes());
      process.waitFor();
      double wall = (System.nanoTime() - started) / 1e6;
      String probe = output.lines().filter(line -> line.startsWith("probe ")).findFirst().orElse(null);
      if (probe == null) {
        System.err.printf("%s: the JVM gave no figures (exit %d): %s%n", name, process.exitValue(),
            output.lines().filter(line -> line.contains("Exception")).findFirst().orElse(output.strip()));
        return new Measured(name, 0, 0, 0, true);
      }
      String[] parts = probe.split(" ", 5);
      // The runtime's deserialization is the same work for every function: left out of the total.
      wall -= Long.parseLong(parts[3]) / 1e6;
      walls.add(wall);
      inits.add(Long.parseLong(parts[1]) / 1e6);
      firsts.add(Long.parseLong(parts[2]) / 1e6);
      System.err.printf("%s run %d: %.0f ms in all, init %.0f ms, first request %.0f ms -> %s%n", name, i + 1, wall,
          inits.get(i), firsts.get(i), parts.length > 4 ? parts[4] : "");
    }
    return new Measured(name, median(walls), median(inits), median(firsts), false);
  }

  /**
   * What Lambda's java17/java21 runtimes start the JVM with: a heap of 85 % of the function's
   * memory, metaspace 10 %, code cache 5 %, the serial collector, the C1 compiler only, class
   * data sharing and IPv4.
   */
  static List<String> lambdaFlags(int memoryMb) {
    long kb = memoryMb * 1024L;
    return List.of("-XX:MaxHeapSize=" + kb * 85 / 100 + "k", "-XX:MaxMetaspaceSize=" + kb / 10 + "k",
        "-XX:ReservedCodeCacheSize=" + kb / 20 + "k", "-XX:+UseSerialGC", "-Xshare:auto",
        "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true");
  }

  /** The probe and Lambda's own runtime jars (core and serialization), as /var/runtime/lib holds them. */
  private String helloClassPath() throws Exception {
    List<String> entries = new ArrayList<>(List.of(root.resolve("infrastructure/target/classes").toString()));
    try (var jars = Files.list(root.resolve("infrastructure/target/lib"))) {
      jars.map(Path::toString).filter(jar -> jar.contains("aws-lambda-java-core") || jar.contains("aws-lambda-java-serialization"))
          .forEach(entries::add);
    }
    return String.join(File.pathSeparator, entries);
  }

  private String functionClassPath() throws Exception {
    return helloClassPath() + File.pathSeparator + artifact;
  }

  private String apiEvent(String title) {
    ObjectNode body = JSON.createObjectNode().put("title", title + " : " + System.nanoTime())
        .put("summary", "Une mesure du démarrage à froid de l'API des rédacteurs.")
        .put("body", "Un **premier** paragraphe.\n\nUn second, avec [un lien](https://example.org/).")
        .put("location", "Rabat").put("status", "published");
    body.putArray("topics").add("Société").add("Transport");
    ObjectNode event = JSON.createObjectNode().put("version", "2.0").put("routeKey", "POST /articles")
        .put("rawPath", "/articles").put("rawQueryString", "").put("body", body.toString())
        .put("isBase64Encoded", false);
    event.putObject("headers").put("content-type", "application/json");
    ObjectNode context = event.putObject("requestContext").put("requestId", "bench").put("routeKey", "POST /articles")
        .put("stage", "$default");
    context.putObject("http").put("method", "POST").put("path", "/articles");
    context.putObject("authorizer").putObject("jwt").putObject("claims").put("sub", "bench")
        .put("name", "La rédaction").put("scope", "articles:write");
    return event.toString();
  }

  /** A batch of stream records for articles just created (each run its own, so each renders anew). */
  private String publisherEvent() {
    ObjectNode event = JSON.createObjectNode();
    ArrayNode records = event.putArray("Records");
    for (int i = 0; i < BATCH; i++) {
      Article article = desk.create(new ArticleContent("Lot froid " + i + " : " + System.nanoTime(),
          "Un article de la mesure du démarrage à froid.", BODY, null, "Lyon", List.of("Société", "Culture"),
          "published", null, null, null, null), EDITOR);
      ObjectNode record = records.addObject().put("eventID", String.valueOf(System.nanoTime()))
          .put("eventName", "INSERT").put("eventSource", "aws:dynamodb").put("awsRegion", "us-east-1")
          .put("eventSourceARN", "arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/s");
      ObjectNode dynamodb = record.putObject("dynamodb").put("SequenceNumber", String.valueOf(System.nanoTime()))
          .put("StreamViewType", "NEW_AND_OLD_IMAGES").put("SizeBytes", 200)
          .put("ApproximateCreationDateTime", System.currentTimeMillis() / 1000);
      dynamodb.putObject("Keys").putObject("pk").put("S", "ARTICLE#" + article.id());
      dynamodb.with("Keys").putObject("sk").put("S", "ARTICLE");
      ObjectNode image = dynamodb.putObject("NewImage");
      image.putObject("pk").put("S", "ARTICLE#" + article.id());
      image.putObject("slug").put("S", article.slug().value());
    }
    return event.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /**
   * How the request timed finds its JVM: fresh; after the CRaC hooks a SnapStart snapshot runs;
   * or after the JVM answered a first request (a warm function: the floor priming aims at).
   */
  private enum Start { COLD, PRIMED, WARM }

  private record Measured(String name, double wall, double init, double first, boolean failed) {}
}
