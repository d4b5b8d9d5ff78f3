package org.entente.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * that are neither negated nor hypothetical, dated by event date. Over ten million events a dyad's
 * series comes from it in milliseconds instead of a scan of the events.
 *
 * <p>The store keeps it current in the transaction that writes the events ({@link #add},
 * {@link #subtract}): an article's events are counted once per cell in {@code docs}, so the distinct
 * article count stays a sum over articles. When it is not {@link #current} (a database from before
 * the table, or events loaded past the store) the store reads the events instead and rebuilds the
 * pre-aggregate at its next save.
 *
 * <p>It serves only queries with interval {@link Interval#MONTH}, event dates, flagged events left out,
 * directed pairs and whole months ({@link #serves}). Not thread-safe; one instance per connection.
 */
public final class DyadIndex {

  private static final String META = "entente_meta";
  private static final String KEY = "dyad_month";
  /** The marker of a pre-aggregate kept in step with the events (bumped when its definition changes). */
  private static final String VERSION = "maintained-1";

  private final Connection conn;

  public DyadIndex(Connection conn) {
    this.conn = conn;
  }

  /** The cells and counts of the events in {@code from} that the pre-aggregate counts, optionally of some documents. */
  private static String aggregate(String from, String docCondition) {
    return "SELECT CAST(date_trunc('month', date) AS DATE) AS p, source_country AS s, target_country AS t,"
        + " count(*) AS n, count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,"
        + " count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,"
        + " coalesce(sum(goldstein), 0) AS g, count(DISTINCT doc) AS docs"
        + " FROM " + from
        + " WHERE source_country <> '' AND target_country <> '' AND source_country <> target_country"
        + " AND date IS NOT NULL AND NOT negated AND NOT hypothetical" + docCondition
        + " GROUP BY 1, 2, 3";
  }

  /** Creates the tables if missing; the pre-aggregate is built at the next save if it is not current. */
  static void open(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS " + META + " (key VARCHAR PRIMARY KEY, value VARCHAR)");
      st.execute("CREATE TABLE IF NOT EXISTS dyad_month (p DATE, s VARCHAR, t VARCHAR, n BIGINT, q1 BIGINT,"
          + " q2 BIGINT, q3 BIGINT, q4 BIGINT, g DOUBLE, docs BIGINT, PRIMARY KEY (p, s, t))");
    }
  }

  /** (Re)builds {@code dyad_month} from the {@code events} table, e.g. after a bulk load that bypassed the store. */
  public static void rebuild(Connection conn) {
    try {
      boolean auto = conn.getAutoCommit();
      conn.setAutoCommit(false);
      try {
        build(conn);
        stamp(conn);
        conn.commit();
      } catch (SQLException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot build dyad_month: " + e.getMessage(), e);
    }
  }

  /** Recounts the whole pre-aggregate from the events, in the caller's transaction. */
  static void build(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DELETE FROM dyad_month");
      st.execute("INSERT INTO dyad_month " + aggregate("events", "") + " ORDER BY 2, 3, 1");
    }
  }

  /**
   * Records that the pre-aggregate counts the events as they are now. The number of events goes with
   * it, so that events written past the store (a bulk {@code INSERT}) make it not {@link #current}.
   */
  static void stamp(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("INSERT OR REPLACE INTO " + META + " SELECT '" + KEY + "', '" + VERSION + ":' || count(*) FROM events");
    }
  }

  /** Whether the pre-aggregate counts exactly the events of this database. */
  static boolean current(Connection conn) {
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT (SELECT value FROM " + META + " WHERE key = '" + KEY + "') = '"
             + VERSION + ":' || (SELECT count(*) FROM events)")) {
      return rs.next() && rs.getBoolean(1);
    } catch (SQLException e) {
      return false; // a database from before the pre-aggregate, opened read-only
    }
  }

  /** Adds the events of table {@code staged} (events of articles not counted yet), in the caller's transaction. */
  static void add(Connection conn, String staged) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("INSERT INTO dyad_month " + aggregate(staged, "") + " ON CONFLICT (p, s, t) DO UPDATE SET"
          + " n = dyad_month.n + excluded.n, q1 = dyad_month.q1 + excluded.q1, q2 = dyad_month.q2 + excluded.q2,"
          + " q3 = dyad_month.q3 + excluded.q3, q4 = dyad_month.q4 + excluded.q4, g = dyad_month.g + excluded.g,"
          + " docs = dyad_month.docs + excluded.docs");
    }
  }

  /** Takes away the stored events of these articles, before they are deleted, in the caller's transaction. */
  static void subtract(Connection conn, List<String> docs) throws SQLException {
    String sql = "UPDATE dyad_month SET n = dyad_month.n - x.n, q1 = dyad_month.q1 - x.q1, q2 = dyad_month.q2 - x.q2,"
        + " q3 = dyad_month.q3 - x.q3, q4 = dyad_month.q4 - x.q4, g = dyad_month.g - x.g,"
        + " docs = dyad_month.docs - x.docs"
        + " FROM (" + aggregate("events", " AND doc IN " + DuckDbEventStore.placeholders(docs.size())) + ") AS x"
        + " WHERE dyad_month.p = x.p AND dyad_month.s = x.s AND dyad_month.t = x.t";
    try (PreparedStatement p = conn.prepareStatement(sql); Statement st = conn.createStatement()) {
      for (int i = 0; i < docs.size(); i++) {
        p.setString(i + 1, docs.get(i));
      }
      p.executeUpdate();
      st.execute("DELETE FROM dyad_month WHERE n = 0");
    }
  }

  /** Whether the pre-aggregate answers this query exactly. */
  public static boolean serves(DyadQuery q) {
    return q.interval() == Interval.MONTH && !q.undirected() && !q.includeFlagged() && !q.byPublication()
        && (q.from() == null || q.from().getDayOfMonth() == 1) && (q.to() == null || q.to().getDayOfMonth() == 1);
  }

  /** The rows {@link DuckDbEventStore#dyads} would return, for a query this index {@link #serves}. */
  public List<DyadRow> dyads(DyadQuery q) {
    if (!serves(q)) {
      throw new IllegalArgumentException("dyad_month answers directed monthly series of unflagged events"
          + " over whole months only");
    }
    StringBuilder sql = new StringBuilder("SELECT p, s, t, n, q1, q2, q3, q4, " + DuckDbEventStore.rounded("g")
        + ", docs FROM dyad_month WHERE true");
    List<Object> args = new ArrayList<>();
    DuckDbEventStore.period("p", q.from(), q.to(), sql, args);
    DuckDbEventStore.dyadFilter(q, "s", "t", sql, args);
    sql.append(" ORDER BY 1, 2, 3");
    return DuckDbEventStore.dyadRows(conn, sql.toString(), args, q.interval());
  }
}
