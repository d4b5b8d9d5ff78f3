package org.entente.cli;

import java.util.List;
import org.entente.relations.EventCluster;
import org.entente.relations.EventClusterer;
import org.entente.store.duckdb.DuckDbEventStore;
import org.entente.store.duckdb.DuckDbRelations;
import picocli.CommandLine.Option;

/** The options shared by the relations commands: which database, which events, how to cluster them. */
final class RelationsOptions {

  @Option(names = "--db", defaultValue = "entente.duckdb", description = "Database (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + EventClusterer.DEFAULT_WINDOW_DAYS,
      description = "Reports of the same dyad and CAMEO root within DAYS of the first are one event (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--all", description = "Include negated and hypothetical events.")
  boolean all;

  /** The event clusters of the database. */
  List<EventCluster> clusters(boolean byPublication) {
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db)) {
      return new EventClusterer(window).cluster(new DuckDbRelations(store).events(all, byPublication));
    }
  }
}
