package dev.gazette.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON document of a topic's front or an author's page: the topic (or author), its latest
 * articles and its month archives.
 * Built field by field in a fixed order, so the same list always gives the same bytes.
 */
final class ListPageJson {

  private final ObjectMapper mapper;

  ListPageJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The document as UTF-8 bytes; {@code field} names what the list is of ("topic", "author"). */
  byte[] write(String field, TopicLabel topic, ListPage page) {
    ObjectNode document = mapper.createObjectNode();
    document.putObject(field)
        .put("name", topic.name())
        .put("slug", topic.slug().value())
        .put("url", topic.url());
    ArrayNode articles = document.putArray("articles");
    page.articles().forEach(teaser -> article(articles.addObject(), teaser));
    ArrayNode archives = document.putArray("archives");
    page.archives().forEach(month -> archives.addObject()
        .put("month", month.month().toString())
        .put("count", month.count())
        .put("url", month.url().toString()));
    try {
      return mapper.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void article(ObjectNode node, ArticleTeaser teaser) {
    node.put("id", teaser.id())
        .put("slug", teaser.slug().value())
        .put("title", teaser.title())
        .put("url", teaser.url())
        .put("excerpt", teaser.excerpt())
        .put("author", teaser.author())
        .put("location", teaser.location())
        .put("publishedAt", teaser.publishedIso())
        .put("updatedAt", teaser.updatedIso());
    ArrayNode topics = node.putArray("topics");
    teaser.topics().forEach(topic -> topics.addObject()
        .put("name", topic.name())
        .put("slug", topic.slug().value())
        .put("url", topic.url()));
  }
}
