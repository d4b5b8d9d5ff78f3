package org.entente.store.duckdb;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.entente.ingest.ContentHash;
import org.entente.model.Actor;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.Interval;
import org.entente.store.EventStore;
import org.entente.store.StoreException;

/**
 * An {@link EventStore} in an embedded DuckDB database file (schema: docs/schema.md).
 *
 * <p>Each {@link #save} runs in one transaction that replaces the article's previous events.
 * <b>NOTE:</b> one writer per database file; calls are synchronized, so one instance may be shared by
 * threads. Open read-only for serving.
 */
public final class DuckDbEventStore implements EventStore {

  private final Connection conn;
  private final boolean readOnly;

  private DuckDbEventStore(Connection conn, boolean readOnly) {
    this.conn = conn;
    this.readOnly = readOnly;
  }

  /** Opens (creating if needed) a database file for writing; {@code ":memory:"} for a throwaway one. */
  public static DuckDbEventStore open(String path) {
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + (path.equals(":memory:") ? "" : path));
      DuckDbEventStore store = new DuckDbEventStore(c, false);
      store.createSchema();
      return store;
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + path + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing database file read-only. */
  public static DuckDbEventStore openReadOnly(String path) {
    if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path))) {
      throw new StoreException("no database at " + path + " (create one with `entente code` or `entente demo`)", null);
    }
    try {
      Properties p = new Properties();
      p.setProperty("duckdb.read_only", "true");
      return new DuckDbEventStore(DriverManager.getConnection("jdbc:duckdb:" + path, p), true);
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + path + " read-only: " + e.getMessage(), e);
    }
  }

  public Connection connection() {
    return conn;
  }

  private void createSchema() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("""
          CREATE TABLE IF NOT EXISTS articles (
            id VARCHAR PRIMARY KEY, doc_date DATE, date_precision VARCHAR, title VARCHAR, url VARCHAR,
            source VARCHAR, origin VARCHAR, text VARCHAR, content_hash VARCHAR, sentences INTEGER,
            parsed_sentences INTEGER, coded_at TIMESTAMP DEFAULT current_timestamp)""");
      st.execute("""
          CREATE TABLE IF NOT EXISTS events (
            id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL, doc_date DATE, date DATE, date_precision VARCHAR,
            date_end DATE, date_basis VARCHAR, source VARCHAR, source_country VARCHAR, source_text VARCHAR,
            source_start INTEGER, source_end INTEGER, target VARCHAR, target_country VARCHAR, target_text VARCHAR,
            target_start INTEGER, target_end INTEGER, code VARCHAR, root VARCHAR, quad_class TINYINT,
            goldstein DOUBLE, negated BOOLEAN, hypothetical BOOLEAN, sentence VARCHAR, sentence_index INTEGER,
            char_start INTEGER, char_end INTEGER, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            pattern VARCHAR)""");
    }
  }

  /** The content hash stored for an article id, if the article is stored. */
  public synchronized Optional<String> contentHash(String id) {
    try (PreparedStatement p = conn.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up article " + id + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void save(Article article, List<Event> events) {
    save(article, events, -1, -1);
  }

  /** Saves an article with its annotation counts. */
  public synchronized void save(Article article, List<Event> events, int sentences, int parsed) {
    if (readOnly) {
      throw new StoreException("the database is open read-only", null);
    }
    try {
      conn.setAutoCommit(false);
      try (PreparedStatement del = conn.prepareStatement("DELETE FROM events WHERE doc = ?");
           PreparedStatement delA = conn.prepareStatement("DELETE FROM articles WHERE id = ?");
           PreparedStatement insA = conn.prepareStatement(
               "INSERT INTO articles (id, doc_date, date_precision, title, url, source, origin, text, content_hash,"
                   + " sentences, parsed_sentences) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
           PreparedStatement insE = conn.prepareStatement(
               "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        del.setString(1, article.id());
        del.executeUpdate();
        delA.setString(1, article.id());
        delA.executeUpdate();
        insA.setString(1, article.id());
        setDate(insA, 2, article.date());
        insA.setString(3, article.datePrecision().label());
        insA.setString(4, article.title());
        insA.setString(5, article.url());
        insA.setString(6, article.source());
        insA.setString(7, article.origin());
        insA.setString(8, article.text());
        insA.setString(9, ContentHash.of(article));
        insA.setInt(10, sentences);
        insA.setInt(11, parsed);
        insA.executeUpdate();
        for (Event e : events) {
          bind(insE, e);
          insE.addBatch();
        }
        if (!events.isEmpty()) {
          insE.executeBatch();
        }
      }
      conn.commit();
    } catch (SQLException e) {
      try {
        conn.rollback();
      } catch (SQLException ignored) {
        // the original failure is the one worth reporting
      }
      throw new StoreException("cannot save article " + article.id() + ": " + e.getMessage(), e);
    } finally {
      try {
        conn.setAutoCommit(true);
      } catch (SQLException ignored) {
        // connection is unusable anyway
      }
    }
  }

  private static void bind(PreparedStatement p, Event e) throws SQLException {
    int i = 1;
    p.setString(i++, e.id());
    p.setString(i++, e.doc());
    setDate(p, i++, e.docDate());
    setDate(p, i++, e.when().date());
    p.setString(i++, e.when().precision().label());
    setDate(p, i++, e.when().end());
    p.setString(i++, e.when().basis().label());
    i = bindActor(p, i, e.source());
    i = bindActor(p, i, e.target());
    p.setString(i++, e.cameo().code());
    p.setString(i++, e.cameo().root());
    p.setInt(i++, e.cameo().quadClass());
    p.setDouble(i++, e.cameo().goldstein());
    p.setBoolean(i++, e.negated());
    p.setBoolean(i++, e.hypothetical());
    p.setString(i++, e.sentence());
    p.setInt(i++, e.sentenceIndex());
    p.setInt(i++, e.charStart());
    p.setInt(i++, e.charEnd());
    p.setString(i++, e.trigger());
    p.setInt(i++, e.triggerStart());
    p.setInt(i++, e.triggerEnd());
    p.setString(i, e.pattern());
  }

  private static int bindActor(PreparedStatement p, int i, Actor a) throws SQLException {
    p.setString(i++, a.code());
    p.setString(i++, a.country());
    p.setString(i++, a.text());
    p.setInt(i++, a.begin());
    p.setInt(i++, a.end());
    return i;
  }

  private static void setDate(PreparedStatement p, int i, LocalDate d) throws SQLException {
    if (d == null) {
      p.setNull(i, Types.DATE);
    } else {
      p.setDate(i, Date.valueOf(d));
    }
  }

  @Override
  public synchronized List<DyadRow> dyads(DyadQuery q) {
    return dyads(conn, q);
  }

  /** The dyad query on any connection to an Entente database (the server runs it on per-thread duplicates). */
  public static List<DyadRow> dyads(Connection conn, DyadQuery q) {
    String day = q.byPublication() ? "doc_date" : "date";
    String src = q.undirected() ? "least(source_country, target_country)" : "source_country";
    String tgt = q.undirected() ? "greatest(source_country, target_country)" : "target_country";
    StringBuilder sql = new StringBuilder("SELECT CAST(date_trunc('" + q.interval().sqlUnit() + "', " + day
        + ") AS DATE) AS p, " + src + " AS s, " + tgt + " AS t, count(*) AS n,"
        + " count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),"
        + " count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),"
        + " coalesce(sum(goldstein), 0), count(DISTINCT doc)"
        + " FROM events WHERE source_country <> '' AND target_country <> '' AND source_country <> target_country"
        + " AND " + day + " IS NOT NULL");
    List<Object> args = new ArrayList<>();
    if (!q.includeFlagged()) {
      sql.append(" AND NOT negated AND NOT hypothetical");
    }
    if (q.from() != null) {
      sql.append(" AND ").append(day).append(" >= ?");
      args.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND ").append(day).append(" < ?");
      args.add(Date.valueOf(q.to()));
    }
    dyadFilter(q, "source_country", "target_country", sql, args);
    sql.append(" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    return dyadRows(conn, sql.toString(), args, q.interval());
  }

  /** Appends the query's dyad or country condition on the given source and target columns. */
  static void dyadFilter(DyadQuery q, String source, String target, StringBuilder sql, List<Object> args) {
    if (q.source() != null && q.target() != null) {
      sql.append(" AND ((").append(source).append(" = ? AND ").append(target).append(" = ?) OR (")
          .append(source).append(" = ? AND ").append(target).append(" = ?))");
      args.addAll(List.of(q.source(), q.target(), q.target(), q.source()));
    } else if (q.source() != null) {
      sql.append(" AND (").append(source).append(" = ? OR ").append(target).append(" = ?)");
      args.addAll(List.of(q.source(), q.source()));
    }
  }

  /** Runs a dyad query whose columns are period start, source, target, count, QC1–4, Goldstein sum, articles. */
  static List<DyadRow> dyadRows(Connection conn, String sql, List<Object> args, Interval interval) {
    try (PreparedStatement p = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      List<DyadRow> rows = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          LocalDate start = rs.getDate(1).toLocalDate();
          rows.add(new DyadRow(interval.label(start), rs.getString(2), rs.getString(3), rs.getLong(4),
              rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getDouble(9), rs.getLong(10)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("dyad query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized long articleCount() {
    return count("SELECT count(*) FROM articles");
  }

  @Override
  public synchronized long eventCount() {
    return count("SELECT count(*) FROM events");
  }

  private long count(String sql) {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close database: " + e.getMessage(), e);
    }
  }
}
