package dev.gazette.bench.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.gazette.local.lambda.HandlerInput;
import dev.gazette.runtime.SnapshotHooks;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The program a fresh JVM of {@code ./gazette bench coldstart} runs, as Lambda's runtime would:
 * turns an event's JSON into the handler's input with the runtime's serializers, builds the
 * handler with its public constructor (init) and answers the event (first request); prints the
 * three in nanoseconds.
 * With {@code primed}, it first runs the CRaC hooks a SnapStart snapshot would run, and the
 * request timed is the first one after them; with {@code warm <second event>}, the request timed
 * is the second event, once the first has been answered.
 */
public final class ColdStartProbe {
  private ColdStartProbe() {}

  public static void main(String[] args) throws Exception {
    String handlerClass = args[0];
    String event = Files.readString(Path.of(args[1]));
    String mode = args.length > 2 ? args[2] : "cold";
    // The runtime's own work, the same for every function: its serializers (a shaded Jackson)
    // turn the JSON into the handler's input. Timed apart, so that the figures are the function's.
    long loading = System.nanoTime();
    Class<?> type = Class.forName(handlerClass);
    Object input = HandlerInput.fromJson(HandlerInput.typeOf(type), event);
    long started = System.nanoTime();
    @SuppressWarnings("unchecked")
    RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) type.getConstructor().newInstance();
    long built = System.nanoTime();
    if (mode.equals("primed")) {
      SnapshotHooks.beforeCheckpoint();
      SnapshotHooks.afterRestore();
      built = System.nanoTime();
    }
    if (mode.equals("warm")) {
      handler.handleRequest(input, context());
      input = HandlerInput.fromJson(HandlerInput.typeOf(type), Files.readString(Path.of(args[3])));
      built = System.nanoTime();
    }
    Object answer = handler.handleRequest(input, context());
    long answered = System.nanoTime();
    System.out.println("probe " + (built - started) + " " + (answered - built) + " " + (started - loading) + " "
        + summary(answer));
  }

  private static String summary(Object answer) {
    String text = String.valueOf(answer).replaceAll("\\s+", " ");
    return text.length() > 120 ? text.substring(0, 120) : text;
  }

  /** What the handlers ask of their context: a request id and a function name. */
  private static Context context() {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, arguments) -> switch (method.getReturnType().getName()) {
          case "java.lang.String" -> "coldstart-bench";
          case "int" -> 60_000;
          default -> null;
        });
  }
}
