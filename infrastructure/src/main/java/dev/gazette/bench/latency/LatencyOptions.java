package dev.gazette.bench.latency;

import java.time.Duration;

/**
 * {@code ./gazette bench latency [--articles 1000] [--changes 10] [--batch 20] [--batches 3]
 * [--dynamo-ms 6] [--s3-put-ms 25] [--s3-get-ms 15] [--ports N]}; {@code ports} is the first of
 * two ports for dynoxide and S3Proxy, 0 for any free ones.
 */
record LatencyOptions(int articles, int changes, int batchSize, int batches, RequestDelays delays, int ports) {
  static final String USAGE = "usage: ./gazette bench latency [--articles 1000] [--changes 10]"
      + " [--batch 20] [--batches 3] [--dynamo-ms 6] [--s3-put-ms 25] [--s3-get-ms 15] [--ports N]";

  static LatencyOptions parse(String... args) {
    int articles = 1_000;
    int changes = 10;
    int batchSize = 20;
    int batches = 3;
    RequestDelays delays = RequestDelays.IN_REGION;
    int ports = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = number(args, ++i);
        case "--changes" -> changes = number(args, ++i);
        case "--batch" -> batchSize = number(args, ++i);
        case "--batches" -> batches = number(args, ++i);
        case "--dynamo-ms" -> delays = new RequestDelays(millis(args, ++i), delays.s3Write(), delays.s3Read());
        case "--s3-put-ms" -> delays = new RequestDelays(delays.dynamoDb(), millis(args, ++i), delays.s3Read());
        case "--s3-get-ms" -> delays = new RequestDelays(delays.dynamoDb(), delays.s3Write(), millis(args, ++i));
        case "--ports" -> ports = number(args, ++i);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    if (changes < 1 || batchSize < 1 || batches < 1) {
      throw new IllegalArgumentException("--changes, --batch and --batches need at least 1; " + USAGE);
    }
    return new LatencyOptions(articles, changes, batchSize, batches, delays, ports);
  }

  private static Duration millis(String[] args, int index) {
    return Duration.ofMillis(number(args, index));
  }

  private static int number(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value; " + USAGE);
    }
    try {
      int value = Integer.parseInt(args[index]);
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(args[index - 1] + " expects a whole number >= 0, got " + args[index]);
    }
  }
}
