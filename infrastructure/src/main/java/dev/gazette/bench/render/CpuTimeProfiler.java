package dev.gazette.bench.render;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The CPU time the benchmark's JVM spends per operation (its GC included), next to JMH's wall
 * time: on a machine shared with other builds, a fork waits for a core and wall time grows with
 * the load, while the CPU time a render takes stays nearly put. {@code -prof} with this class.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuAtStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    cpuAtStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long nanos = os.getProcessCpuTime() - cpuAtStart;
    long ops = result.getMetadata().getMeasuredOps();
    double millisPerOp = ops == 0 ? Double.NaN : nanos / 1e6 / ops;
    return List.of(new ScalarResult("cpu.time.norm", millisPerOp, "ms/op", AggregationPolicy.AVG));
  }
}
