package dev.gazette.bench.live;

import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.local.LocalCloud;
import dev.gazette.local.LocalCloudOptions;
import dev.gazette.local.ProjectRoot;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.Site;
import dev.gazette.site.SitePaths;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * {@code ./gazette bench live}: the local cloud end to end, as an editor and a reader meet it.
 * It starts a fresh local cloud (empty table, temporary data folder), then times publishes one
 * at a time from POST to the page answered by the CDN stand-in, and a burst of parallel
 * publishes into one topic until every article page and the topic page listing them are live.
 */
public final class LiveBench {
  private static final Duration SINGLE_POLL = Duration.ofMillis(10);
  private static final Duration BURST_POLL = Duration.ofMillis(25);
  private static final Duration GIVE_UP = Duration.ofMinutes(3);

  private final LocalCloud cloud;
  private final EditorClient editor;
  private final OriginBucket origin;
  private final CdnReader reader;
  private final SitePaths paths;

  private LiveBench(LocalCloud cloud) {
    this.cloud = cloud;
    this.editor = new EditorClient(cloud.apiUrl(), cloud.editorToken());
    this.origin = new OriginBucket(cloud.s3Client(), cloud.bucketName());
    this.reader = new CdnReader(cloud.cdnUrl());
    this.paths = new SitePaths(Site.from(Map.of("SITE_URL", cloud.cdnUrl().toString())));
  }

  public static void main(String[] args) throws Exception {
    LiveOptions options = LiveOptions.parse(args);
    // The functions print metrics lines on stdout: keep stdout for the figures.
    PrintStream figures = System.out;
    System.setOut(System.err);
    Path data = Files.createTempDirectory("gazette-bench-live");
    try {
      LocalCloudOptions cloudOptions = new LocalCloudOptions(options.port(0), options.port(1),
          options.port(2), options.port(3), options.port(4), data, ProjectRoot.find().resolve("template.yaml"),
          LocalCloudOptions.Samples.NEVER, true, null);
      try (LocalCloud cloud = LocalCloud.start(cloudOptions)) {
        LiveBench bench = new LiveBench(cloud);
        for (int i = 0; i < options.warmup(); i++) {
          bench.publishOne("Échauffement " + i);
        }
        List<PublishTiming> publishes = new ArrayList<>();
        for (int i = 0; i < options.publishes(); i++) {
          publishes.add(bench.publishOne("Essai " + i));
        }
        BurstTiming burst = bench.burst(options.burst());
        figures.print(LiveReport.format(options, publishes, burst));
      }
    } finally {
      deleteTree(data);
    }
  }

  /** One POST, then the page: first in the origin bucket (HEAD), then once through the CDN. */
  private PublishTiming publishOne(String label) throws InterruptedException {
    long start = System.nanoTime();
    EditorClient.Posted posted = editor.publish(label + " : le conseil vote le projet du tramway", "Transport");
    Slug slug = Slug.parse(posted.slug()).orElseThrow();
    String key = paths.articleKey(slug, OutputFormat.HTML);
    long inOrigin = awaitTrue(() -> origin.has(key), SINGLE_POLL, key + " in the bucket");
    String path = paths.articlePath(slug, OutputFormat.HTML);
    long atCdn = awaitTrue(() -> reader.get(path).statusCode() == 200, SINGLE_POLL, path + " at the CDN");
    // The next publish starts on an idle pipeline: the shared pages of this one are written by then.
    cloud.awaitPublished();
    return new PublishTiming(millis(posted.answeredNanos() - start), millis(inOrigin - start), millis(atCdn - start));
  }

  /** {@code size} POSTs at once into a new topic, until all their pages and the topic page listing them are live. */
  private BurstTiming burst(int size) throws InterruptedException, ExecutionException {
    Topic topic = Topic.named("Rafale en direct");
    ExecutorService editors = Executors.newFixedThreadPool(size);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<EditorClient.Posted>> posts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String title = "Rafale " + i + " : la ville ouvre une nouvelle ligne";
      posts.add(editors.submit(() -> {
        go.await();
        return editor.publish(title, topic.name());
      }));
    }
    long start = System.nanoTime();
    go.countDown();
    List<EditorClient.Posted> posted = new ArrayList<>();
    for (Future<EditorClient.Posted> post : posts) {
      posted.add(post.get());
    }
    editors.shutdown();
    long lastAnswer = posted.stream().mapToLong(EditorClient.Posted::answeredNanos).max().orElseThrow();

    List<Slug> slugs = posted.stream().map(post -> Slug.parse(post.slug()).orElseThrow()).toList();
    Map<String, Long> pageSeen = new HashMap<>();
    String topicKey = paths.topic(topic.slug()).key(OutputFormat.HTML);
    long[] topicComplete = {0};
    awaitTrue(() -> {
      var present = origin.keysUnder("articles/");
      long now = System.nanoTime();
      slugs.stream().map(slug -> paths.articleKey(slug, OutputFormat.HTML)).filter(present::contains)
          .forEach(key -> pageSeen.putIfAbsent(key, now));
      if (topicComplete[0] == 0 && origin.text(topicKey).filter(text -> listsAll(text, slugs)).isPresent()) {
        topicComplete[0] = System.nanoTime();
      }
      return pageSeen.size() == slugs.size() && topicComplete[0] != 0;
    }, BURST_POLL, "the burst's pages in the bucket");

    // Then readers: every page once through the CDN, all at once, asked only now that the origin has them.
    int[] retries = {0};
    String topicPath = paths.topic(topic.slug()).path(OutputFormat.HTML);
    Set<String> pending = new LinkedHashSet<>(slugs.stream().map(slug -> paths.articlePath(slug, OutputFormat.HTML)).toList());
    pending.add(topicPath);
    long allAtCdn = awaitTrue(() -> {
      reader.getAll(pending).forEach((path, page) -> {
        boolean live = page.statusCode() == 200 && (!path.equals(topicPath) || listsAll(page.body(), slugs));
        if (live) {
          pending.remove(path);
        } else {
          retries[0]++;
        }
      });
      return pending.isEmpty();
    }, BURST_POLL, "the burst's pages at the CDN");
    long first = pageSeen.values().stream().min(Comparator.naturalOrder()).orElseThrow();
    long last = pageSeen.values().stream().max(Comparator.naturalOrder()).orElseThrow();
    return new BurstTiming(size, millis(lastAnswer - start), millis(first - start), millis(last - start),
        millis(topicComplete[0] - start), millis(allAtCdn - start), retries[0]);
  }

  private boolean listsAll(String topicPage, List<Slug> slugs) {
    return slugs.stream().allMatch(slug -> topicPage.contains(paths.articlePath(slug, OutputFormat.HTML)));
  }

  /** Asks until the condition holds; returns the nanoTime at which the bench saw that it did. */
  private static long awaitTrue(BooleanSupplier condition, Duration interval, String what) throws InterruptedException {
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return System.nanoTime();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("gave up waiting for " + what + " after " + GIVE_UP);
      }
      Thread.sleep(interval.toMillis());
    }
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
