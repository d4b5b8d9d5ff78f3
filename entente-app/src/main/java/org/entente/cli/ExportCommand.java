package org.entente.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.export.ExportFormat;
import org.entente.store.duckdb.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente export --db FILE --format jsonl|csv|parquet|gdelt|phoenix|plover [--out FILE]}. */
@Command(name = "export", description = "Write the stored events as JSON Lines, CSV, Parquet, GDELT 2.0, Phoenix or"
    + " PLOVER (docs/export.md).")
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database written by `entente code`.")
  String db;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "jsonl, csv, parquet, gdelt, phoenix or plover (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output; Parquet needs a file).")
  Path out;

  @Option(names = "--all", description = "Also export negated and hypothetical events in the GDELT, Phoenix and PLOVER"
      + " formats, which have no field to flag them.")
  boolean all;

  @Override
  public Integer call() throws Exception {
    ExportFormat f = ExportFormat.parse(format);
    boolean factualOnly = f.factualOnly() && !all;
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db)) {
      if (f == ExportFormat.PARQUET) {
        if (out == null || out.toString().equals("-")) {
          throw new IllegalArgumentException("Parquet is binary: give --out FILE.parquet");
        }
        EventExport.parquet(store.connection(), factualOnly, out.toString());
        System.err.println("wrote " + out);
        return 0;
      }
      boolean stdout = out == null || out.toString().equals("-");
      try (Writer w = stdout ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
          : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        long n = EventExport.write(store.connection(), factualOnly, f.writer(), w);
        w.flush();
        System.err.println("exported " + n + " events" + (stdout ? "" : " to " + out));
      }
    }
    return 0;
  }
}
