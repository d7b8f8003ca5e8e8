package dev.gazette.publish.related;

import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A small hand-written French newsroom: a few stories, each told by one to three articles. */
final class SampleArticles {

  static final Topic ENVIRONNEMENT = Topic.named("Environnement");
  static final Topic ECONOMIE = Topic.named("Économie");
  static final Topic SPORT = Topic.named("Sport");
  static final Topic CULTURE = Topic.named("Culture");

  static final Candidate DESSALEMENT_MISE_EN_SERVICE = article("d1", "2025-03-10",
      "À Agadir, la station de dessalement d’eau de mer entre en service",
      "La nouvelle usine de dessalement fournit ses premiers mètres cubes d’eau potable.",
      "La station de dessalement d’Agadir a livré mardi ses premiers mètres cubes. L’usine "
          + "pompe l’eau de mer et la filtre par osmose inverse. Les quartiers de la ville "
          + "seront raccordés d’ici l’été.",
      ENVIRONNEMENT, ECONOMIE);
  static final Candidate DESSALEMENT_CAPACITE = article("d2", "2025-01-15",
      "Dessalement : la station d’Agadir doublera sa capacité",
      "L’usine de dessalement d’eau de mer d’Agadir prévoit une deuxième tranche.",
      "Une deuxième tranche de la station de dessalement est prévue pour répondre à la "
          + "sécheresse. L’eau de mer dessalée servira aussi à l’irrigation des agriculteurs "
          + "de la plaine du Souss.",
      ENVIRONNEMENT, ECONOMIE);
  static final Candidate DESSALEMENT_AGRICULTEURS = article("d3", "2024-11-20",
      "Sécheresse : les agriculteurs du Souss misent sur l’eau de mer dessalée",
      "Autour d’Agadir, les maraîchers attendent l’eau de la station de dessalement.",
      "Les nappes baissent depuis six ans de sécheresse. Les maraîchers de la plaine du "
          + "Souss comptent sur l’eau produite par la station de dessalement d’Agadir pour sauver "
          + "leurs serres de tomates.",
      ENVIRONNEMENT, ECONOMIE);
  static final Candidate PORT_TRAVAUX = article("p1", "2025-03-09",
      "Tanger : les travaux d’extension du port commencent",
      "Les premières grues sont arrivées sur le chantier du nouveau quai.",
      "Le chantier d’extension du port de Tanger doit durer trois ans. Le nouveau quai "
          + "accueillera des navires plus longs. Les transitaires saluent un projet attendu.",
      ECONOMIE);
  static final Candidate PORT_CONTENEURS = article("p2", "2025-03-11",
      "Le nouveau terminal à conteneurs de Tanger attire les armateurs",
      "Trois compagnies maritimes ont signé pour des escales hebdomadaires.",
      "Les armateurs veulent relier Tanger aux ports d’Europe du Nord. Le terminal à "
          + "conteneurs promet des délais de déchargement plus courts.",
      ECONOMIE);
  static final Candidate RAJA_DERBY = article("f1", "2025-03-08",
      "Le Raja remporte le derby de Casablanca",
      "Un but à la dernière minute a offert la victoire aux Verts.",
      "Le stade était plein pour ce derby. L’attaquant du Raja a marqué de la tête au bout "
          + "du temps additionnel. Les supporters ont chanté jusqu’à minuit.",
      SPORT);
  static final Candidate RAJA_LIGUE = article("f2", "2025-02-20",
      "Football : le Raja prépare la Ligue des champions",
      "L’entraîneur a convoqué vingt-quatre joueurs pour le stage.",
      "Le Raja affrontera un club tunisien en quart de finale. L’entraîneur mise sur sa "
          + "défense et sur la forme de son attaquant.",
      SPORT);
  static final Candidate FESTIVAL_SELECTION = article("c1", "2025-03-05",
      "Le festival du film de Marrakech dévoile sa sélection",
      "Quatorze longs métrages concourront pour l’Étoile d’or.",
      "Le jury, présidé par une réalisatrice, verra quatorze films venus de douze pays. "
          + "Le festival rendra hommage à un acteur marocain.",
      CULTURE);
  static final Candidate FESTIVAL_PALMARES = article("c2", "2025-03-12",
      "Marrakech : un premier film marocain primé au festival",
      "Une jeune réalisatrice repart avec l’Étoile d’or.",
      "Son film suit une famille de pêcheurs. Le public du festival l’a longuement applaudi.",
      CULTURE);
  static final Candidate INFLATION = article("i1", "2025-03-10",
      "L’inflation ralentit à 2 % sur un an",
      "Les prix alimentaires augmentent moins vite qu’au trimestre précédent.",
      "Le ralentissement des prix des légumes explique l’essentiel de la baisse. Les "
          + "carburants restent chers.",
      ECONOMIE);

  static final List<Candidate> ALL = List.of(DESSALEMENT_MISE_EN_SERVICE, DESSALEMENT_CAPACITE,
      DESSALEMENT_AGRICULTEURS, PORT_TRAVAUX, PORT_CONTENEURS, RAJA_DERBY, RAJA_LIGUE,
      FESTIVAL_SELECTION, FESTIVAL_PALMARES, INFLATION);

  /** A site of a thousand articles where "Économie" is broad and "Environnement" rare. */
  static final TopicFrequencies FREQUENCIES = new TopicFrequencies(1000, Map.of(
      ECONOMIE.slug(), 300L, ENVIRONNEMENT.slug(), 40L, SPORT.slug(), 250L,
      CULTURE.slug(), 150L));

  private SampleArticles() {
  }

  static Candidate article(String id, String day, String title, String summary, String body,
      Topic... topics) {
    Instant published = Instant.parse(day + "T09:00:00Z");
    ArticleSummary list = new ArticleSummary(id, Slug.fromTitle(title), title, summary,
        "La rédaction", "Rabat", Arrays.asList(topics), published, published, null);
    return new Candidate(list, TextSignature.of(title, summary, body));
  }
}
