package dev.gazette.render;

import dev.gazette.article.Correction;
import dev.gazette.site.Site;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The site's language as pages show it: labels and date formats from the
 * {@code dev/gazette/render/messages} bundle, dates in the site's time zone.
 */
public final class SiteLocale {

  private static final String BUNDLE = "dev.gazette.render.messages";

  private final ZoneId zone;
  private final DateTimeFormatter displayDate;
  private final DateTimeFormatter monthName;
  private final String openGraphLocale;
  private final Labels labels;
  private final DateTimeFormatter dayDate;
  private final DateTimeFormatter updatedDate;
  private final Map<Correction.Kind, String> correctionHeadings;
  private final EmbedWords embedWords;
  private final boolean frenchSpacing;

  /** Fails at start-up, not on the first page, if the site's language has no bundle. */
  public SiteLocale(Site site) {
    Locale locale = site.locale();
    // No fallback to the JVM's default locale: a Lambda in us-east-1 must still write French.
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.zone = site.zone();
    this.displayDate = DateTimeFormatter.ofPattern(bundle.getString("date.display"), locale);
    this.monthName = DateTimeFormatter.ofPattern(bundle.getString("date.month"), locale);
    this.openGraphLocale = bundle.getString("opengraph.locale");
    this.labels = new Labels(
        bundle.getString("label.topics"),
        bundle.getString("label.byline"),
        bundle.getString("label.related"),
        bundle.getString("label.recommended"),
        bundle.getString("label.latest"),
        bundle.getString("label.archives"),
        bundle.getString("label.notFound"),
        bundle.getString("label.notFoundText"),
        bundle.getString("label.backHome"),
        bundle.getString("label.moved"),
        bundle.getString("label.movedLink"),
        bundle.getString("label.updated"),
        bundle.getString("label.corrections"));
    this.dayDate = DateTimeFormatter.ofPattern(bundle.getString("date.day"), locale);
    this.updatedDate = DateTimeFormatter.ofPattern(bundle.getString("date.updated"), locale);
    Map<Correction.Kind, String> headings = new EnumMap<>(Correction.Kind.class);
    for (Correction.Kind kind : Correction.Kind.values()) {
      headings.put(kind, bundle.getString("correction." + kind.wireName()));
    }
    this.correctionHeadings = Map.copyOf(headings);
    this.embedWords = new EmbedWords(bundle);
    this.frenchSpacing = FrenchSpacing.appliesTo(site.language());
  }

  /** Whether the site's texts take French spacing ({@link FrenchSpacing}): a French site's do. */
  boolean frenchSpacing() {
    return frenchSpacing;
  }

  /** The text with the site's typography: French spacing on a French site, else as typed. */
  String typeset(String text) {
    return frenchSpacing ? FrenchSpacing.apply(text) : text;
  }

  /** What embed blocks say in the site's language. */
  EmbedWords embedWords() {
    return embedWords;
  }

  /** When an article was last updated, as its page says it: "3 décembre 2026 à 14h05". */
  public String updatedDate(Instant instant) {
    return updatedDate.format(instant.atZone(zone));
  }

  /** A correction's heading on the page, dated in the site's zone: "Rectificatif du 3 décembre 2026". */
  public String correctionHeading(Correction.Kind kind, Instant at) {
    return correctionHeadings.get(kind).replace("{date}", dayDate.format(at.atZone(zone)));
  }

  /** The date as readers see it: "19 octobre 2019 - 23h30". */
  public String displayDate(Instant instant) {
    return displayDate.format(instant.atZone(zone));
  }

  /** A month as archive links show it: "novembre 2026". */
  public String monthName(YearMonth month) {
    return monthName.format(month);
  }

  /** The date for machines, ISO-8601 with the site's offset: "2019-10-19T23:30:00+02:00". */
  public String isoDate(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME
        .format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  /** The OpenGraph locale, e.g. "fr_FR". */
  public String openGraphLocale() {
    return openGraphLocale;
  }

  public Labels labels() {
    return labels;
  }
}
