package dev.gazette.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON document of an article page, for apps and scripts that read the site. Built field by
 * field in a fixed order, so the same page always gives the same bytes.
 */
final class ArticleJson {

  private final ObjectMapper mapper;

  ArticleJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The lead picture as the page shows it, with every rendition; null when there is none. */
  private static void image(ObjectNode document, ArticlePage page) {
    Figure lead = page.lead();
    if (lead == null) {
      document.putNull("image");
      return;
    }
    ObjectNode image = document.putObject("image")
        .put("url", lead.src())
        .put("width", lead.width())
        .put("height", lead.height())
        .put("alt", lead.alt())
        .put("caption", lead.caption())
        .put("credit", lead.credit());
    ArrayNode renditions = image.putArray("renditions");
    page.leadRenditions().forEach(rendition -> renditions.addObject()
        .put("crop", rendition.crop())
        .put("format", rendition.format())
        .put("width", rendition.width())
        .put("height", rendition.height())
        .put("url", rendition.url().toString()));
  }

  /** The document as UTF-8 bytes. */
  byte[] write(ArticlePage page) {
    ObjectNode document = mapper.createObjectNode()
        .put("id", page.id())
        .put("slug", page.slug().value())
        .put("url", page.head().canonicalUrl().toString())
        .put("title", page.title())
        .put("summary", page.summary())
        .put("bodyHtml", page.body().toString())
        .put("author", page.author())
        .put("location", page.location());
    image(document, page);
    ArrayNode topics = document.putArray("topics");
    page.topics().forEach(topic -> topics.addObject()
        .put("name", topic.name())
        .put("slug", topic.slug().value())
        .put("url", topic.url().toString()));
    document
        .put("publishedAt", page.publishedIso())
        .put("updatedAt", page.updatedIso())
        .put("language", page.head().language());
    ArrayNode related = document.putArray("related");
    page.related().forEach(teaser -> related.addObject()
        .put("title", teaser.title())
        .put("slug", teaser.slug().value())
        .put("url", teaser.url().toString())
        .put("excerpt", teaser.excerpt()));
    try {
      return mapper.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
