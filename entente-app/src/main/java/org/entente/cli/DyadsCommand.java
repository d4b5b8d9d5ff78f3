package org.entente.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.relations.DyadIndexer;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.DyadTable;
import org.entente.relations.EventCluster;
import org.entente.relations.Interval;
import org.entente.relations.PeriodArgument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente dyads --db entente.duckdb --from 2023-01 --to 2026-12 --interval month [--dyad JPN-KOR]}. */
@Command(name = "dyads", description = "Events (one per cluster of reports), quad classes, Goldstein figures and volume share per dyad and interval.")
final class DyadsCommand implements Callable<Integer> {

  @Mixin
  RelationsOptions relations;

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

  @Option(names = "--weighted", description = "Count each event once per article that reported it.")
  boolean weighted;

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
        to == null ? null : PeriodArgument.endExclusive(to), Interval.parse(interval), country, null, undirected,
        relations.all, by.equals("publication"));
    if (dyad != null) {
      q = q.withDyad(dyad);
    }
    final DyadQuery query = q;
    // The volume share needs every event of both countries, so filter the clusters by period only.
    List<EventCluster> clusters = relations.clusters(q.byPublication()).stream()
        .filter(c -> within(c.date(), query.from(), query.to())).toList();
    List<DyadRow> rows = new DyadIndexer(q.interval(), q.undirected(), weighted).index(clusters).stream()
        .filter(r -> selected(r, query)).toList();
    System.out.print(DyadTable.format(rows, format));
    return 0;
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return (from == null || !d.isBefore(from)) && (to == null || d.isBefore(to));
  }

  private static boolean selected(DyadRow r, DyadQuery q) {
    if (q.source() != null && q.target() != null) {
      return r.source().equals(q.source()) && r.target().equals(q.target())
          || r.source().equals(q.target()) && r.target().equals(q.source());
    }
    return q.source() == null || r.source().equals(q.source()) || r.target().equals(q.source());
  }
}
