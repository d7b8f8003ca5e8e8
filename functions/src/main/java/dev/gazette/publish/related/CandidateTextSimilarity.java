package dev.gazette.publish.related;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Cosine similarity of text signatures, each term re-weighted by how rare it is among the
 * candidates at hand: an IDF without a global index, since the candidates are already the
 * neighbourhood of the article.
 */
final class CandidateTextSimilarity {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int candidateCount;
  private final TextSignature subject;
  private final double subjectLength;

  CandidateTextSimilarity(TextSignature subject, Collection<Candidate> candidates) {
    this.subject = subject;
    this.candidateCount = candidates.size();
    for (Candidate candidate : candidates) {
      candidate.signature().weights().keySet()
          .forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }
    this.subjectLength = length(subject);
  }

  /** Between 0 (no term in common) and 1 (same terms in the same proportions). */
  double similarity(TextSignature candidate) {
    double candidateLength = length(candidate);
    if (subjectLength == 0 || candidateLength == 0) {
      return 0;
    }
    double dot = 0;
    // Sorted iteration: the same sum in the same order whatever the order of the candidates.
    for (Map.Entry<String, Float> entry : subject.weights().entrySet()) {
      float other = candidate.weight(entry.getKey());
      if (other > 0) {
        double idf = idf(entry.getKey());
        dot += entry.getValue() * idf * other * idf;
      }
    }
    return dot / (subjectLength * candidateLength);
  }

  private double length(TextSignature signature) {
    double sum = 0;
    for (Map.Entry<String, Float> entry : signature.weights().entrySet()) {
      double weighted = entry.getValue() * idf(entry.getKey());
      sum += weighted * weighted;
    }
    return Math.sqrt(sum);
  }

  private double idf(String term) {
    return Math.log(1 + (double) candidateCount / (1 + documentFrequency.getOrDefault(term, 0)));
  }
}
