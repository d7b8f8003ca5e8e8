package dev.gazette.render;

/**
 * One article in one term's month of the search index: how often the term occurs in it, and its
 * length as a coarse bucket (so that an edit seldom rewrites every term file of the article).
 */
public record SearchPosting(String articleId, int frequency, int lengthBucket) {

  /** The bucket of a length in terms: four per doubling, read back in the browser as 2^(b/4). */
  public static int lengthBucket(int length) {
    return (int) Math.round(4 * Math.log(Math.max(1, length)) / Math.log(2));
  }
}
