package dev.gazette.runtime;

import java.io.PrintStream;
import java.time.Clock;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that prints each event as a {@link JsonLogLine} on the function's output. */
final class JsonLogger extends LegacyAbstractLogger {
  private final Level threshold;
  private final PrintStream out;
  private final Clock clock;

  JsonLogger(String name, Level threshold, PrintStream out, Clock clock) {
    this.name = name;
    this.threshold = threshold;
    this.out = out;
    this.clock = clock;
  }

  private boolean enabled(Level level) {
    return level.toInt() >= threshold.toInt();
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
      Object[] arguments, Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(pattern, arguments);
    String line = new JsonLogLine(clock.instant(), level.name(), name, message,
        MDC.getCopyOfContextMap(), throwable).format();
    // One println per event: Lambda turns each line of output into one log event.
    out.println(line);
  }
}
