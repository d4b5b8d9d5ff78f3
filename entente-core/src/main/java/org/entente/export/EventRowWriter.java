package org.entente.export;

import java.io.IOException;
import java.io.Writer;

/**
 * An EventRowWriter writes stored events, one {@link EventRow} at a time, in one export format.
 *
 * <p>Not thread-safe; one per output.
 */
public interface EventRowWriter {

  /** Writes what comes before the first row (a header line); nothing by default. */
  default void begin(Writer out) throws IOException {}

  /** Writes one event; returns false when the format has no place for it (it is skipped). */
  boolean write(EventRow row, Writer out) throws IOException;
}
