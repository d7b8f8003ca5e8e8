package dev.gazette.publish;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.publish.related.Candidate;
import dev.gazette.publish.related.RelatedRanking;
import dev.gazette.publish.related.TextSignature;
import dev.gazette.publish.related.TopicFrequencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds an article's related articles without reading the archive: the candidates are the
 * newest entries of its topics' lists (a bounded number per topic), ranked by
 * {@link RelatedRanking}.
 */
final class RelatedFinder {
  /** What "Aller plus loin" shows. */
  static final int RELATED_SIZE = 4;
  /** Per topic; ten topics at most, so at most 500 candidates and ten queries. */
  static final int CANDIDATES_PER_TOPIC = ListReader.NEWEST;

  private final ListReader lists;
  private final RelatedRanking ranking = new RelatedRanking();

  RelatedFinder(ListReader lists) {
    this.lists = lists;
  }

  /**
   * The related list of {@code subject}, as the lists will be once {@code change} is in them:
   * the changed article is ranked with its new entry, or not at all when it left the lists.
   */
  List<ArticleSummary> relatedTo(ListEntry subject, Change change) {
    List<ListId> topicLists = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    List<ListId> ofTopics = subject.summary().topics().stream().map(topic -> ListId.topic(topic.slug())).toList();
    List<ListId> withSite = new ArrayList<>(ofTopics);
    withSite.add(ListId.site());
    lists.prefetch(ofTopics, withSite);
    for (Topic topic : subject.summary().topics()) {
      ListId list = ListId.topic(topic.slug());
      topicLists.add(list);
      for (ListEntry entry : lists.latest(list, CANDIDATES_PER_TOPIC)) {
        if (!entry.id().equals(change.articleId())) {
          candidates.add(candidate(entry));
        }
      }
      if (change.entry() != null && change.lists().contains(list)) {
        candidates.add(candidate(change.entry()));
      }
    }
    List<ListId> sized = new ArrayList<>(topicLists);
    sized.add(ListId.site());
    Map<ListId, Long> sizes = lists.sizes(sized);
    Map<Slug, Long> perTopic = new HashMap<>();
    topicLists.forEach(list -> perTopic.put(list.topic().orElseThrow(), sizes.get(list)));
    TopicFrequencies frequencies = new TopicFrequencies(sizes.get(ListId.site()), perTopic);
    return ranking.rank(candidate(subject), candidates, frequencies, RELATED_SIZE);
  }

  /** An article whose new entry (none when unlisted) is not in the lists yet. */
  record Change(String articleId, ListEntry entry, Set<ListId> lists) {}

  private static Candidate candidate(ListEntry entry) {
    return new Candidate(entry.summary(), new TextSignature(entry.signature()));
  }
}
