package org.entente.store.duckdb;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
 * <p>Each {@link #save} runs in one transaction that replaces the article's previous events;
 * {@link #saveAll} saves many articles in one. Every transaction also updates the monthly dyad
 * pre-aggregate ({@link DyadIndex}), so it never lags behind the events.
 * <b>NOTE:</b> one writer per database file; calls are synchronized, so one instance may be shared by
 * threads. Open read-only for serving.
 */
public final class DuckDbEventStore implements EventStore {

  /** An article to save with its events and the counts of its annotation (−1 when unknown). */
  public record Coded(Article article, List<Event> events, int sentences, int parsed) {}

  /** The temporary table a transaction's new events pass through on their way to {@code events}. */
  private static final String STAGED = "staged_events";

  /**
   * A Goldstein sum rounded to six decimals, in SQL: sums of the same values added in another order
   * (the pre-aggregate adds them batch by batch) then agree to the last digit.
   */
  static String rounded(String sum) {
    return "round(" + sum + ", 6)";
  }

  private final Connection conn;
  private final boolean readOnly;
  /** Prepared once: a coding run looks up every article it reads, and preparing costs more than the lookup. */
  private PreparedStatement hashLookup;

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
      st.execute(eventsTable("events"));
      // Per connection and empty between transactions: it lets the pre-aggregate count a batch's events
      // without scanning the events table for them.
      st.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGED + " AS SELECT * FROM events LIMIT 0");
    }
    DyadIndex.open(conn);
  }

  /** The statement that creates an events table of this name, unless it exists. */
  private static String eventsTable(String name) {
    return """
        CREATE TABLE IF NOT EXISTS %s (
          id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL, doc_date DATE, date DATE, date_precision VARCHAR,
          date_end DATE, date_basis VARCHAR, source VARCHAR, source_country VARCHAR, source_text VARCHAR,
          source_start INTEGER, source_end INTEGER, target VARCHAR, target_country VARCHAR, target_text VARCHAR,
          target_start INTEGER, target_end INTEGER, code VARCHAR, root VARCHAR, quad_class TINYINT,
          goldstein DOUBLE, negated BOOLEAN, hypothetical BOOLEAN, sentence VARCHAR, sentence_index INTEGER,
          char_start INTEGER, char_end INTEGER, trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
          pattern VARCHAR)""".formatted(name);
  }

  /**
   * Rewrites the events table in date order (undated events last), in one transaction.
   *
   * <p>Why: DuckDB keeps the smallest and largest value of each column per group of ~120,000 rows and
   * skips the groups a condition rules out. Once events lie in date order, a page of an event search
   * (which looks among the dates next to where the page starts, see {@link DateWindows}) reads one or two
   * groups instead of the whole table. Events saved afterwards go to the end; articles coded in the
   * order they were published keep the table close to date order, an archive coded out of order needs
   * this again.
   */
  public synchronized void sortEventsByDate() {
    if (readOnly) {
      throw new StoreException("the database is open read-only", null);
    }
    transaction("cannot sort the events by date", () -> {
      try (Statement st = conn.createStatement()) {
        st.execute("DROP TABLE IF EXISTS events_by_date");
        st.execute(eventsTable("events_by_date"));
        st.execute("INSERT INTO events_by_date SELECT * FROM events ORDER BY date, id");
        st.execute("DROP TABLE events");
        st.execute("ALTER TABLE events_by_date RENAME TO events");
      }
    });
  }

  /** Work on the database that throws what JDBC throws. */
  private interface Work {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: all of it or, on failure, none (reported as {@code failure: cause}). */
  private void transaction(String failure, Work work) {
    try {
      conn.setAutoCommit(false);
      work.run();
      conn.commit();
    } catch (SQLException e) {
      try {
        conn.rollback();
      } catch (SQLException ignored) {
        // the original failure is the one worth reporting
      }
      throw new StoreException(failure + ": " + e.getMessage(), e);
    } finally {
      try {
        conn.setAutoCommit(true);
      } catch (SQLException ignored) {
        // connection is unusable anyway
      }
    }
  }

  /** The content hash stored for an article id, if the article is stored. */
  public synchronized Optional<String> contentHash(String id) {
    try {
      if (hashLookup == null) {
        hashLookup = conn.prepareStatement("SELECT content_hash FROM articles WHERE id = ?");
      }
      hashLookup.setString(1, id);
      try (ResultSet rs = hashLookup.executeQuery()) {
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

  /** Saves an article with its annotation counts, in a transaction of its own. */
  public synchronized void save(Article article, List<Event> events, int sentences, int parsed) {
    saveAll(List.of(new Coded(article, events, sentences, parsed)));
  }

  /**
   * Saves several articles in one transaction: all of them or, on failure, none. Each replaces the
   * article stored under its id before, with all of that article's events; when the same id comes
   * twice, the later one wins. One commit costs far more than the rows it writes (it syncs the
   * write-ahead log), so writing many articles per transaction is how a coding run saves fast.
   */
  public synchronized void saveAll(List<Coded> batch) {
    if (readOnly) {
      throw new StoreException("the database is open read-only", null);
    }
    Map<String, Coded> byId = new LinkedHashMap<>();
    for (Coded c : batch) {
      byId.remove(c.article().id());
      byId.put(c.article().id(), c);
    }
    if (byId.isEmpty()) {
      return;
    }
    String ids = byId.size() == 1 ? "article " + byId.keySet().iterator().next() : byId.size() + " articles";
    transaction("cannot save " + ids, () -> {
      // The first statement opens the transaction; the appenders below write inside it.
      List<String> stored = storedIds(byId.keySet());
      boolean incremental = DyadIndex.current(conn);
      if (!stored.isEmpty()) {
        // An article's events are only ever written with its row, so only stored ids can have events.
        if (incremental) {
          DyadIndex.subtract(conn, stored);
        }
        execute("DELETE FROM events WHERE doc IN " + placeholders(stored.size()), stored);
        execute("DELETE FROM articles WHERE id IN " + placeholders(stored.size()), stored);
      }
      DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
      try (DuckDBAppender articles = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
           DuckDBAppender events = duck.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, STAGED)) {
        for (Coded c : byId.values()) {
          appendArticle(articles, c);
          for (Event e : c.events()) {
            appendEvent(events, e);
          }
        }
      }
      try (Statement st = conn.createStatement()) {
        st.execute("INSERT INTO events SELECT * FROM " + STAGED);
        if (incremental) {
          DyadIndex.add(conn, STAGED);
        } else {
          DyadIndex.build(conn);
        }
        DyadIndex.stamp(conn);
        st.execute("DELETE FROM " + STAGED);
      }
    });
  }

  private List<String> storedIds(java.util.Collection<String> ids) throws SQLException {
    List<String> args = List.copyOf(ids);
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = conn.prepareStatement("SELECT id FROM articles WHERE id IN " + placeholders(args.size()))) {
      for (int i = 0; i < args.size(); i++) {
        p.setString(i + 1, args.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private void execute(String sql, List<String> args) throws SQLException {
    try (PreparedStatement p = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        p.setString(i + 1, args.get(i));
      }
      p.executeUpdate();
    }
  }

  static String placeholders(int n) {
    return "(" + String.join(",", java.util.Collections.nCopies(n, "?")) + ")";
  }

  private static void appendArticle(DuckDBAppender a, Coded c) throws SQLException {
    Article article = c.article();
    a.beginRow();
    a.append(article.id());
    appendDate(a, article.date());
    a.append(article.datePrecision().label());
    a.append(article.title());
    a.append(article.url());
    a.append(article.source());
    a.append(article.origin());
    a.append(article.text());
    a.append(ContentHash.of(article));
    a.append(c.sentences());
    a.append(c.parsed());
    a.appendDefault();
    a.endRow();
  }

  /** Appends an event with the columns in the order of the {@code events} table. */
  private static void appendEvent(DuckDBAppender a, Event e) throws SQLException {
    a.beginRow();
    a.append(e.id());
    a.append(e.doc());
    appendDate(a, e.docDate());
    appendDate(a, e.when().date());
    a.append(e.when().precision().label());
    appendDate(a, e.when().end());
    a.append(e.when().basis().label());
    appendActor(a, e.source());
    appendActor(a, e.target());
    a.append(e.cameo().code());
    a.append(e.cameo().root());
    a.append((byte) e.cameo().quadClass());
    a.append(e.cameo().goldstein());
    a.append(e.negated());
    a.append(e.hypothetical());
    a.append(e.sentence());
    a.append(e.sentenceIndex());
    a.append(e.charStart());
    a.append(e.charEnd());
    a.append(e.trigger());
    a.append(e.triggerStart());
    a.append(e.triggerEnd());
    a.append(e.pattern());
    a.endRow();
  }

  private static void appendActor(DuckDBAppender a, Actor actor) throws SQLException {
    a.append(actor.code());
    a.append(actor.country());
    a.append(actor.text());
    a.append(actor.begin());
    a.append(actor.end());
  }

  private static void appendDate(DuckDBAppender a, LocalDate d) throws SQLException {
    if (d == null) {
      a.appendNull();
    } else {
      a.append(d);
    }
  }

  @Override
  public synchronized List<DyadRow> dyads(DyadQuery q) {
    return dyads(conn, q);
  }

  /**
   * The dyad query on any connection to an Entente database (the server runs it on per-thread
   * duplicates): from the monthly pre-aggregate when it answers the query ({@link DyadIndex}), else
   * from the events. Both give the same rows.
   */
  public static List<DyadRow> dyads(Connection conn, DyadQuery q) {
    if (DyadIndex.serves(q) && DyadIndex.current(conn)) {
      return new DyadIndex(conn).dyads(q);
    }
    return eventDyads(conn, q);
  }

  /** The dyad query computed from the events table. */
  static List<DyadRow> eventDyads(Connection conn, DyadQuery q) {
    String day = q.byPublication() ? "doc_date" : "date";
    String src = q.undirected() ? "least(source_country, target_country)" : "source_country";
    String tgt = q.undirected() ? "greatest(source_country, target_country)" : "target_country";
    StringBuilder sql = new StringBuilder("SELECT CAST(date_trunc('" + q.interval().sqlUnit() + "', " + day
        + ") AS DATE) AS p, " + src + " AS s, " + tgt + " AS t, count(*) AS n,"
        + " count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),"
        + " count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),"
        + " " + rounded("coalesce(sum(goldstein), 0)") + ", count(DISTINCT doc)"
        + " FROM events WHERE source_country <> '' AND target_country <> '' AND source_country <> target_country"
        + " AND " + day + " IS NOT NULL");
    List<Object> args = new ArrayList<>();
    if (!q.includeFlagged()) {
      sql.append(" AND NOT negated AND NOT hypothetical");
    }
    period(day, q.from(), q.to(), sql, args);
    dyadFilter(q, "source_country", "target_country", sql, args);
    sql.append(" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    return dyadRows(conn, sql.toString(), args, q.interval());
  }

  /** Appends the condition that {@code column} lies in the half-open period (from inclusive, to exclusive; null: open). */
  static void period(String column, LocalDate from, LocalDate to, StringBuilder sql, List<Object> args) {
    if (from != null) {
      sql.append(" AND ").append(column).append(" >= ?");
      args.add(Date.valueOf(from));
    }
    if (to != null) {
      sql.append(" AND ").append(column).append(" < ?");
      args.add(Date.valueOf(to));
    }
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
      if (hashLookup != null) {
        hashLookup.close();
      }
      conn.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close database: " + e.getMessage(), e);
    }
  }
}
