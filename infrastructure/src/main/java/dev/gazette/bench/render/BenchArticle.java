package dev.gazette.bench.render;

import dev.gazette.article.Article;
import dev.gazette.article.ArticlePictures;
import dev.gazette.article.ArticleSummary;
import dev.gazette.article.Picture;
import dev.gazette.article.PictureRendition;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.article.Topic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article page the render benchmark publishes, as a newsroom's typical one: a body of about
 * 600 words in French (paragraphs, subheadings, a list, a link, emphasis, a quote), a lead
 * picture with every rendition the media room makes, and four related articles with thumbnails.
 */
final class BenchArticle {

  private static final Instant PUBLISHED = Instant.parse("2026-11-26T17:40:00Z");
  private static final Instant UPDATED = Instant.parse("2026-11-26T19:05:00Z");
  private static final List<Integer> LADDER = List.of(320, 640, 960, 1280, 1600, 2048);

  private BenchArticle() {}

  /** The article; with {@code summary} null its description is taken from the body. */
  static Article article(String summary) {
    String title = "La métropole lance des navettes fluviales entre la gare et l'île Verte";
    return new Article("01JDNAVETTES0001", Slug.fromTitle(title), Set.of(), title, summary, body(),
        "Claire Mercier", "Grenoble",
        List.of(Topic.named("Transport"), Topic.named("Environnement"), Topic.named("Société")),
        Status.PUBLISHED, PUBLISHED, PUBLISHED, UPDATED, 4, "fr", null, null);
  }

  static final String SUMMARY = "Deux bateaux électriques relieront quatre pontons au printemps : "
      + "un trajet de douze minutes, au prix d'un ticket de bus.";

  static ArticlePictures pictures() {
    return new ArticlePictures(picture("m1riviere", "4f0c2a9e7b1d3c5e", 4000, 3000,
        "Un bateau électrique à quai au lever du jour", "Le prototype lors des essais d'octobre.",
        "Photo C. Mercier"), Map.of());
  }

  static List<ArticleSummary> related() {
    return List.of(
        summary("Le pont principal fermé trois mois pour travaux", "2026-11-12T07:30:00Z", "Transport"),
        summary("Crues : la rivière est montée de trois mètres en deux jours", "2026-02-03T10:15:00Z",
            "Environnement"),
        summary("Les bus des quartiers nord passeront toutes les dix minutes", "2026-09-21T06:45:00Z",
            "Transport"),
        summary("Le chemin de halage rouvre aux cyclistes", "2026-06-08T15:00:00Z", "Société"));
  }

  private static ArticleSummary summary(String title, String published, String topic) {
    Slug slug = Slug.fromTitle(title);
    Picture thumbnail = picture("m" + Math.abs(title.hashCode()), "9a8b7c6d5e4f3a2b", 3000, 2000,
        "Illustration : " + title, null, "Photo Gazette");
    return new ArticleSummary("id-" + slug.value(), slug, title,
        "Les services de la métropole ont présenté le calendrier aux riverains, qui ont posé leurs "
            + "questions sur les déviations, le bruit et les horaires pendant plus de deux heures.",
        "Claire Mercier", "Grenoble", List.of(Topic.named(topic)), Instant.parse(published),
        Instant.parse(published), new Picture(thumbnail.mediaId(), thumbnail.imageHash(),
            thumbnail.width(), thumbnail.height(), thumbnail.alt(), thumbnail.caption(),
            thumbnail.credit(), thumbnail.crop("4x3")));
  }

  /** A ready picture of width × height with every crop at every width of the ladder, WebP and JPEG. */
  private static Picture picture(String mediaId, String hash, int width, int height, String alt,
      String caption, String credit) {
    List<PictureRendition> renditions = new ArrayList<>();
    crop(renditions, "16x9", Math.min(width, height * 16 / 9), 16, 9);
    crop(renditions, "4x3", Math.min(width, height * 4 / 3), 4, 3);
    crop(renditions, "1x1", Math.min(width, height), 1, 1);
    return new Picture(mediaId, hash + hash, width, height, alt, caption, credit, renditions);
  }

  private static void crop(List<PictureRendition> renditions, String crop, int cropWidth, int w, int h) {
    for (int width : LADDER) {
      if (width <= cropWidth) {
        for (String format : List.of("webp", "jpg")) {
          renditions.add(new PictureRendition(crop, width, width * h / w, format));
        }
      }
    }
  }

  private static String body() {
    try (InputStream in = BenchArticle.class.getResourceAsStream("/bench/article-body.md")) {
      if (in == null) {
        throw new IllegalStateException("bench/article-body.md is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
