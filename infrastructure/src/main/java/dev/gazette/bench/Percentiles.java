package dev.gazette.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of a series of durations in milliseconds, as the benches print them. */
public final class Percentiles {
  private final List<Double> sorted;

  public Percentiles(List<Double> millis) {
    if (millis.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    this.sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
  }

  /** The smallest sample at or above this share of the samples, e.g. 0.95. */
  public double at(double share) {
    int rank = (int) Math.ceil(share * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  public double median() {
    return at(0.5);
  }

  public double max() {
    return sorted.get(sorted.size() - 1);
  }

  public int samples() {
    return sorted.size();
  }
}
