package dev.gazette.importer.bulk;

import dev.gazette.importer.ImportProblem;
import dev.gazette.importer.ImportedPicture;
import dev.gazette.importer.ImportedPost;
import dev.gazette.importer.SourcePosts;

import dev.gazette.article.Article;
import dev.gazette.article.ArticleContent;
import dev.gazette.article.ArticleRules;
import dev.gazette.article.CheckedContent;
import dev.gazette.article.PictureLibrary;
import dev.gazette.article.SavedBy;
import dev.gazette.article.Slug;
import dev.gazette.article.Status;
import dev.gazette.local.cdn.RedirectLookup;
import dev.gazette.media.MediaItem;
import dev.gazette.media.MediaText;
import dev.gazette.publish.ArchiveImport;
import dev.gazette.publish.RedirectMap;
import dev.gazette.site.OutputFormat;
import dev.gazette.site.SitePaths;
import dev.gazette.store.DynamoArchiveWrites;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulk path an archive's posts take into the site, whatever their source: each post goes
 * through the newsroom's own rules (what the API applies), its pictures into the media library,
 * its article into the table in batches, in the very shape the editors' store writes, under an
 * id made from its source id; published articles are listed the way the Publisher lists them,
 * and their old addresses answer 301. The stream does not wake the Publisher for them
 * ({@link DynamoArchiveWrites}); one rebuild renders the site at the end.
 *
 * <p>Idempotent: an article already in the table is left as it is (an editor may have changed
 * it since), so a second import writes nothing. Resumable: a batch stopped before its article
 * items is written again, identically, by the next run; one stopped after them is listed by it.
 */
public final class ArchiveImporter {
  /** BatchWriteItem's 25 items, about four per article: a batch of posts is a handful of requests. */
  static final int BATCH = 25;
  static final SavedBy IMPORT = new SavedBy("gazette:import", "Import d'archive");

  private final DynamoArchiveWrites table;
  private final ArchiveImport lists;
  private final RedirectMap redirects;
  private final SitePaths paths;
  private final PictureImport pictures;
  private final String language;
  private final String defaultAuthor;
  private final PrintStream progress;
  private StepListener steps = step -> { };
  private int batchSize = BATCH;

  /** Told after each step of each batch: how a test stops an import half-way, as a crash would. */
  interface StepListener {
    void done(String step);
  }

  ArchiveImporter(DynamoArchiveWrites table, ArchiveImport lists, RedirectMap redirects, SitePaths paths,
      PictureImport pictures, Locale language, String defaultAuthor, PrintStream progress) {
    this.table = table;
    this.lists = lists;
    this.redirects = redirects;
    this.paths = paths;
    this.pictures = pictures;
    this.language = language.toLanguageTag();
    this.defaultAuthor = ArticleRules.checkedAuthor(defaultAuthor);
    this.progress = progress;
  }

  ArchiveImporter withBatchSize(int posts) {
    this.batchSize = posts;
    return this;
  }

  ArchiveImporter onStep(StepListener listener) {
    this.steps = listener;
    return this;
  }

  /** Imports the posts the checkpoint has not seen done, saving it after each batch; the report of the whole import. */
  ImportReport run(SourcePosts source, ImportCheckpoint checkpoint) {
    ImportReport report = checkpoint.report();
    if (checkpoint.resumed()) {
      progress.printf("resuming: %d of %d posts already done%n", checkpoint.postsDone(), source.posts().size());
    } else {
      report.skipped.addAll(source.problems());
      source.shortcodesDropped().forEach((name, count) -> report.shortcodesDropped.merge(name, count, Integer::sum));
    }
    List<ImportedPost> posts = source.posts();
    long started = System.nanoTime();
    int first = checkpoint.postsDone();
    for (int from = first; from < posts.size(); from += batchSize) {
      int to = Math.min(posts.size(), from + batchSize);
      batch(posts.subList(from, to), checkpoint.startedAt(), report, checkpoint.resumed() && from == first);
      checkpoint.batchDone(to);
      double seconds = (System.nanoTime() - started) / 1e9;
      progress.printf("%d/%d posts (%.0f posts/s)%n", to, posts.size(), (to - first) / Math.max(seconds, 1e-3));
    }
    return report;
  }

