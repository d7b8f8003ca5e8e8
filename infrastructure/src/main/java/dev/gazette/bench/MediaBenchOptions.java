package dev.gazette.bench;

/** {@code ./gazette bench media [--size 6000x4000] [--orientation 1] [--runs 3]}. */
record MediaBenchOptions(int width, int height, int orientation, int warmRuns) {
  private static final String USAGE = "usage: ./gazette bench media [--size 6000x4000] [--orientation 1..8] [--runs 3]";

  static MediaBenchOptions parse(String... args) {
    int width = 6000;
    int height = 4000;
    int orientation = 1;
    int runs = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size" -> {
          String[] sides = value(args, ++i).split("x");
          if (sides.length != 2) {
            throw new IllegalArgumentException("--size is WIDTHxHEIGHT; " + USAGE);
          }
          width = Integer.parseInt(sides[0]);
          height = Integer.parseInt(sides[1]);
        }
        case "--orientation" -> orientation = Integer.parseInt(value(args, ++i));
        case "--runs" -> runs = Integer.parseInt(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    if (orientation < 1 || orientation > 8 || runs < 0) {
      throw new IllegalArgumentException(USAGE);
    }
    return new MediaBenchOptions(width, height, orientation, runs);
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value; " + USAGE);
    }
    return args[index];
  }
}
