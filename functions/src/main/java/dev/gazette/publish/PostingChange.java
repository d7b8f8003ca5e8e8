package dev.gazette.publish;

import dev.gazette.render.SearchPosting;

/**
 * One edit to the search index for one article: its posting goes into a term's month (counted),
 * is rewritten there (a new frequency or length, not counted), or comes out (counted down).
 * Each is safe to apply twice: an added posting already there is only rewritten, a removed one
 * already gone changes nothing.
 */
public record PostingChange(TermMonth shard, SearchPosting posting, Kind kind) {

  public enum Kind { ADDED, REWRITTEN, REMOVED }
}
