package dev.gazette.local.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.gazette.local.aws.LocalAws;
import dev.gazette.local.template.FunctionDefinition;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A function of the template running in this JVM: its handler class, built once with the
 * environment Lambda would give it, pointed at the local emulators.
 */
public final class LocalFunction<I, O> {

  private final FunctionDefinition definition;
  private final RequestHandler<I, O> handler;

  public LocalFunction(FunctionDefinition definition, RequestHandler<I, O> handler) {
    this.definition = definition;
    this.handler = handler;
  }

  /**
   * Loads the handler class named in the template and calls its public {@code (Map<String,String>)}
   * constructor with {@link #environment}.
   */
  public static <I, O> LocalFunction<I, O> load(FunctionDefinition definition, LocalEndpoints endpoints) {
    Map<String, String> environment = environment(definition, endpoints);
    String className = definition.handlerClass();
    try {
      Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
      if (!RequestHandler.class.isAssignableFrom(type)) {
        throw new IllegalStateException(className + " (" + definition.logicalId()
            + ") does not implement com.amazonaws.services.lambda.runtime.RequestHandler");
      }
      Constructor<?> constructor = type.getConstructor(Map.class);
      @SuppressWarnings("unchecked")
      RequestHandler<I, O> handler = (RequestHandler<I, O>) constructor.newInstance(environment);
      return new LocalFunction<>(definition, handler);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Handler class " + className + " of " + definition.logicalId()
          + " is not on the classpath (build functions/ first)", e);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(className + " needs a public constructor taking "
          + "Map<String, String> (the function's environment) to run in the local cloud", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(className + " failed to start: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot construct " + className, e);
    }
  }

  /** The template's variables plus what the Lambda runtime sets, with endpoints of the local cloud. */
  public static Map<String, String> environment(FunctionDefinition definition, LocalEndpoints endpoints) {
    Map<String, String> environment = new LinkedHashMap<>(definition.environment());
    environment.put("AWS_REGION", LocalAws.REGION.id());
    environment.put("AWS_DEFAULT_REGION", LocalAws.REGION.id());
    environment.put("AWS_ACCESS_KEY_ID", LocalAws.ACCESS_KEY_ID);
    environment.put("AWS_SECRET_ACCESS_KEY", LocalAws.SECRET_ACCESS_KEY);
    environment.put("AWS_LAMBDA_FUNCTION_NAME", definition.logicalId());
    environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(definition.memorySize()));
    environment.putAll(endpoints.variables());
    if (endpoints.keyValueStore() == null) {
      environment.values().removeIf(value -> value.contains(":key-value-store/"));
    }
    return Map.copyOf(environment);
  }

  public FunctionDefinition definition() {
    return definition;
  }

  /** The class that handles the events (for the input type it declares). */
  public Class<?> handlerClass() {
    return handler.getClass();
  }

  /** The input type the handler declares: what Lambda turns an event's JSON into. */
  public Class<?> inputType() {
    return HandlerInput.typeOf(handler.getClass());
  }

  /**
   * One invocation with an event given as JSON, turned into the handler's input type as Lambda's
   * runtime does, under the request id Lambda gave the event (retries of an asynchronous event keep it).
   */
  @SuppressWarnings("unchecked")
  public O invokeWithJson(String event, String requestId) {
    I input = (I) HandlerInput.fromJson(inputType(), event);
    return invoke(input, LocalContext.forInvocation(definition, requestId));
  }

  /** One invocation with a fresh {@link Context}, as Lambda would make it. */
  public O invoke(I event) {
    return RunningFunction.during(definition.logicalId(),
        () -> handler.handleRequest(event, LocalContext.forInvocation(definition)));
  }

  /** One invocation with the caller's context (whose request id the caller already logged). */
  public O invoke(I event, Context context) {
    return RunningFunction.during(definition.logicalId(), () -> handler.handleRequest(event, context));
  }
}
