package dev.gazette.bench;

import dev.gazette.media.StageListener;
import java.util.LinkedHashMap;
import java.util.Map;

/** The time each processing stage took in one run, summed over its calls, in stage order. */
final class StageTimes implements StageListener {
  private final Map<String, Long> nanos = new LinkedHashMap<>();

  @Override
  public void finished(String stage, long took) {
    nanos.merge(stage, took, Long::sum);
  }

  Map<String, Long> nanos() {
    return nanos;
  }

  long total() {
    return nanos.values().stream().mapToLong(Long::longValue).sum();
  }

  void clear() {
    nanos.clear();
  }
}
