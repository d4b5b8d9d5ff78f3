package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadTable;
import org.entente.relations.Interval;
import org.entente.relations.PeriodArgument;
import org.entente.store.duckdb.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente dyads --db entente.duckdb --from 2023-01 --to 2026-12 --interval month [--dyad JPN-KOR]}. */
@Command(name = "dyads", description = "Event counts, quad classes and Goldstein figures per dyad and interval.")
final class DyadsCommand implements Callable<Integer> {

  @Option(names = "--db", defaultValue = "entente.duckdb", description = "Database (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--from", paramLabel = "DATE", description = "First period: YYYY, YYYY-MM or YYYY-MM-DD.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last period, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.")
  String to;

  @Option(names = "--interval", defaultValue = "month", description = "day, week, month, quarter or year.")
  String interval;

  @Option(names = "--dyad", paramLabel = "AAA-BBB", description = "Only this pair of countries (both directions).")
  String dyad;

  @Option(names = "--country", paramLabel = "AAA", description = "Only dyads involving this country.")
  String country;

  @Option(names = "--undirected", description = "Count A→B and B→A together.")
  boolean undirected;

  @Option(names = "--all", description = "Include negated and hypothetical events.")
  boolean all;

  @Option(names = "--by", defaultValue = "event", description = "Date events by 'event' date or 'publication' date.")
  String by;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json.")
  String format;

  @Override
  public Integer call() {
    if (!by.equals("event") && !by.equals("publication")) {
      throw new IllegalArgumentException("--by must be 'event' or 'publication', not '" + by + "'");
    }
    DyadQuery q = new DyadQuery(from == null ? null : PeriodArgument.start(from),
        to == null ? null : PeriodArgument.endExclusive(to), Interval.parse(interval), country, null, undirected, all,
        by.equals("publication"));
    if (dyad != null) {
      q = q.withDyad(dyad);
    }
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db)) {
      System.out.print(DyadTable.format(store.dyads(q), format));
    }
    return 0;
  }
}
