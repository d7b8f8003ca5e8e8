package dev.gazette.article;

import java.util.List;

/** Every topic that has ever held a published article, with its current count. */
public interface TopicDirectory {

  /** Topics by name, empty ones (count 0) included so a vanished topic can be seen as such. */
  List<TopicCount> all();
}
