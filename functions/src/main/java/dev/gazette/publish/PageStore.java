package dev.gazette.publish;

import dev.gazette.render.RenderedFile;

/** Where the public site's files live (a bucket in AWS, a folder in tests). */
public interface PageStore {

  void put(RenderedFile file);

  /** Removes the file; removing a missing file is not an error. */
  void delete(String key);
}
