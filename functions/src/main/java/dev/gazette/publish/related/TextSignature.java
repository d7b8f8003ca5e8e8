package dev.gazette.publish.related;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The few weighted terms that stand for an article's text, unit length: small enough to be
 * stored beside each entry of a topic list, so related articles are found without reading them.
 */
public record TextSignature(Map<String, Float> weights) {

  public static final int MAX_TERMS = 24;
  private static final double TITLE_WEIGHT = 3;
  private static final double SUMMARY_WEIGHT = 2;
  private static final double BODY_WEIGHT = 1;
  private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
      Map.Entry.<String, Double>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey());

  /** A signature as stored: at most {@link #MAX_TERMS} terms, each with a positive weight. */
  public TextSignature {
    if (weights.size() > MAX_TERMS) {
      throw new IllegalArgumentException("a signature holds at most " + MAX_TERMS + " terms");
    }
    weights.forEach((term, weight) -> {
      if (term.isBlank() || weight == null || !(weight > 0) || weight.isInfinite()) {
        throw new IllegalArgumentException("bad signature weight: " + term + "=" + weight);
      }
    });
    // Sorted, so the stored map (and the hash of any page built from it) never depends on hashing.
    weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
  }

  /** The signature of an article; summary and body may be null. */
  public static TextSignature of(String title, String summary, String body) {
    Map<String, Double> raw = new HashMap<>();
    addField(raw, title, TITLE_WEIGHT);
    addField(raw, summary, SUMMARY_WEIGHT);
    addField(raw, body, BODY_WEIGHT);
    List<Map.Entry<String, Double>> top =
        raw.entrySet().stream().sorted(HEAVIEST_FIRST).limit(MAX_TERMS).toList();
    double length = Math.sqrt(top.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
    Map<String, Float> unit = new TreeMap<>();
    top.forEach(e -> unit.put(e.getKey(), (float) (e.getValue() / length)));
    return new TextSignature(unit);
  }

  /** The weight of a term, 0 when the signature does not hold it. */
  public float weight(String term) {
    return weights.getOrDefault(term, 0f);
  }

  public boolean isEmpty() {
    return weights.isEmpty();
  }

  private static void addField(Map<String, Double> raw, String text, double fieldWeight) {
    Map<String, Integer> counts = new HashMap<>();
    FrenchText.terms(text).forEach(term -> counts.merge(term, 1, Integer::sum));
    // Log-scaled: a word said five times in the body is not five times the subject.
    counts.forEach((term, tf) -> raw.merge(term, fieldWeight * (1 + Math.log(tf)), Double::sum));
  }
}
