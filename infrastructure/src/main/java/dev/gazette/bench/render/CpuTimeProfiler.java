package dev.gazette.bench.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark's own threads spend per operation, next to JMH's wall time: on a
 * machine shared with other builds a fork waits for a core, and wall time grows with the load
 * while the CPU time of a render stays nearly put. JIT and GC threads are left out (see
 * {@code -prof gc} for what a render allocates). {@code -prof} with this class's name.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> atStart = Map.of();

  @Override
  public String getDescription() {
    return "CPU time of the benchmark threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    atStart = workerCpuTimes();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long nanos = 0;
    for (Map.Entry<Long, Long> worker : workerCpuTimes().entrySet()) {
      nanos += worker.getValue() - atStart.getOrDefault(worker.getKey(), 0L);
    }
    long ops = result.getMetadata().getMeasuredOps();
    double millisPerOp = ops == 0 ? Double.NaN : nanos / 1e6 / ops;
    return List.of(new ScalarResult("cpu.time.norm", millisPerOp, "ms/op", AggregationPolicy.AVG));
  }

  /** CPU nanoseconds so far of each thread JMH runs the benchmark on, by thread id. */
  private Map<Long, Long> workerCpuTimes() {
    Map<Long, Long> times = new HashMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains("-jmh-worker-")) {
        long nanos = threads.getThreadCpuTime(thread.getId());
        if (nanos >= 0) {
          times.put(thread.getId(), nanos);
        }
      }
    }
    return times;
  }
}
