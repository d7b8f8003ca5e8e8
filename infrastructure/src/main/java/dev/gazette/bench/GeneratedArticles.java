package dev.gazette.bench;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.Editor;
import dev.gazette.article.EditorDesk;
import dev.gazette.publish.ArchiveImport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Articles for the benchmark: French-looking text over a fixed vocabulary, topics drawn with a
 * long tail (a few broad topics, many rare ones), published at a newsroom's steady pace, so a
 * larger archive is an older one, not a denser one.
 */
public final class GeneratedArticles {
  /** About forty articles a day, a mid-sized newsroom. */
  static final Duration PACE = Duration.ofMinutes(36);
  private static final String[] TOPICS = {
      "Société", "Économie", "Politique", "Sport", "Culture", "International", "Environnement",
      "Technologie", "Santé", "Éducation", "Justice", "Diplomatie", "Transport", "Agriculture",
      "Tourisme", "Énergie", "Immobilier", "Football", "Cinéma", "Musique", "Littérature",
      "Religion", "Météo", "Sciences", "Médias", "Emploi", "Migrations", "Sécurité", "Eau", "Climat"};
  private static final String[] WORDS = (
      "gouvernement ministre projet ville région port usine eau barrage sécheresse pluie récolte "
      + "marché prix inflation salaire emploi chômage entreprise investissement banque crédit "
      + "école université étudiant enseignant hôpital médecin patient vaccin tribunal juge procès "
      + "match équipe entraîneur championnat victoire défaite supporters stade festival film "
      + "réalisateur concert artiste exposition livre auteur touristes hôtel plage aéroport train "
      + "autoroute tramway énergie solaire éolien électricité réseau numérique internet startup "
      + "frontière accord partenariat sommet délégation ambassadeur réforme loi parlement vote").split(" ");

  private final Random random;

  public GeneratedArticles(long seed) {
    this.random = new Random(seed);
  }

  /** The {@code index}-th article of an archive whose newest article appears at {@code newest}. */
  /**
   * An archive of {@code size} articles ending at {@code newest}, created through the desk and
   * listed as an import lists them, 25 to a transaction group; the search index is left to a rebuild.
   */
  public List<Article> createListed(int size, Instant newest, EditorDesk desk, Editor editor, ArchiveImport archive) {
    List<Article> created = new ArrayList<>();
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      batch.add(desk.create(archived(i, size, newest), editor));
      if (batch.size() == 25 || i == size - 1) {
        archive.addAllIfUnlisted(batch);
        created.addAll(batch);
        batch.clear();
      }
    }
    return created;
  }

  public ArticleContent archived(int index, int size, Instant newest) {
    Instant publishedAt = newest.minus(PACE.multipliedBy(size - index));
    return content("Dossier " + index + " : " + sentence(6), publishedAt, "published");
  }

  public ArticleContent fresh(String label) {
    return content(label + " : " + sentence(6), null, "published");
  }

  /** A new published article filed under this one topic only (a burst into one topic). */
  public ArticleContent freshIn(String label, String topic) {
    ArticleContent content = fresh(label);
    return new ArticleContent(content.title(), content.summary(), content.body(), content.author(),
        content.location(), List.of(topic), content.status(), null, null, null, null);
  }

  public ArticleContent content(String title, Instant publishedAt, String status) {
    return new ArticleContent(title, sentence(18), paragraphs(), null, city(), topics(), status,
        publishedAt == null ? null : publishedAt.toString(), null, null, null);
  }

  private List<String> topics() {
    List<String> topics = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    while (topics.size() < count) {
      // Squaring a uniform draw favours the first (broad) topics: a long tail of rare ones.
      double draw = random.nextDouble();
      String topic = TOPICS[(int) (draw * draw * TOPICS.length)];
      if (!topics.contains(topic)) {
        topics.add(topic);
      }
    }
    return topics;
  }

  private String paragraphs() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      body.append(sentence(40)).append("\n\n");
    }
    return body.toString().strip();
  }

  private String sentence(int words) {
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
    }
    return sentence.append('.').toString();
  }

  private String city() {
    String[] cities = {"Rabat", "Casablanca", "Tanger", "Agadir", "Fès", "Marrakech", "Oujda", "Paris"};
    return cities[random.nextInt(cities.length)];
  }
}
