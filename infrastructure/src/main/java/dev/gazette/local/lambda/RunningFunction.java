package dev.gazette.local.lambda;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which function of the template the current thread is running, if any: an SDK interceptor can
 * then tell the calls the functions make (which their IAM roles must allow) from the local
 * cloud's own. A function's code runs on the invoking thread, as in Lambda.
 */
public final class RunningFunction {
  // Inherited: threads a function starts for calls side by side (the Publisher's) are its own.
  private static final ThreadLocal<String> CURRENT = new InheritableThreadLocal<>();

  private RunningFunction() {}

  /** The logical id of the function running on this thread. */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static <T> T during(String logicalId, Supplier<T> invocation) {
    String outer = CURRENT.get();
    CURRENT.set(logicalId);
    try {
      return invocation.get();
    } finally {
      CURRENT.set(outer);
    }
  }
}
