package org.entente.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A StageTimer adds up the wall-clock time spent in each pipeline stage, over all threads, for the
 * benchmark. Stages report to it through optional hooks; without a timer they pay nothing.
 *
 * <p>Thread-safe: {@link #add} may be called from any number of threads at once.
 */
public final class StageTimer {

  /** The stages a coding run is split into. */
  public enum Stage {
    /** Tokenize, split, tag and lemmatise every sentence, and choose the ones worth parsing. */
    LIGHT_ANNOTATION,
    /** NER with SUTime and the dependency parse of the chosen sentences. */
    HEAVY_ANNOTATION,
    /** Actors, event coding and dating. */
    EXTRACTION,
    /** Writing the events out. */
    STORE
  }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimer() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  /** Adds {@code elapsed} nanoseconds to a stage. */
  public void add(Stage stage, long elapsed) {
    nanos.get(stage).add(elapsed);
  }

  /** Nanoseconds spent in a stage so far, summed over threads. */
  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }

  /** Nanoseconds spent in all stages, summed over threads. */
  public long total() {
    long t = 0;
    for (Stage s : Stage.values()) {
      t += nanos(s);
    }
    return t;
  }

  public void reset() {
    nanos.values().forEach(LongAdder::reset);
  }
}
