package dev.gazette.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one line a revision's list shows of what a save changed, in the desk's French: the fields
 * it changed ("Titre, Texte modifiés"), what it did to the status ("Publié"), a note it added
 * ("Rectificatif ajouté"), or that it changed nothing.
 */
public final class RevisionSummary {
  private RevisionSummary() {}

  /** What {@code next} changed from {@code previous} (null: it is the first version). */
  public static String between(Article previous, Article next) {
    if (previous == null) {
      return switch (next.status()) {
        case DRAFT -> "Créé";
        case SCHEDULED -> "Créé et programmé";
        case PUBLISHED -> "Créé et publié";
      };
    }
    List<String> parts = new ArrayList<>();
    List<String> fields = changedFields(previous, next);
    if (!fields.isEmpty()) {
      parts.add(String.join(", ", fields) + (fields.size() == 1 && !fields.get(0).endsWith("s") ? " modifié" : " modifiés"));
    }
    int added = next.corrections().size() - previous.corrections().size();
    if (added == 1) {
      parts.add("Rectificatif ajouté");
    } else if (added > 1) {
      parts.add(added + " rectificatifs ajoutés");
    } else if (!next.corrections().equals(previous.corrections())) {
      parts.add("Rectificatifs modifiés");
    }
    String status = statusChange(previous.status(), next.status());
    if (status != null) {
      parts.add(status);
    }
    return parts.isEmpty() ? "Enregistré sans changement" : String.join(" · ", parts);
  }

  private static List<String> changedFields(Article previous, Article next) {
    List<String> fields = new ArrayList<>();
    changed(fields, "Titre", previous.title(), next.title());
    changed(fields, "Chapeau", previous.summary(), next.summary());
    changed(fields, "Texte", previous.body(), next.body());
    changed(fields, "Auteur", previous.author(), next.author());
    changed(fields, "Lieu", previous.location(), next.location());
    changed(fields, "Sujets", previous.topics(), next.topics());
    changed(fields, "Visuel", previous.image(), next.image());
    changed(fields, "Lien", previous.slug(), next.slug());
    if (previous.status() == next.status()) {
      changed(fields, "Horaire", previous.publishAt(), next.publishAt());
    }
    return fields;
  }

  private static void changed(List<String> fields, String label, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      fields.add(label);
    }
  }

  private static String statusChange(Status before, Status after) {
    if (before == after) {
      return null;
    }
    return switch (after) {
      case PUBLISHED -> "Publié";
      case SCHEDULED -> "Programmé";
      case DRAFT -> before == Status.SCHEDULED ? "Déprogrammé" : "Dépublié";
    };
  }
}
