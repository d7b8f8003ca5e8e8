package dev.gazette.runtime;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The environment variables one function reads: those its template entry must set, and those
 * Lambda (or a local or LocalStack run) provides. A handler reads its environment only through
 * {@link #restrict}, so a variable it forgot to declare fails at once, in tests as in Lambda.
 */
public record FunctionEnvironment(Set<String> fromTemplate) {
  /** Set by the Lambda runtime: the template may not set them. */
  public static final Set<String> FROM_RUNTIME = Set.of("AWS_REGION", "AWS_DEFAULT_REGION",
      "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
      // SnapStart's credentials endpoint, in place of the three above.
      "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_LAMBDA_FUNCTION_NAME",
      "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_LOG_FORMAT", "AWS_LAMBDA_LOG_LEVEL");
  /** Set only to reach other endpoints (the local cloud, LocalStack): never in the template. */
  public static final List<String> ENDPOINT_PREFIXES = List.of("AWS_ENDPOINT_URL");

  public FunctionEnvironment {
    fromTemplate = Set.copyOf(fromTemplate);
  }

  public static FunctionEnvironment reads(String... fromTemplate) {
    return new FunctionEnvironment(new LinkedHashSet<>(List.of(fromTemplate)));
  }

  /** Whether the function may read this variable. */
  public boolean declares(String name) {
    return fromTemplate.contains(name) || FROM_RUNTIME.contains(name)
        || ENDPOINT_PREFIXES.stream().anyMatch(name::startsWith);
  }

  /**
   * A read-only view of {@code env} that answers only for declared variables and throws for any
   * other name, so that reading an undeclared variable is a bug found by the first test.
   */
  public Map<String, String> restrict(Map<String, String> env) {
    return new Restricted(env);
  }

  private final class Restricted extends AbstractMap<String, String> {
    private final Map<String, String> env;

    Restricted(Map<String, String> env) {
      this.env = env;
    }

    @Override
    public String get(Object name) {
      return env.get(checked(name));
    }

    @Override
    public boolean containsKey(Object name) {
      return env.containsKey(checked(name));
    }

    @Override
    public String getOrDefault(Object name, String fallback) {
      return env.getOrDefault(checked(name), fallback);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return env.entrySet().stream().filter(entry -> declares(entry.getKey()))
          .collect(Collectors.toUnmodifiableSet());
    }

    private String checked(Object name) {
      String variable = String.valueOf(name);
      if (!declares(variable)) {
        throw new IllegalStateException("environment variable " + variable
            + " is read but not declared in dev.gazette.runtime.FunctionEnvironments");
      }
      return variable;
    }
  }
}
