package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.store.StoreException;
import org.entente.store.duckdb.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente optimize}: stores the events of a database in date order, so that the server's event
 * searches read only the part of the table a page shows. Worth running after coding an archive out of
 * date order; articles coded as they are published keep the table nearly in order by themselves.
 */
@Command(name = "optimize", description = "Store a database's events in date order (fast event searches).")
final class OptimizeCommand implements Callable<Integer> {

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database written by `entente code`.")
  Path db;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(db)) {
      throw new StoreException("no database at " + db, null);
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(db.toString())) {
      long t0 = System.nanoTime();
      store.sortEventsByDate();
      System.out.printf(Locale.ROOT, "entente: %,d events of %s stored in date order in %.1f s%n", store.eventCount(),
          db, (System.nanoTime() - t0) / 1e9);
    }
    return 0;
  }
}
