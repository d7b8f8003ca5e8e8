package dev.gazette.article;

import java.util.List;

/** A page of an article's revisions, newest first, and the cursor of the next page (null at the end). */
public record RevisionPage(List<Revision> revisions, String nextCursor) {

  public RevisionPage {
    revisions = List.copyOf(revisions);
  }
}
