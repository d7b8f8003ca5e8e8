package dev.gazette.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs independent calls (page writes, ledger claims, reads) side by side on a bounded set of
 * threads: a Publisher's time is mostly spent waiting on DynamoDB and S3, so a batch's pages
 * take about as long as its slowest. A call made from one of these threads runs on that thread,
 * one after another: a call waiting for calls queued behind it could otherwise wait forever.
 */
public final class ParallelCalls implements AutoCloseable {
  /** About what one Lambda's connections to DynamoDB and S3 serve without queueing. */
  public static final int DEFAULT_THREADS = 8;
  private final ExecutorService pool;
  private final ExecutorService beside;
  /**
   * The calls of work started beside (a page's reads and writes) have threads of their own: they
   * never queue behind the caller's calls, and an article's page goes out while its neighbours
   * are still being ranked.
   */
  private final ExecutorService besideCalls;
  private final ThreadLocal<Boolean> onPool = ThreadLocal.withInitial(() -> false);
  private final ThreadLocal<Boolean> onBeside = ThreadLocal.withInitial(() -> false);

  public ParallelCalls(int threads) {
    AtomicInteger count = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(() -> {
        onPool.set(true);
        task.run();
      }, "publisher-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.beside = Executors.newFixedThreadPool(Math.max(1, threads / 2), task -> {
      Thread thread = new Thread(() -> {
        onBeside.set(true);
        task.run();
      }, "publisher-beside-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.besideCalls = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(() -> {
        onPool.set(true);
        task.run();
      }, "publisher-beside-calls-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Where a call made on this thread goes. */
  private ExecutorService callsPool() {
    return onBeside.get() ? besideCalls : pool;
  }

  /** The results in the order of {@code inputs}; a single input runs on the caller's thread. */
  public <T, R> List<R> map(List<T> inputs, Function<T, R> call) {
    if (inputs.size() <= 1 || onPool.get()) {
      return inputs.stream().map(call).toList();
    }
    List<Future<R>> futures = new ArrayList<>();
    for (T input : inputs) {
      futures.add(callsPool().submit(() -> call.apply(input)));
    }
    List<R> results = new ArrayList<>();
    for (Future<R> future : futures) {
      results.add(await(future));
    }
    return results;
  }

  /** Starts one call beside the caller's work. */
  public <R> CompletableFuture<R> start(Supplier<R> call) {
    if (onPool.get()) {
      return CompletableFuture.completedFuture(call.get());
    }
    return CompletableFuture.supplyAsync(call, callsPool());
  }

  /**
   * Starts a piece of work that itself makes parallel calls (writing a page: its claim, reads and
   * writes), on threads of its own, so that its calls still run side by side.
   */
  public <R> CompletableFuture<R> startBeside(Supplier<R> work) {
    return CompletableFuture.supplyAsync(work, beside);
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    beside.shutdownNow();
    besideCalls.shutdownNow();
  }
}
