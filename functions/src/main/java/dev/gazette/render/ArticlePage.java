package dev.gazette.render;

import dev.gazette.article.Slug;
import java.util.List;

/**
 * What a reader sees of one article, ready for any output format: text already in the site's
 * language and dates already formatted. It knows nothing of HTML files or JSON documents.
 *
 * @param summary the editor's summary, or null; {@code head().description()} is never null
 * @param location the dateline, or null
 * @param author the byline, or null
 * @param lead the lead picture, or null
 * @param leadRenditions every published rendition of the lead picture; empty without one
 * @param related the articles "Aller plus loin" lists, best first; may be empty
 * @param revisedIso when the content last changed after publication, or null if it never did
 * @param revisedDisplay the same as readers see it ("3 décembre 2026 à 14h05"), or null
 * @param corrections the notes added since publication, oldest first; may be empty
 * @param authorPath the path of the author's page the byline links to, or null without a byline
 * @param embedScriptPath the script that loads the body's embeds on a click, or null if it has none
 */
public record ArticlePage(
    PageHead head,
    String id,
    Slug slug,
    String title,
    String summary,
    String author,
    String location,
    String publishedIso,
    String updatedIso,
    String displayDate,
    Figure lead,
    List<RenditionFile> leadRenditions,
    SafeHtml body,
    List<TopicLabel> topics,
    List<ArticleTeaser> related,
    RecommendedSlot recommended,
    Labels labels,
    String revisedIso,
    String revisedDisplay,
    List<CorrectionNote> corrections,
    String authorPath, String embedScriptPath) {

  public ArticlePage {
    corrections = List.copyOf(corrections);
    leadRenditions = List.copyOf(leadRenditions);
    topics = List.copyOf(topics);
    related = List.copyOf(related);
  }
}