  /** @param resumed the batch a stopped run was in: what it wrote is this import's, not an earlier one's */
  private void batch(List<ImportedPost> posts, Instant runStarted, ImportReport report, boolean resumed) {
    Map<String, ImportedPost> byId = new LinkedHashMap<>();
    for (ImportedPost post : posts) {
      byId.put(ImportIds.article(date(post), post.sourceId()), post);
    }
    Map<String, DynamoArchiveWrites.Held> there = table.existing(byId.keySet());
    List<Article> recovered = new ArrayList<>();
    List<Article> fresh = new ArrayList<>();
    Map<String, ImportedPost> sources = new HashMap<>();
    for (Map.Entry<String, ImportedPost> entry : byId.entrySet()) {
      DynamoArchiveWrites.Held held = there.get(entry.getKey());
      if (held != null && !(resumed && held.asImported())) {
        report.alreadyThere++;
      } else {
        // A stopped run wrote the held ones: seen again (reads only) for the report it did not save.
        article(entry.getKey(), entry.getValue(), runStarted, report).ifPresent(article -> {
          (held == null ? fresh : recovered).add(article);
          sources.put(article.id(), entry.getValue());
        });
      }
    }
    if (!recovered.isEmpty()) {
      withFreeSlugs(recovered, sources, report);
      recovered.forEach(article -> report.imported(article.status().wireName()));
    }
    // Written by a run that stopped before listing them: listed now (a read, when they are listed).
    lists.addAllIfUnlisted(there.values().stream().filter(DynamoArchiveWrites.Held::asImported)
        .map(DynamoArchiveWrites.Held::article).filter(Article::isPublished).toList());
    if (fresh.isEmpty()) {
      return;
    }
    List<Article> placed = withFreeSlugs(fresh, sources, report);
    table.writeCompanions(placed);
    steps.done("companions");
    Map<String, String> oldAddresses = new LinkedHashMap<>();
    for (Article article : placed) {
      if (article.isPublished()) {
        oldAddresses.putAll(redirects(sources.get(article.id()).oldPaths(), article.slug()));
      }
    }
    // A few writes for the batch; a resumed batch writes the same values again, which changes nothing.
    redirects.putAll(oldAddresses);
    report.redirects += oldAddresses.size();
    steps.done("redirects");
    table.writeArticles(placed);
    placed.forEach(article -> report.imported(article.status().wireName()));
    steps.done("articles");
    // Lists last: a list never names an article the table does not hold, even for a moment, so the
    // Publisher (woken by a picture the import brought) never finds a listed article missing.
    lists.addAllIfUnlisted(placed.stream().filter(Article::isPublished).toList());
    steps.done("lists");
  }

  /** The article the post becomes, its pictures in the library; empty (and reported) if a rule refuses it. */
  private Optional<Article> article(String id, ImportedPost post, Instant runStarted, ImportReport report) {
    String where = "post " + post.sourceId();
    Map<String, MediaItem> shown = new HashMap<>();
    boolean goingOut = !"draft".equals(post.status());
    ArticleContent.Image lead = null;
    if (post.picture() != null) {
      Optional<MediaItem> item = bring(where, post.picture(), goingOut, report);
      if (item.isPresent()) {
        shown.put(item.get().id(), item.get());
        lead = new ArticleContent.Image(item.get().id(), post.picture().alt(), post.picture().caption(),
            post.picture().credit());
      }
    }
    String body = post.body();
    for (ImportedPicture picture : post.pictures()) {
      if (picture.file() == null) {
        continue; // not one of the site's uploads: the body keeps its address, the renderer decides
      }
      Optional<MediaItem> item = bring(where, picture, goingOut, report);
      if (item.isPresent()) {
        shown.put(item.get().id(), item.get());
      }
      body = rewrite(body, picture.url(), item.map(MediaItem::id).orElse(null));
    }
    try {
      CheckedContent checked = PostRules.check(post, body, lead);
      // A published article is dated by its first publication, anything else by the run.
      Instant now = checked.status() == Status.PUBLISHED && checked.publishAt() == null
          && checked.publishedAt() != null ? checked.publishedAt() : runStarted;
      String byline = checked.author() != null ? checked.author() : defaultAuthor;
      Article article = Article.create(id, checked, byline, language, now, IMPORT);
      if (article.status() != Status.DRAFT) {
        PictureLibrary library = mediaId -> Optional.ofNullable(shown.get(mediaId))
            .filter(MediaItem::isReady).map(ready -> new PictureLibrary.ReadyPicture(ready.text().alt()));
        ArticleRules.checkPictures(article.image(), article.body(), library);
      }
      return Optional.of(article);
    } catch (RuntimeException refused) {
      report.skipped.add(new ImportProblem(where, PostRules.reason(refused)));
      return Optional.empty();
    }
  }

