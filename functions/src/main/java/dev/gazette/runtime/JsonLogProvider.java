package dev.gazette.runtime;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The functions' SLF4J binding: JSON lines on standard output, at the level Lambda's
 * ApplicationLogLevel sets (AWS_LAMBDA_LOG_LEVEL, INFO by default). A few small classes instead
 * of a logging framework keep the cold start and the snapshot small.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();
  private ILoggerFactory loggers;

  @Override
  public void initialize() {
    Level threshold = level(System.getenv("AWS_LAMBDA_LOG_LEVEL"));
    Map<String, JsonLogger> byName = new ConcurrentHashMap<>();
    loggers = name -> byName.computeIfAbsent(name,
        key -> new JsonLogger(key, threshold, System.out, Clock.systemUTC()));
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  static Level level(String name) {
    if (name == null || name.isBlank()) {
      return Level.INFO;
    }
    String upper = name.toUpperCase(Locale.ROOT);
    // Lambda's FATAL has no SLF4J counterpart: the nearest is ERROR.
    return upper.equals("FATAL") ? Level.ERROR : Level.valueOf(upper);
  }
}
