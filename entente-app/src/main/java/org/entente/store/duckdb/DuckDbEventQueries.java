package org.entente.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import org.entente.store.StoreException;

/**
 * DuckDbEventQueries answers the read queries of the web API: event listings with filters and keyset
 * paging, one article with its events, and the countries present.
 *
 * <p>Thread-safe: each thread queries on its own duplicate of the given connection (same DuckDB
 * instance, so it sees every committed write of that instance). Only SELECT statements are issued.
 * Rows come back as column-name → value maps (dates as ISO strings) in the record format of the README.
 */
public final class DuckDbEventQueries implements AutoCloseable {

  /** A page of events, and the cursor of the next page (null on the last page). */
  public record Page(List<Map<String, Object>> rows, EventCursor next) {}

  /** Pages up to this size (plus the one row that tells whether a next page exists) fetch whole rows last. */
  static final int LATE_MATERIALIZATION_ROWS = 1024;

  private final DuckDBConnection root;
  private final List<Connection> opened = new ArrayList<>();
  private final ThreadLocal<Connection> perThread;

  public DuckDbEventQueries(Connection root) {
    try {
      this.root = root.unwrap(DuckDBConnection.class);
    } catch (SQLException e) {
      throw new StoreException("not a DuckDB connection", e);
    }
    // Jetty serves from a bounded thread pool, so one duplicate per thread stays a small, fixed number.
    this.perThread = ThreadLocal.withInitial(this::duplicate);
  }

  private Connection duplicate() {
    synchronized (opened) {
      try {
        Connection c = root.duplicate();
        try (Statement st = c.createStatement()) {
          // DuckDB reads only the sort columns to find a page, then fetches the page's whole rows ("late
          // materialization"), but by default for pages of up to 50 rows: a page of 50 asks for 51.
          st.execute("SET late_materialization_max_rows = " + LATE_MATERIALIZATION_ROWS);
        }
        opened.add(c);
        return c;
      } catch (SQLException e) {
        throw new StoreException("cannot open a query connection: " + e.getMessage(), e);
      }
    }
  }

  /** Dyad figures, on this thread's own connection so that requests run in parallel. */
  public List<org.entente.relations.DyadRow> dyads(org.entente.relations.DyadQuery q) {
    return DuckDbEventStore.dyads(perThread.get(), q);
  }

  /** Events matching {@code f} in {@code order}, at most {@code limit}, after {@code cursor} (or from the start). */
  public Page events(EventFilter f, EventOrder order, EventCursor cursor, int limit) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> args = new ArrayList<>();
    conditions(f, where, args);
    String cmp = order.ascending ? ">" : "<";
    if (cursor != null) {
      String key = order.byDate() ? "CAST(? AS DATE)" : "CAST(? AS DOUBLE)";
      where.append(" AND (").append(order.key).append(' ').append(cmp).append(' ').append(key)
          .append(" OR (").append(order.key).append(" = ").append(key).append(" AND id ").append(cmp).append(" ?))");
      args.addAll(List.of(cursor.key(), cursor.key(), cursor.id()));
    }
    String dir = order.ascending ? " ASC" : " DESC";
    String select = "SELECT *, CAST(" + order.key + " AS VARCHAR) AS sort_key FROM events";
    String orderBy = " ORDER BY " + order.key + dir + ", id" + dir + " LIMIT " + (limit + 1);
    List<Map<String, Object>> rows = order.byDate()
        ? new DateWindows(this::query, order).rows(select, where.toString(), orderBy, args, limit + 1, f, cursor)
        : query(select + where + orderBy, args);
    EventCursor next = null;
    if (rows.size() > limit) {
      rows = new ArrayList<>(rows.subList(0, limit));
      Map<String, Object> last = rows.get(limit - 1);
      next = new EventCursor(order, (String) last.get("sort_key"), (String) last.get("id"));
    }
    rows.forEach(r -> r.remove("sort_key"));
    return new Page(rows, next);
  }

  /** Appends the filter's conditions (each {@code AND ...}) and their arguments. */
  private static void conditions(EventFilter f, StringBuilder sql, List<Object> args) {
    actor(sql, args, "source", f.source());
    actor(sql, args, "target", f.target());
    if (f.country() != null) {
      sql.append(" AND (source_country = ? OR target_country = ?)");
      args.add(f.country());
      args.add(f.country());
    }
    if (f.dyadA() != null && f.dyadB() != null) {
      sql.append(" AND ((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))");
      args.addAll(List.of(f.dyadA(), f.dyadB(), f.dyadB(), f.dyadA()));
    }
    if (f.code() != null) {
      sql.append(" AND code = ?");
      args.add(f.code());
    }
    if (f.root() != null) {
      sql.append(" AND root = ?");
      args.add(f.root());
    }
    if (f.quadClass() != null) {
      sql.append(" AND quad_class = ?");
      args.add(f.quadClass());
    }
    DuckDbEventStore.period("date", f.from(), f.to(), sql, args);
    if (f.text() != null) {
      sql.append(" AND contains(lower(sentence), lower(?))");
      args.add(f.text());
    }
    if (!f.includeFlagged()) {
      sql.append(" AND NOT negated AND NOT hypothetical");
    }
  }

  private static void actor(StringBuilder sql, List<Object> args, String side, String value) {
    if (value != null) {
      sql.append(" AND ").append(side).append(value.length() == 3 ? "_country" : "").append(" = ?");
      args.add(value);
    }
  }

  /** The article (without its events), or empty when there is none with that id. */
  public Optional<Map<String, Object>> article(String id) {
    List<Map<String, Object>> rows = query("SELECT id, doc_date, date_precision, title, url, source, origin, text,"
        + " sentences, parsed_sentences, CAST(coded_at AS VARCHAR) AS coded_at FROM articles WHERE id = ?", List.of(id));
    return rows.stream().findFirst();
  }

  /** The events of one article, in text order. */
  public List<Map<String, Object>> articleEvents(String id) {
    return query("SELECT * FROM events WHERE doc = ? ORDER BY char_start, trigger_start, id", List.of(id));
  }

  /** Every country (first three letters of an actor code) that appears on either side, with its event count. */
  public List<Map<String, Object>> countries() {
    return query("SELECT c AS country, count(*) AS events FROM (SELECT source_country AS c FROM events"
        + " UNION ALL SELECT target_country FROM events) WHERE c <> '' GROUP BY c ORDER BY events DESC, c", List.of());
  }

  List<Map<String, Object>> query(String sql, List<Object> args) {
    try (PreparedStatement p = perThread.get().prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= md.getColumnCount(); c++) {
            Object v = rs.getObject(c);
            row.put(md.getColumnLabel(c), v instanceof java.util.Date || v instanceof java.time.temporal.Temporal
                ? v.toString() : v);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    synchronized (opened) {
      for (Connection c : opened) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing on shutdown; nothing left to do with the error
        }
      }
      opened.clear();
    }
  }
}
