package dev.gazette.stack;

import dev.gazette.local.lambda.RunningFunction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records, per function of the local cloud, the IAM permissions of every SDK call its code
 * makes. Registered for every client of the test JVM through the SDK's global interceptor file
 * (software/amazon/awssdk/global/handlers/execution.interceptors), so the handlers run unchanged;
 * calls made outside a function (the local cloud's own) are not recorded.
 */
public final class IamCallRecorder implements ExecutionInterceptor {
  private static final Map<String, Set<IamAccess>> BY_FUNCTION = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    RunningFunction.current().ifPresent(function -> {
      IamRequests requests = new IamRequests(attributes.getAttribute(AwsExecutionAttribute.AWS_REGION).id(),
          "000000000000");
      List<IamAccess> accesses = requests.of(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
          attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), context.request());
      BY_FUNCTION.computeIfAbsent(function, key -> ConcurrentHashMap.newKeySet()).addAll(accesses);
    });
  }

  /** Forgets what was recorded: other tests of the JVM run functions over tables of their own. */
  static void forget() {
    BY_FUNCTION.clear();
  }

  /** What each function's calls needed since the JVM started (or the last forget). */
  static Map<String, List<IamAccess>> recorded() {
    Map<String, List<IamAccess>> copy = new java.util.TreeMap<>();
    BY_FUNCTION.forEach((function, accesses) -> copy.put(function, new ArrayList<>(new LinkedHashSet<>(accesses))));
    return copy;
  }
}
