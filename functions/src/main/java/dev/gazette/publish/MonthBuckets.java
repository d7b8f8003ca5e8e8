package dev.gazette.publish;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Cuts lists into calendar months of the site's time zone: an article's bucket depends only on
 * its own publication date, so publishing a new article never moves an old one to another page.
 */
final class MonthBuckets {
  private final ZoneId zone;

  MonthBuckets(ZoneId zone) {
    this.zone = zone;
  }

  YearMonth of(Instant instant) {
    return YearMonth.from(instant.atZone(zone));
  }

  Instant start(YearMonth month) {
    return month.atDay(1).atStartOfDay(zone).toInstant();
  }

  Instant end(YearMonth month) {
    return start(month.plusMonths(1));
  }
}
