package dev.gazette.bench;

import java.util.Arrays;
import java.util.List;

/** {@code ./gazette bench [--sizes 1000,20000] [--changes 10]}. */
record BenchOptions(List<Integer> sizes, int changes) {

  static BenchOptions parse(String... args) {
    List<Integer> sizes = List.of(1_000, 20_000);
    int changes = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(value(args, ++i).split(",")).map(String::strip)
            .map(Integer::parseInt).toList();
        case "--changes" -> changes = Integer.parseInt(value(args, ++i));
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: ./gazette bench [--sizes 1000,20000] [--changes 10]");
      }
    }
    return new BenchOptions(sizes, changes);
  }

  private static String value(String[] args, int index) {
    if (index >= args.length) {
      throw new IllegalArgumentException(args[index - 1] + " needs a value");
    }
    return args[index];
  }
}
