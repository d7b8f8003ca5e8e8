package dev.gazette.bench.latency;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Reaches the clients a Lambda handler builds for itself from its environment, which take no
 * interceptor from outside: the SDK creates one of these for every client, because
 * {@code ./gazette bench latency} puts the SDK's global interceptor file naming it on the
 * classpath (src/bench/resources). A client built while {@link #during} runs passes its requests
 * to the given interceptors; every other client (the bench's own) is left alone.
 */
public final class ClientHooks implements ExecutionInterceptor {
  // Static because the SDK makes these with no arguments; set only while a handler is built.
  private static volatile List<ExecutionInterceptor> installing = List.of();
  private static final AtomicInteger HOOKED = new AtomicInteger();

  private final List<ExecutionInterceptor> interceptors;

  public ClientHooks() {
    this.interceptors = installing;
    if (!interceptors.isEmpty()) {
      HOOKED.incrementAndGet();
    }
  }

  /**
   * Builds something (a handler) whose SDK clients get these interceptors.
   *
   * @throws IllegalStateException if no client was hooked: the SDK file is not on the classpath
   */
  public static <T> T during(List<ExecutionInterceptor> interceptors, Supplier<T> build) {
    int before = HOOKED.get();
    installing = List.copyOf(interceptors);
    try {
      T built = build.get();
      if (HOOKED.get() == before) {
        throw new IllegalStateException("no SDK client took the bench's interceptors: put "
            + "infrastructure/src/bench/resources on the classpath (./gazette bench latency does)");
      }
      return built;
    } finally {
      installing = List.of();
    }
  }

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    interceptors.forEach(interceptor -> interceptor.beforeTransmission(context, attributes));
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    interceptors.forEach(interceptor -> interceptor.afterExecution(context, attributes));
  }
}
