package dev.gazette.bench.live;

/**
 * {@code ./gazette bench live [--publishes 10] [--warmup 2] [--burst 20] [--ports N]}; {@code ports}
 * is the first of five ports (editor API, CDN stand-in, dynoxide, S3Proxy, identity provider), 0 for any free ones.
 */
record LiveOptions(int publishes, int warmup, int burst, int ports) {
  static final String USAGE = "usage: ./gazette bench live [--publishes 10] [--warmup 2] [--burst 20] [--ports N]";

  static LiveOptions parse(String... args) {
    int publishes = 10;
    int warmup = 2;
    int burst = 20;
    int ports = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--publishes" -> publishes = number(args, ++i);
        case "--warmup" -> warmup = number(args, ++i);
        case "--burst" -> burst = number(args, ++i);
        case "--ports" -> ports = number(args, ++i);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    if (publishes < 1 || burst < 1) {
      throw new IllegalArgumentException("--publishes and --burst need at least 1; " + USAGE);
    }
    return new LiveOptions(publishes, warmup, burst, ports);
  }

  /** The n-th port of the five (API, CDN, DynamoDB, S3, identity provider), or 0 (any free port) when none was chosen. */
  int port(int n) {
    return ports == 0 ? 0 : ports + n;
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
