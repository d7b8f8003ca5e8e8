package dev.gazette.render;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The search page "/recherche/": a labelled form sending {@code q} to itself, the place the
 * script writes its results and announces them, and what readers without JavaScript are told.
 * The texts the script shows travel as data attributes, so it holds no words of its own.
 */
public record SearchPage(PageHead head, Texts texts, String actionPath, String indexPath,
    String scriptPath, Link home) {

  /** The page's words in the site's language. */
  public record Texts(String title, String description, String label, String button,
      String noScript, String searching, String heading, String count, String none, String failed) {

    static Texts of(Locale locale) {
      ResourceBundle bundle = ResourceBundle.getBundle("dev.gazette.render.messages", locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      return new Texts(bundle.getString("search.title"), bundle.getString("search.description"),
          bundle.getString("search.label"), bundle.getString("search.button"),
          bundle.getString("search.noScript"), bundle.getString("search.searching"),
          bundle.getString("search.heading"), bundle.getString("search.count"),
          bundle.getString("search.none"), bundle.getString("search.failed"));
    }
  }
}
