package dev.gazette.publish;

/** What the Publisher did to the bucket: for logs, metrics and the cost benchmark. */
public final class PublishCounters {
  private long written;
  private long skipped;
  private long deleted;

  synchronized void pageWritten() {
    written++;
  }

  synchronized void pageSkipped() {
    skipped++;
  }

  synchronized void pageDeleted() {
    deleted++;
  }

  public synchronized long written() {
    return written;
  }

  public synchronized long skipped() {
    return skipped;
  }

  public synchronized long deleted() {
    return deleted;
  }
}