  /** The picture in the library, or empty (reported) when it is missing, refused, or mute in an article going out. */
  private Optional<MediaItem> bring(String where, ImportedPicture picture, boolean goingOut, ImportReport report) {
    if (picture.file() == null) {
      report.imagesMissing.add(new ImportProblem(where, picture.url() + " is not a file of the uploads folder"));
      return Optional.empty();
    }
    PictureImport.Outcome outcome = pictures.bring(picture.file(),
        new MediaText(picture.alt(), picture.caption(), picture.credit()));
    if (outcome instanceof PictureImport.Missing) {
      report.imagesMissing.add(new ImportProblem(where, picture.file() + " is not in the uploads folder"));
      return Optional.empty();
    }
    if (outcome instanceof PictureImport.Refused refused) {
      report.imagesMissing.add(new ImportProblem(where, picture.file() + ": " + refused.reason()));
      return Optional.empty();
    }
    MediaItem item = ((PictureImport.Ready) outcome).item();
    boolean mute = blank(picture.alt()) && blank(item.text().alt());
    if (goingOut && mute) {
      // The rules let no published picture go without words for those who cannot see it.
      report.imagesMissing.add(new ImportProblem(where, picture.file() + " has no alt text: left out"));
      return Optional.empty();
    }
    return Optional.of(item);
  }

  /** The body with the picture at {@code url} shown from the library ({@code mediaId}), or left out (null). */
  static String rewrite(String body, String url, String mediaId) {
    if (body == null) {
      return null;
    }
    Pattern image = Pattern.compile("(!\\[[^\\]\\n]*\\]\\(\\s*)<?" + Pattern.quote(url) + ">?(\\s+\"[^\"\\n]*\")?\\s*\\)");
    Matcher matcher = image.matcher(body);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement = mediaId == null ? ""
          : matcher.group(1) + "media:" + mediaId + (matcher.group(2) == null ? "" : matcher.group(2)) + ")";
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * The articles at slugs no other article holds: a taken one gets the next number, as the desk
   * does, and the report says so. A slug this article claimed in a stopped run is its own.
   */
  private List<Article> withFreeSlugs(List<Article> articles, Map<String, ImportedPost> sources, ImportReport report) {
    Map<Slug, String> holders = new HashMap<>(table.slugHolders(articles.stream().map(Article::slug).toList()));
    List<Article> placed = new ArrayList<>();
    for (Article article : articles) {
      Slug slug = article.slug();
      for (int attempt = 2; !free(slug, article.id(), holders); attempt++) {
        slug = article.slug().numbered(attempt);
        holders.putAll(table.slugHolders(List.of(slug)));
      }
      holders.put(slug, article.id());
      if (!slug.equals(article.slug())) {
        report.slugsChanged.add(new ImportProblem("post " + sources.get(article.id()).sourceId(),
            "the slug " + article.slug().value() + " is taken: imported as " + slug.value()));
        article = article.withSlug(slug);
      }
      placed.add(article);
    }
    return placed;
  }

  private static boolean free(Slug slug, String articleId, Map<Slug, String> holders) {
    String holder = holders.get(slug);
    return holder == null || holder.equals(articleId);
  }

  /** Each old address, as the redirect map keys it, to the article's page. */
  private Map<String, String> redirects(List<String> oldPaths, Slug slug) {
    String target = paths.articlePath(slug, OutputFormat.HTML);
    Map<String, String> keys = new LinkedHashMap<>();
    for (String old : oldPaths) {
      int query = old.indexOf('?');
      keys.put(query < 0 ? RedirectLookup.storeKey(old, null)
          : RedirectLookup.storeKey(old.substring(0, query), old.substring(query + 1)), target);
    }
    return keys;
  }

  private static Instant date(ImportedPost post) {
    return post.publishedAt() != null ? post.publishedAt() : post.publishAt();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
