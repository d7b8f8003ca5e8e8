package dev.gazette.media;

import dev.gazette.article.InMemoryRequestReceipts;
import dev.gazette.article.RequestReceipt;
import dev.gazette.article.VersionConflict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A fake picture library with the store's version rules; cursors are positions. */
public final class InMemoryMediaStore implements MediaStore {
  private final Map<String, MediaItem> items = new ConcurrentHashMap<>();
  private final InMemoryRequestReceipts receipts;

  public InMemoryMediaStore() {
    this(new InMemoryRequestReceipts());
  }

  public InMemoryMediaStore(InMemoryRequestReceipts receipts) {
    this.receipts = receipts;
  }

  @Override
  public synchronized Optional<MediaItem> find(String id) {
    return Optional.ofNullable(items.get(id));
  }

  @Override
  public synchronized MediaPage list(int limit, String cursor) {
    List<MediaItem> newestFirst = new ArrayList<>(items.values());
    newestFirst.sort(Comparator.comparing(MediaItem::createdAt).thenComparing(MediaItem::id).reversed());
    int from = cursor == null ? 0 : Integer.parseInt(cursor);
    int to = Math.min(newestFirst.size(), from + limit);
    return new MediaPage(newestFirst.subList(from, to), to < newestFirst.size() ? Integer.toString(to) : null);
  }

  @Override
  public synchronized void create(MediaItem item, Optional<RequestReceipt> receipt) {
    receipts.keepWith(receipt, () -> {
      if (items.putIfAbsent(item.id(), item) != null) {
        throw new IllegalStateException("media " + item.id() + " exists");
      }
    });
  }

  @Override
  public synchronized void replace(MediaItem previous, MediaItem next) {
    MediaItem stored = items.get(previous.id());
    if (stored == null || stored.version() != previous.version()) {
      throw new VersionConflict(previous.id(), previous.version());
    }
    items.put(next.id(), next);
  }

  @Override
  public synchronized void delete(MediaItem current) {
    MediaItem stored = items.get(current.id());
    if (stored == null || stored.version() != current.version()) {
      throw new VersionConflict(current.id(), current.version());
    }
    items.remove(current.id());
  }
}
