package dev.gazette.local.template;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Schedule event of a function ({@code rate(1 minute)}, {@code rate(5 minutes)}, ...), which the
 * local cloud runs with a timer. Cron expressions are not run locally.
 */
public record ScheduleEventSource(String name, String expression) {
  private static final Pattern RATE =
      Pattern.compile("rate\\((\\d+)\\s+(minute|minutes|hour|hours|day|days)\\)");

  /** How often the rule fires; empty for an expression the local cloud does not run (cron). */
  public Optional<Duration> period() {
    Matcher rate = RATE.matcher(expression.trim().toLowerCase(Locale.ROOT));
    if (!rate.matches()) {
      return Optional.empty();
    }
    long amount = Long.parseLong(rate.group(1));
    return Optional.of(switch (rate.group(2).replaceFirst("s$", "")) {
      case "minute" -> Duration.ofMinutes(amount);
      case "hour" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    });
  }
}
