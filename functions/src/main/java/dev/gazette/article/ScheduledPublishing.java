package dev.gazette.article;

import java.time.Clock;
import java.time.Instant;

/**
 * The schedule's use case: publishes the scheduled articles whose time has come. It makes no
 * article, so it needs neither ids nor the site's language; each publication is an ordinary
 * versioned write, so an article an editor changed meanwhile waits for the next run.
 */
public final class ScheduledPublishing {
  private final ArticleStore store;
  private final Clock clock;

  public ScheduledPublishing(ArticleStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Publishes the scheduled articles whose time has come, at most {@code limit}.
   *
   * @return how many were published
   */
  public int publishDue(int limit) {
    Instant now = clock.instant();
    int published = 0;
    for (Article due : store.scheduledUntil(now, limit)) {
      try {
        store.replace(due, due.published(now, SavedBy.SCHEDULE));
        published++;
      } catch (VersionConflict | ArticleNotFound changed) {
        // Edited or deleted since the query: the next run sees its new state.
      }
    }
    return published;
  }
}
