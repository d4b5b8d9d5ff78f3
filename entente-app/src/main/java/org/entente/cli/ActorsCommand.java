package org.entente.cli;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.store.duckdb.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente actors --unknown --db entente.duckdb}: the actor phrases the dictionaries miss, most
 * frequent first, so analysts know what to add.
 */
@Command(name = "actors", description = "List actor phrases of coded events that no dictionary resolves, most frequent first.")
final class ActorsCommand implements Callable<Integer> {

  @Option(names = "--db", defaultValue = "entente.duckdb", description = "Database (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--unknown", required = true, description = "List unresolved actor phrases (the only listing so far).")
  boolean unknown;

  @Option(names = "--limit", defaultValue = "50", description = "How many phrases (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws SQLException {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1");
    }
    // Each unresolved side counts once per event; the phrase is compared case-insensitively.
    String sql = "SELECT lower(phrase) AS p, count(*) AS n, count(DISTINCT doc) AS docs, any_value(phrase), any_value(sentence)"
        + " FROM (SELECT source_text AS phrase, doc, sentence FROM events WHERE source = '' AND source_text <> ''"
        + "       UNION ALL SELECT target_text, doc, sentence FROM events WHERE target = '' AND target_text <> '')"
        + " GROUP BY 1 ORDER BY n DESC, p LIMIT ?";
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db);
         PreparedStatement st = store.connection().prepareStatement(sql)) {
      st.setInt(1, limit);
      try (ResultSet rs = st.executeQuery()) {
        System.out.printf(Locale.ROOT, "%6s %6s  %s%n", "events", "docs", "unresolved actor (example sentence)");
        while (rs.next()) {
          String example = rs.getString(5);
          if (example.length() > 100) {
            example = example.substring(0, 97) + "...";
          }
          System.out.printf(Locale.ROOT, "%6d %6d  %s  (%s)%n", rs.getLong(2), rs.getLong(3), rs.getString(4), example);
        }
      }
    }
    return 0;
  }
}
