package dev.gazette.importer.wordpress;

import dev.gazette.article.ArticleRules;
import dev.gazette.importer.ImportProblem;
import dev.gazette.importer.ImportedPicture;
import dev.gazette.importer.ImportedPost;
import dev.gazette.importer.PostSource;
import dev.gazette.importer.SourcePosts;
import dev.gazette.importer.bulk.PostRules;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * A WordPress export (Tools → Export, WXR): its posts as articles. Published, draft, pending and
 * scheduled posts are read (dates in UTC from {@code wp:post_date_gmt}, the author's display
 * name, categories then tags as topics, the excerpt as summary, the body from HTML to Markdown
 * with its shortcodes expanded, the featured image and the body's pictures from the uploads
 * folder, the old permalink and {@code /?p=id} as old addresses); private and trashed posts,
 * pages, menu entries and the like are reported and left; attachments give the pictures.
 */
public final class WordPressExport implements PostSource {
  private static final Pattern RESIZED = Pattern.compile("-\\d+x\\d+(?=\\.\\w+$)");
  private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Override
  public SourcePosts read(Path file) throws IOException {
    WxrExport export = new WxrReader().read(file);
    Map<String, Attachment> attachments = attachments(export);
    Map<String, String> altByFile = new HashMap<>();
    attachments.values().forEach(attachment -> {
      String uploaded = OldSite.uploadsFile(attachment.url());
      if (uploaded != null && attachment.alt() != null) {
        altByFile.putIfAbsent(uploaded, attachment.alt());
      }
    });
    Library library = new Library(attachments, altByFile);
    Map<String, Integer> dropped = new TreeMap<>();
    Shortcodes shortcodes = new Shortcodes(attachments, dropped);
    List<ImportedPost> posts = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (WxrItem item : export.items()) {
      String type = item.postType() == null ? "post" : item.postType().strip();
      if (type.equals("attachment")) {
        continue; // a picture, shown by the posts that name it
      }
      String id = item.postId() == null ? "" : item.postId().strip();
      String where = id.matches("\\d+") ? "post " + id : "item at line " + item.line();
      try {
        if (!id.matches("\\d+")) {
          throw new BadPost("has no wp:post_id (a number)");
        }
        if (!seen.add(id)) {
          throw new BadPost("wp:post_id " + id + " is used by an earlier item");
        }
        if (!type.equals("post")) {
          throw new BadPost("a " + type + " (" + titleOrNone(item) + "), not imported: only posts become articles");
        }
        ImportedPost post = post(export, item, id, library, shortcodes);
        Optional<String> broken = PostRules.problem(post);
        if (broken.isPresent()) {
          throw new BadPost(broken.get());
        }
        posts.add(post);
      } catch (BadPost bad) {
        problems.add(new ImportProblem(where, bad.getMessage()));
      }
    }
    return new SourcePosts(posts, problems, dropped);
  }

  private static ImportedPost post(WxrExport export, WxrItem item, String id, Library library, Shortcodes shortcodes) {
    String wpStatus = item.status() == null ? "" : item.status().strip();
    String status = switch (wpStatus) {
      case "publish" -> "published";
      case "draft", "pending" -> "draft";
      case "future" -> "scheduled";
      case "private" -> throw new BadPost("private (only its author could read it), not imported");
      case "trash" -> throw new BadPost("in the trash, not imported");
      default -> throw new BadPost("status \"" + wpStatus + "\", not imported: only publish, future, draft and pending are");
    };
    Instant date = date(item);
    if (date == null && !status.equals("draft")) {
      throw new BadPost("has no date (wp:post_date_gmt and wp:post_date are empty or 0000-00-00)");
    }
    // The classic editor stores paragraphs as blank lines; the block editor writes its own <p>.
    boolean autop = item.content() == null || !item.content().contains("<!-- wp:");
    HtmlMarkdown.Converted body = HtmlMarkdown.convert(shortcodes.expand(item.content(), id), item.link(), autop,
        url -> libraryAlt(url, library.altByFile()));
    List<ImportedPicture> pictures = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (HtmlMarkdown.BodyImage image : body.images()) {
      String uploaded = OldSite.uploadsFile(image.url());
      if (uploaded != null && shown.add(image.url())) {
        pictures.add(new ImportedPicture(image.url(), uploaded, blankToNull(image.alt()), image.caption(), null));
      }
    }
    return new ImportedPost(id, text(item.title()), blankToNull(text(item.excerpt())), body.markdown(),
        author(export, item), null, topics(item), status,
        status.equals("published") ? date : null, status.equals("scheduled") ? date : null,
        OldSite.slug(item.postName()), featured(item, library.byId()), pictures, OldSite.oldPaths(item.link(), id));
  }

