package dev.gazette.bench.latency;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Records, per S3 key, when the Publisher's writes (and deletes) of it were answered and how
 * many there were since the last {@link #reset}: when an article's page was written, and
 * how often each shared page was written in one batch.
 */
public final class PageWrites implements ExecutionInterceptor {
  private final ConcurrentMap<String, KeyWrites> written = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, KeyWrites> deleted = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;

  /** What happened to one key: how many times, and when first (on the {@code nanoClock}). */
  public record KeyWrites(int count, long firstNanos) {
    KeyWrites plus(KeyWrites later) {
      return new KeyWrites(count + later.count, Math.min(firstNanos, later.firstNanos));
    }
  }

  public PageWrites() {
    this(System::nanoTime);
  }

  PageWrites(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    long now = nanoClock.getAsLong();
    if (context.request() instanceof PutObjectRequest put) {
      written.merge(put.key(), new KeyWrites(1, now), KeyWrites::plus);
    } else if (context.request() instanceof DeleteObjectRequest delete) {
      deleted.merge(delete.key(), new KeyWrites(1, now), KeyWrites::plus);
    }
  }

  /** When this key was first written since the last reset. */
  public Optional<Long> firstWrite(String key) {
    return Optional.ofNullable(written.get(key)).map(KeyWrites::firstNanos);
  }

  /** When this key was first deleted since the last reset. */
  public Optional<Long> firstDelete(String key) {
    return Optional.ofNullable(deleted.get(key)).map(KeyWrites::firstNanos);
  }

  /** Every key written since the last reset, in key order. */
  public Map<String, KeyWrites> written() {
    return new TreeMap<>(written);
  }

  public void reset() {
    written.clear();
    deleted.clear();
  }
}
