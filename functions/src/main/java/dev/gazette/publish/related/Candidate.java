package dev.gazette.publish.related;

import dev.gazette.article.ArticleSummary;
import java.util.Objects;

/**
 * An article that may be listed as related, as a topic list entry keeps it: the summary a list
 * shows and the signature its text is compared by.
 */
public record Candidate(ArticleSummary summary, TextSignature signature) {

  public Candidate {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(signature, "signature");
  }

  public String id() {
    return summary.id();
  }
}