  private static Map<String, Attachment> attachments(WxrExport export) {
    Map<String, Attachment> attachments = new LinkedHashMap<>();
    for (WxrItem item : export.items()) {
      if ("attachment".equals(item.postType() == null ? null : item.postType().strip()) && item.postId() != null
          && item.attachmentUrl() != null) {
        attachments.putIfAbsent(item.postId().strip(), new Attachment(item.postId().strip(), item.attachmentUrl().strip(),
            blankToNull(item.meta().get("_wp_attachment_image_alt")), blankToNull(text(item.excerpt())),
            item.postParent() == null ? null : item.postParent().strip()));
      }
    }
    return attachments;
  }

  /**
   * The alt text WordPress's media library holds for the picture at this address, the address of
   * one of its resized copies ({@code port-300x200.jpg}) too: a picture the body shows without
   * one gets it, so it is not left out of a published article for want of words.
   */
  private static String libraryAlt(String url, Map<String, String> altByFile) {
    String file = OldSite.uploadsFile(url);
    if (file == null) {
      return null;
    }
    String alt = altByFile.get(file);
    return alt != null ? alt : altByFile.get(RESIZED.matcher(file).replaceFirst(""));
  }

  /** The featured image; one the export does not hold is named so the report says it is missing. */
  private static ImportedPicture featured(WxrItem item, Map<String, Attachment> attachments) {
    String thumbnail = item.meta().get("_thumbnail_id");
    if (thumbnail == null || thumbnail.isBlank()) {
      return null;
    }
    Attachment attachment = attachments.get(thumbnail.strip());
    if (attachment == null) {
      return new ImportedPicture("attachment " + thumbnail.strip() + " (not in the export)", null, null, null, null);
    }
    return new ImportedPicture(attachment.url(), OldSite.uploadsFile(attachment.url()), attachment.alt(), attachment.caption(), null);
  }

  /** When it was (or is to be) published, in UTC; null when the export gives no date. */
  private static Instant date(WxrItem item) {
    Instant gmt = mysqlDate("wp:post_date_gmt", item.postDateGmt());
    // Without the UTC date, the site's local one: the export does not say the site's time zone.
    return gmt != null ? gmt : mysqlDate("wp:post_date", item.postDate());
  }

  private static Instant mysqlDate(String field, String text) {
    if (text == null || text.isBlank() || text.strip().startsWith("0000-00-00")) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip(), MYSQL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadPost(field + " \"" + text.strip() + "\" is not a date such as 2019-03-14 08:30:00");
    }
  }

  private static String author(WxrExport export, WxrItem item) {
    if (item.creator() == null || item.creator().isBlank()) {
      return null;
    }
    String login = item.creator().strip();
    return export.authors().getOrDefault(login, login);
  }

  /** Categories, then tags, each once; WordPress's default "uncategorized" only when it is the only one. */
  private static List<String> topics(WxrItem item) {
    Set<String> categories = new LinkedHashSet<>();
    Set<String> tags = new LinkedHashSet<>();
    boolean uncategorized = false;
    for (WxrItem.Category category : item.categories()) {
      String name = text(category.name());
      if (name == null || name.isBlank()) {
        continue;
      }
      if ("post_tag".equals(category.domain())) {
        tags.add(name.strip());
      } else if ("category".equals(category.domain())) {
        if ("uncategorized".equals(category.nicename())) {
          uncategorized = true;
        } else {
          categories.add(name.strip());
        }
      }
    }
    List<String> topics = new ArrayList<>(categories);
    tags.stream().filter(tag -> !categories.contains(tag)).forEach(topics::add);
    if (topics.isEmpty() && uncategorized) {
      item.categories().stream().filter(c -> "uncategorized".equals(c.nicename())).findFirst()
          .ifPresent(c -> topics.add(text(c.name()).strip()));
    }
    // The newsroom's limit; categories come first, so the tags past it are the ones left.
    return topics.size() > ArticleRules.MAX_TOPICS ? topics.subList(0, ArticleRules.MAX_TOPICS) : topics;
  }

  /** Text as WordPress stores it in titles and excerpts: markup and entities allowed. */
  private static String text(String html) {
    if (html == null) {
      return null;
    }
    return html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html.strip() : Jsoup.parseBodyFragment(html).text().strip();
  }

  private static String titleOrNone(WxrItem item) {
    String title = text(item.title());
    return title == null || title.isEmpty() ? "untitled" : "\"" + title + "\"";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The export's pictures, by attachment id and by file. */
  private record Library(Map<String, Attachment> byId, Map<String, String> altByFile) {}

  /** An item that is not an importable post, and why. */
  private static final class BadPost extends RuntimeException {
    BadPost(String reason) {
      super(reason);
    }
  }
}
