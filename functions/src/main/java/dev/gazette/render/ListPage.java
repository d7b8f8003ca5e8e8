package dev.gazette.render;

import java.util.List;

/**
 * A page that lists articles (home, topic front, month archive), ready for any output format:
 * HTML, JSON and Atom read the same model.
 *
 * @param parent a link up to the page this one belongs to, or null
 * @param updatedIso the newest updatedAt among the articles: what a feed declares as updated
 * @param archives links to the months that hold articles, newest first; may be empty
 */
public record ListPage(
    PageHead head,
    String heading,
    Link parent,
    List<ArticleTeaser> articles,
    List<ArchiveLink> archives,
    String updatedIso,
    Labels labels) {

  public ListPage {
    articles = List.copyOf(articles);
    archives = List.copyOf(archives);
  }
}
