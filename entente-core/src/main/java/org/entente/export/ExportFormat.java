package org.entente.export;

import java.util.Locale;

/**
 * An ExportFormat is a file layout the stored events can be written in (docs/export.md).
 *
 * <p>The formats of other systems (GDELT, Phoenix, PLOVER) have no place for Entente's negated and
 * hypothetical flags, so by default they carry factual events only; ours carry every event with its flags.
 */
public enum ExportFormat {
  JSONL(false), CSV(false), PARQUET(false), GDELT(true), PHOENIX(true), PLOVER(true);

  private final boolean factualOnly;

  ExportFormat(boolean factualOnly) {
    this.factualOnly = factualOnly;
  }

  /** Whether negated and hypothetical events are left out unless asked for. */
  public boolean factualOnly() {
    return factualOnly;
  }

  public static ExportFormat parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + s
          + "' (expected jsonl, csv, parquet, gdelt, phoenix, plover)", e);
    }
  }

  /** The writer of this format; PARQUET has none here, the database writes it. */
  public EventRowWriter writer() {
    return switch (this) {
      case JSONL -> new JsonLinesRows();
      case CSV -> new CsvRows();
      case GDELT -> new GdeltRows();
      case PHOENIX -> new PhoenixRows();
      case PLOVER -> new PloverRows(PloverTypes.bundled());
      case PARQUET -> throw new IllegalStateException("Parquet is written by the database (COPY ... FORMAT parquet)");
    };
  }
}
