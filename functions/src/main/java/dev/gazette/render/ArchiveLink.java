package dev.gazette.render;

import java.net.URI;
import java.time.YearMonth;

/**
 * A link to one month of an archive, as a list shows it: "novembre 2026 (12)".
 *
 * @param label the month in the site's language, "novembre 2026"
 */
public record ArchiveLink(YearMonth month, String label, long count, String path, URI url) {}
