package dev.gazette.publish.related;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the candidates gathered from an article's topic lists into its "Aller plus loin" list:
 * similar French text, shared topics (rarer ones weigh more) and close publication dates.
 */
public final class RelatedRanking {

  // Text weighs most because it is the most specific evidence: two pieces on the same plant share
  // its place and its words. Topics are chosen by editors but coarse ("Économie" covers a port and
  // a plant), so they come second. Recency orders otherwise comparable articles; at 0.15 it cannot
  // outweigh sharing a rare topic or a story's words.
  private static final double TEXT_WEIGHT = 0.55;
  private static final double TOPIC_WEIGHT = 0.30;
  private static final double RECENCY_WEIGHT = 0.15;
  private static final double RECENCY_DAYS = 30;
  private static final Comparator<Instant> NEWEST_FIRST =
      Comparator.nullsLast(Comparator.<Instant>reverseOrder());
  private static final Comparator<Scored> BEST_FIRST = Comparator
      .comparingDouble(Scored::score).reversed()
      .thenComparing(scored -> scored.summary().publishedAt(), NEWEST_FIRST)
      .thenComparing(scored -> scored.summary().id());
  // Copies of one article with the same updatedAt should be equal; toString only keeps the
  // choice independent of candidate order if they are not.
  private static final Comparator<Candidate> FRESHEST = Comparator
      .comparing((Candidate c) -> c.summary().updatedAt(), NEWEST_FIRST)
      .thenComparing(Candidate::toString);

  /** At most {@code limit} related articles, best first; never the subject, never one twice. */
  public List<ArticleSummary> rank(Candidate subject, Collection<Candidate> candidates,
      TopicFrequencies frequencies, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("negative limit: " + limit);
    }
    Collection<Candidate> others = distinctOthers(subject, candidates);
    CandidateTextSimilarity text = new CandidateTextSimilarity(subject.signature(), others);
    Set<Slug> subjectTopics = topicSlugs(subject.summary());
    double subjectTopicWeight = subjectTopics.stream().mapToDouble(frequencies::idf).sum();
    List<Scored> scored = new ArrayList<>();
    for (Candidate candidate : others) {
      Set<Slug> shared = topicSlugs(candidate.summary());
      shared.retainAll(subjectTopics);
      double similarity = text.similarity(candidate.signature());
      if (shared.isEmpty() && similarity <= 0) {
        continue;
      }
      double topics = subjectTopicWeight == 0 ? 0
          : shared.stream().mapToDouble(frequencies::idf).sum() / subjectTopicWeight;
      double recency = recency(subject.summary().publishedAt(), candidate.summary().publishedAt());
      double score = TEXT_WEIGHT * similarity + TOPIC_WEIGHT * topics + RECENCY_WEIGHT * recency;
      scored.add(new Scored(candidate.summary(), score));
    }
    return scored.stream().sorted(BEST_FIRST).limit(limit).map(Scored::summary).toList();
  }

  private static Collection<Candidate> distinctOthers(Candidate subject,
      Collection<Candidate> candidates) {
    Map<String, Candidate> byId = new HashMap<>();
    for (Candidate candidate : candidates) {
      if (!candidate.id().equals(subject.id())) {
        byId.merge(candidate.id(), candidate,
            (kept, other) -> FRESHEST.compare(kept, other) <= 0 ? kept : other);
      }
    }
    return byId.values();
  }

  private static Set<Slug> topicSlugs(ArticleSummary summary) {
    Set<Slug> slugs = new LinkedHashSet<>();
    summary.topics().stream().map(Topic::slug).forEach(slugs::add);
    return slugs;
  }

  private static double recency(Instant subject, Instant candidate) {
    if (subject == null || candidate == null) {
      return 0;
    }
    double days = Duration.between(subject, candidate).abs().toSeconds() / 86_400.0;
    return Math.exp(-days / RECENCY_DAYS);
  }

  private record Scored(ArticleSummary summary, double score) {}
}
