package org.entente.store.duckdb;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.Interval;
import org.entente.store.StoreException;

/**
 * A DyadIndex answers monthly dyad series from a pre-aggregate, table {@code dyad_month}: one row per
 * month and directed country pair with the counts of {@link DuckDbEventStore#dyads}, over the events
 * that are neither negated nor hypothetical, dated by event date.
 *
 * <p>It serves only queries with interval {@link Interval#MONTH}, event dates, flagged events left out
 * and directed pairs ({@link #serves}); the store answers the rest. <b>NOTE:</b> the table is a snapshot:
 * call {@link #create} again after loading events. Not thread-safe; one instance per connection.
 */
public final class DyadIndex {

  private final Connection conn;

  public DyadIndex(Connection conn) {
    this.conn = conn;
  }

  /** (Re)builds {@code dyad_month} from the {@code events} table. */
  public static void create(Connection conn) {
    try (Statement st = conn.createStatement()) {
      st.execute("""
          CREATE OR REPLACE TABLE dyad_month AS
          SELECT CAST(date_trunc('month', date) AS DATE) AS p, source_country AS s, target_country AS t,
            count(*) AS n, count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
            count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
            coalesce(sum(goldstein), 0) AS g, count(DISTINCT doc) AS docs
          FROM events
          WHERE source_country <> '' AND target_country <> '' AND source_country <> target_country
            AND date IS NOT NULL AND NOT negated AND NOT hypothetical
          GROUP BY 1, 2, 3
          ORDER BY 2, 3, 1""");
    } catch (SQLException e) {
      throw new StoreException("cannot build dyad_month: " + e.getMessage(), e);
    }
  }

  /** Whether the pre-aggregate answers this query exactly. */
  public static boolean serves(DyadQuery q) {
    return q.interval() == Interval.MONTH && !q.undirected() && !q.includeFlagged() && !q.byPublication();
  }

  /** The rows {@link DuckDbEventStore#dyads} would return, for a query this index {@link #serves}. */
  public List<DyadRow> dyads(DyadQuery q) {
    if (!serves(q)) {
      throw new IllegalArgumentException("dyad_month answers directed monthly series of unflagged events only");
    }
    StringBuilder sql = new StringBuilder("SELECT p, s, t, n, q1, q2, q3, q4, g, docs FROM dyad_month WHERE true");
    List<Object> args = new ArrayList<>();
    if (q.from() != null) {
      sql.append(" AND p >= ?");
      args.add(Date.valueOf(q.from().withDayOfMonth(1)));
    }
    if (q.to() != null) {
      sql.append(" AND p < ?");
      args.add(Date.valueOf(q.to()));
    }
    DuckDbEventStore.dyadFilter(q, "s", "t", sql, args);
    sql.append(" ORDER BY 1, 2, 3");
    return DuckDbEventStore.dyadRows(conn, sql.toString(), args, q.interval());
  }
}
