package dev.gazette.publish.related;

import static dev.gazette.publish.related.SampleArticles.ALL;
import static dev.gazette.publish.related.SampleArticles.DESSALEMENT_AGRICULTEURS;
import static dev.gazette.publish.related.SampleArticles.DESSALEMENT_CAPACITE;
import static dev.gazette.publish.related.SampleArticles.DESSALEMENT_MISE_EN_SERVICE;
import static dev.gazette.publish.related.SampleArticles.ECONOMIE;
import static dev.gazette.publish.related.SampleArticles.ENVIRONNEMENT;
import static dev.gazette.publish.related.SampleArticles.FESTIVAL_SELECTION;
import static dev.gazette.publish.related.SampleArticles.FREQUENCIES;
import static dev.gazette.publish.related.SampleArticles.PORT_CONTENEURS;
import static dev.gazette.publish.related.SampleArticles.PORT_TRAVAUX;
import static dev.gazette.publish.related.SampleArticles.RAJA_DERBY;
import static dev.gazette.publish.related.SampleArticles.RAJA_LIGUE;
import static dev.gazette.publish.related.SampleArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.article.ArticleSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedRankingTest {

  private final RelatedRanking ranking = new RelatedRanking();

  @Test
  void articlesOnTheSameStoryComeBeforeArticlesThatOnlyShareABroadTopic() {
    List<String> related = ids(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, ALL, FREQUENCIES, 10));

    assertThat(related.subList(0, 2)).containsExactlyInAnyOrder(
        DESSALEMENT_CAPACITE.id(), DESSALEMENT_AGRICULTEURS.id());
    assertThat(related).contains(PORT_TRAVAUX.id(), PORT_CONTENEURS.id());
  }

  @Test
  void sharedWordsLiftAnArticleAboveACloserOneThatOnlySharesTheTopic() {
    List<String> related = ids(ranking.rank(PORT_TRAVAUX, ALL, FREQUENCIES, 10));

    assertThat(related.get(0)).isEqualTo(PORT_CONTENEURS.id());
  }

  @Test
  void aWordMostCandidatesShareWeighsLessThanARareOne() {
    Candidate subject = article("s", "2025-03-10", "Station d’Agadir", null, null, ENVIRONNEMENT);
    List<Candidate> candidates = List.of(
        article("a-common-word", "2025-03-01", "Station Tiznit", null, null, ENVIRONNEMENT),
        article("b-rare-word", "2025-03-01", "Agadir Essaouira", null, null, ENVIRONNEMENT),
        article("c", "2025-03-01", "Station Safi", null, null, ENVIRONNEMENT),
        article("d", "2025-03-01", "Station Nador", null, null, ENVIRONNEMENT),
        article("e", "2025-03-01", "Station Oujda", null, null, ENVIRONNEMENT));

    assertThat(ids(ranking.rank(subject, candidates, FREQUENCIES, 1)))
        .containsExactly("b-rare-word");
  }

  @Test
  void anArticleIsNeverRelatedToItself() {
    assertThat(ids(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, ALL, FREQUENCIES, 10)))
        .doesNotContain(DESSALEMENT_MISE_EN_SERVICE.id());
  }

  @Test
  void anArticleFoundInSeveralTopicListsIsListedOnce() {
    List<Candidate> fromTwoTopicLists = new ArrayList<>(ALL);
    fromTwoTopicLists.addAll(ALL);

    List<String> related =
        ids(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, fromTwoTopicLists, FREQUENCIES, 10));

    assertThat(related).doesNotHaveDuplicates()
        .isEqualTo(ids(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, ALL, FREQUENCIES, 10)));
  }

  @Test
  void aRareSharedTopicOutranksABroadOneWhenTextsAreEquallySimilar() {
    Candidate subject = article("s", "2025-03-10", "Agadir inaugure sa station",
        null, "La station produit de l’eau.", ENVIRONNEMENT, ECONOMIE);
    String title = "Le barrage de la vallée se remplit";
    String body = "Les pluies de mars ont rempli le barrage.";
    Candidate rare = article("rare", "2025-03-01", title, null, body, ENVIRONNEMENT);
    Candidate broad = article("broad", "2025-03-01", title, null, body, ECONOMIE);

    assertThat(ids(ranking.rank(subject, List.of(broad, rare), FREQUENCIES, 10)))
        .containsExactly("rare", "broad");
  }

  @Test
  void betweenEquallySimilarArticlesTheOneCloserInTimeComesFirst() {
    Candidate subject = article("s", "2025-03-10", "Station d’Agadir", null, null, ENVIRONNEMENT);
    Candidate near = article("near", "2025-03-05", "Station d’Agadir", null, null, ENVIRONNEMENT);
    Candidate far = article("far", "2025-06-01", "Station d’Agadir", null, null, ENVIRONNEMENT);

    assertThat(ids(ranking.rank(subject, List.of(far, near), FREQUENCIES, 10)))
        .containsExactly("near", "far");
  }

  @Test
  void anArticleWithNoSharedTopicAndNoSharedWordIsNotListed() {
    Set<String> subjectTerms = DESSALEMENT_MISE_EN_SERVICE.signature().weights().keySet();
    List<Candidate> unrelated = List.of(RAJA_DERBY, RAJA_LIGUE, FESTIVAL_SELECTION);
    unrelated.forEach(candidate ->
        assertThat(candidate.signature().weights())
            .doesNotContainKeys(subjectTerms.toArray(String[]::new)));

    List<String> related = ids(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, ALL, FREQUENCIES, 10));

    assertThat(related).doesNotContain(ids(unrelated.stream().map(Candidate::summary).toList())
        .toArray(String[]::new));
  }

  @Test
  void sharedWordsAloneAreEnoughToBeListed() {
    Candidate sport = article("trail", "2025-03-01",
        "Un trail autour de la station de dessalement", null,
        "Les coureurs longent l’usine d’Agadir.", SampleArticles.SPORT);

    assertThat(ids(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, List.of(sport), FREQUENCIES, 10)))
        .containsExactly("trail");
  }

  @Test
  void theOrderOfCandidatesDoesNotChangeTheResult() {
    List<ArticleSummary> expected = ranking.rank(DESSALEMENT_MISE_EN_SERVICE, ALL, FREQUENCIES, 10);
    for (int seed = 0; seed < 20; seed++) {
      List<Candidate> shuffled = new ArrayList<>(ALL);
      shuffled.addAll(ALL.subList(0, 4));
      Collections.shuffle(shuffled, new Random(seed));

      assertThat(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, shuffled, FREQUENCIES, 10))
          .isEqualTo(expected);
    }
  }

  @Test
  void theListStopsAtTheLimit() {
    assertThat(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, ALL, FREQUENCIES, 3)).hasSize(3);
    assertThat(ranking.rank(DESSALEMENT_MISE_EN_SERVICE, ALL, FREQUENCIES, 0)).isEmpty();
  }

  private static List<String> ids(List<ArticleSummary> summaries) {
    return summaries.stream().map(ArticleSummary::id).toList();
  }
}
