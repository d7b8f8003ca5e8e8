package dev.gazette.handlers;

import java.util.function.Supplier;

/** A part built the first time it is asked for, once, then shared by every thread of the container. */
final class OnFirstUse<T> implements Supplier<T> {
  private final Supplier<T> build;
  private volatile T built;

  OnFirstUse(Supplier<T> build) {
    this.build = build;
  }

  @Override
  public T get() {
    T part = built;
    if (part == null) {
      synchronized (this) {
        part = built;
        if (part == null) {
          part = build.get();
          built = part;
        }
      }
    }
    return part;
  }
}
