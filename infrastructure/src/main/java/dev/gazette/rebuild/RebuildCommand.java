package dev.gazette.rebuild;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.local.LocalCloud;
import dev.gazette.publish.PublishCounters;
import dev.gazette.store.AwsClients;
import dev.gazette.store.DynamoRebuildProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code ./gazette rebuild}: re-renders every published page of a site, locally (against a
 * running {@code ./gazette up}) or on AWS (the Publisher's variables in the environment).
 */
public final class RebuildCommand {
  static final String USAGE = """
      Usage: ./gazette rebuild [--data DIR] [--segments N] [--checkpoint FILE]
             ./gazette rebuild --aws [--segments N] [--checkpoint FILE]
             ./gazette rebuild [--aws] --chunks N [--run ID] [--force]
        (local)     the site of a running ./gazette up (its data directory, default .gazette)
        --aws       the tables and bucket named by TABLE_NAME, SEARCH_TABLE_NAME and BUCKET_NAME, with SITE_URL,
                    SITE_NAME, SITE_LANGUAGE, SITE_TIMEZONE, IMAGE_HOSTS as the Publisher has them,
                    AWS_REGION and the usual credentials (see the README's operations section)
        --segments  parallel scan segments, one worker each (default 4)
        --force     write every page, even those the ledger records as unchanged (after
                    objects were deleted from the bucket by hand)
        --checkpoint  where progress is saved (default <data>/rebuild-checkpoint.json or
                    rebuild-<table>.json); an interrupted run resumes from it
        --chunks    fan the rebuild out: N chunks (scan segments) queued for the rebuild function
                    (REBUILD_QUEUE_URL on AWS; the local cloud's own queue), progress followed in
                    the table; --run names the run (default rebuild-<time>), the same --run again
                    queues its chunks again
      """;

  private RebuildCommand() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(".gazette");
    boolean aws = false;
    boolean force = false;
    int segments = 4;
    Path checkpoint = null;
    Integer chunks = null;
    String run = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--aws" -> aws = true;
        case "--force" -> force = true;
        case "--data" -> data = Path.of(value(args, ++i));
        case "--segments" -> segments = Integer.parseInt(value(args, ++i));
        case "--checkpoint" -> checkpoint = Path.of(value(args, ++i));
        case "--chunks" -> chunks = Integer.parseInt(value(args, ++i));
        case "--run" -> run = value(args, ++i);
        case "-h", "--help" -> {
          System.out.print(USAGE);
          return;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
    }
    if (chunks != null) {
      if (chunks < 1) {
        throw new IllegalArgumentException("--chunks needs at least 1 chunk, not " + chunks + "\n" + USAGE);
      }
      fanOut(aws ? System.getenv() : localRebuildEnvironment(data),
          run == null ? "rebuild-" + System.currentTimeMillis() : run, chunks, force);
      return;
    }
    Map<String, String> env = aws ? System.getenv() : localEnvironment(data);
    if (checkpoint == null) {
      checkpoint = aws ? Path.of("rebuild-" + env.get("TABLE_NAME") + ".json") : data.resolve("rebuild-checkpoint.json");
    }
    PublishCounters counters = new PublishCounters();
    long started = System.nanoTime();
    new RebuildRun(env, counters, System.out, force).run(checkpoint, segments);
    System.out.printf("rebuilt in %.1f s: %d pages written, %d unchanged (not written), %d removed%n",
        (System.nanoTime() - started) / 1e9, counters.written(), counters.skipped(), counters.deleted());
  }

  private static void fanOut(Map<String, String> env, String run, int chunks, boolean force) throws Exception {
    AwsClients aws = new AwsClients(env);
    FanOutRebuild fanOut = new FanOutRebuild(new DynamoRebuildProgress(aws.dynamoDb(), aws.required("TABLE_NAME")),
        aws.sqs(), aws.required("REBUILD_QUEUE_URL"), System.out);
    fanOut.start(run, chunks, force);
    fanOut.await(run, Duration.ofHours(6));
  }

  /** The rebuild function's environment in the running local cloud: its queue on the local SQS. */
  private static Map<String, String> localRebuildEnvironment(Path data) throws IOException {
    Path file = data.resolve(LocalCloud.REBUILD_ENVIRONMENT_FILE);
    if (!Files.exists(file)) {
      throw new IllegalStateException("no local cloud with a rebuild queue is running on " + data.toAbsolutePath()
          + ": start ./gazette up first (or pass --aws)");
    }
    return new ObjectMapper().readValue(file.toFile(), new TypeReference<Map<String, String>>() { });
  }

  /** The Publisher's environment in the running local cloud, which it saves at start-up. */
  public static Map<String, String> localEnvironment(Path data) throws IOException {
    Path file = data.resolve(LocalCloud.PUBLISHER_ENVIRONMENT_FILE);
    if (!Files.exists(file)) {
      throw new IllegalStateException("no local cloud is running on " + data.toAbsolutePath()
          + ": start ./gazette up first (or pass --aws)");
    }
    return new ObjectMapper().readValue(file.toFile(), new TypeReference<Map<String, String>>() { });
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value");
    }
    return args[index];
  }
}
