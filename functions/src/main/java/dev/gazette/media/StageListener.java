package dev.gazette.media;

/**
 * Told how long each stage of processing took, for a handler's metrics and for the bench. Stages
 * are "decode", "orient+sRGB", "scale 16x9" (one per crop, once per rendition width) and
 * "encode jpg" / "encode webp" (once per rendition).
 */
@FunctionalInterface
public interface StageListener {

  /** Listens to nothing. */
  StageListener NONE = (stage, nanos) -> { };

  void finished(String stage, long nanos);
}
