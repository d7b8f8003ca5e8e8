package dev.gazette.handlers;

import dev.gazette.article.Article;
import dev.gazette.article.Slug;
import dev.gazette.article.Topic;
import dev.gazette.publish.PublisherParts;
import dev.gazette.publish.Rebuild;
import dev.gazette.publish.RebuildProgress;
import dev.gazette.publish.RenderedArticles;
import dev.gazette.store.DynamoArticleScan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of one message of a fanned-out rebuild. A chunk renders the published articles of its
 * scan segment page by page with the Publisher's code ({@link Rebuild#articles}), saves what they
 * leave for the end in the run's progress before their index records forget it, and counts itself
 * done; the chunk that finds every chunk done queues the last message, which renders the shared
 * pages once ({@link Rebuild#sharedPages}). Each message may come again (a retry, a duplicate
 * delivery): its pages hash as the ledger recorded, so it writes nothing new, and it counts once.
 */
public final class RebuildChunks {
  private static final Logger log = LoggerFactory.getLogger(RebuildChunks.class);
  private final PublisherParts parts;
  private final DynamoArticleScan scan;
  private final RebuildProgress progress;
  private final Consumer<RebuildMessage> queue;

  /** @param queue sends a message to the rebuild's queue (the last one, for the shared pages) */
  public RebuildChunks(PublisherParts parts, DynamoArticleScan scan, RebuildProgress progress,
      Consumer<RebuildMessage> queue) {
    this.parts = parts;
    this.scan = scan;
    this.progress = progress;
    this.queue = queue;
  }

  public void handle(RebuildMessage message) {
    RebuildProgress.Status status = progress.status(message.run());
    if (status.chunks() == 0) {
      throw new IllegalArgumentException("no rebuild " + message.run() + " was started");
    }
    if (message.shared()) {
      renderShared(message.run(), status);
    } else {
      renderChunk(message, status);
    }
  }

  private void renderChunk(RebuildMessage message, RebuildProgress.Status status) {
    if (message.segments() != status.chunks()) {
      throw new IllegalArgumentException("rebuild " + message.run() + " has " + status.chunks()
          + " chunks, not " + message.segments());
    }
    Rebuild rebuild = Rebuild.create(parts, status.force());
    Map<String, String> start = Map.of();
    long articles = 0;
    do {
      DynamoArticleScan.Page page = scan.page(message.segment(), message.segments(), start);
      RenderedArticles rendered = rebuild.articles(page.published().stream().map(Article::id).toList());
      Set<String> topics = new LinkedHashSet<>();
      page.published().forEach(article -> article.topics().stream().map(Topic::slug).map(Slug::value)
          .forEach(topics::add));
      // Saved before the articles' records forget the search files: a crash still renders them.
      progress.leave(message.run(), topics, rendered.sharedPages());
      rebuild.settle(rendered);
      articles += page.published().size();
      start = page.nextKey();
    } while (!start.isEmpty());
    RebuildProgress.Status after = progress.chunkDone(message.run(), message.segment(), articles);
    log.info("rebuild {}: chunk {} done ({} articles); {} of {} chunks done", message.run(), message.segment(),
        articles, after.done(), after.chunks());
    // Also when this chunk was counted before: the send may have failed after the count.
    if (after.allChunksDone() && !after.finished()) {
      queue.accept(RebuildMessage.sharedPages(message.run()));
    }
  }

  private void renderShared(String run, RebuildProgress.Status status) {
    if (!status.allChunksDone()) {
      throw new IllegalStateException("rebuild " + run + ": " + status.done() + " of " + status.chunks()
          + " chunks done, the shared pages wait for all");
    }
    RebuildProgress.Shared shared = progress.shared(run);
    Rebuild.create(parts, status.force()).sharedPages(shared.topics().stream().map(Slug::new).toList(),
        List.copyOf(shared.pages()));
    progress.finished(run);
    log.info("rebuild {}: shared pages written ({} topics, {} search files); {} articles in all", run,
        shared.topics().size(), shared.pages().size(), status.articles());
  }
}
