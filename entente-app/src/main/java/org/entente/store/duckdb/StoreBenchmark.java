package org.entente.store.duckdb;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.entente.model.Actor;
import org.entente.model.Article;
import org.entente.model.CameoCode;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.relations.DyadQuery;
import org.entente.relations.Interval;

/**
 * A StoreBenchmark loads generated events into a fresh DuckDB file with one {@code INSERT ... SELECT}
 * over {@code range(n)} (DuckDB's bulk path, no row-by-row JDBC), then times the dyad series of
 * {@link DuckDbEventStore#dyads} (from the pre-aggregate and from the events), the store's writes at
 * that size, and an {@link DuckDbEventQueries} page as the server runs it.
 *
 * <p>The generated events follow the {@code events} schema: four events per article, 60 countries with
 * a skewed (squared-uniform) frequency, dates over 2000–2026, 5% negated and 5% hypothetical.
 */
public final class StoreBenchmark {

  private static final String COUNTRIES = "['USA','CHN','RUS','JPN','KOR','PRK','UKR','GBR','FRA','DEU','IND','PAK',"
      + "'IRN','ISR','PSE','SAU','TUR','SYR','IRQ','AFG','TWN','VNM','PHL','IDN','AUS','CAN','MEX','BRA','ARG','ZAF',"
      + "'EGY','NGA','ETH','KEN','SDN','YEM','LBN','JOR','QAT','ARE','POL','ITA','ESP','NLD','BEL','SWE','NOR','FIN',"
      + "'BLR','GEO','ARM','AZE','KAZ','MMR','THA','MYS','SGP','NZL','CHL','COL']";
  private static final String CODES = "[{'code':'010','root':'01','q':1,'g':0.0},{'code':'036','root':'03','q':1,'g':4.0},{'code':'040','root':'04','q':1,'g':1.0},{'code':'042','root':'04','q':1,'g':1.9},"
      + "{'code':'043','root':'04','q':1,'g':2.8},{'code':'051','root':'05','q':1,'g':3.5},{'code':'057','root':'05','q':1,'g':8.0},{'code':'061','root':'06','q':2,'g':6.4},{'code':'070','root':'07','q':2,'g':7.0},"
      + "{'code':'111','root':'11','q':3,'g':-2.0},{'code':'112','root':'11','q':3,'g':-2.0},{'code':'128','root':'12','q':3,'g':-4.0},{'code':'130','root':'13','q':3,'g':-4.4},{'code':'138','root':'13','q':3,'g':-7.0},"
      + "{'code':'163','root':'16','q':4,'g':-8.0},{'code':'172','root':'17','q':4,'g':-5.0},{'code':'173','root':'17','q':4,'g':-5.0},{'code':'190','root':'19','q':4,'g':-10.0},{'code':'193','root':'19','q':4,'g':-10.0},"
      + "{'code':'195','root':'19','q':4,'g':-10.0}]";
  private static final String WORDS = "['talks','sanctions','missile','border','aid','summit','trade','visit',"
      + "'ceasefire','troops','embassy','election','nuclear','drills','grain','tariffs']";

  private final PrintStream out;

  public StoreBenchmark(PrintStream out) {
    this.out = out;
  }

  /**
   * Loads {@code n} events into {@code db} unless it already holds events (then its events are timed as
   * they are: a database loaded once serves many runs), times the queries, prints figures.
   */
  public void run(Path db, long n, boolean sortEvents) throws SQLException {
    try (DuckDbEventStore store = DuckDbEventStore.open(db.toString())) {
      Connection c = store.connection();
      try (Statement st = c.createStatement()) {
        st.execute("SET memory_limit = '3GB'");
        st.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
        long held = count(c);
        out.printf(Locale.ROOT, "duckdb: system load average %.2f on %d processors (timings are noisy when it is high)%n",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
        if (held > 0) {
          out.printf(Locale.ROOT, "duckdb: reusing the %,d events in %s%n", held, db);
        } else {
          long t0 = System.nanoTime();
          st.execute(insertSql(n));
          st.execute("CHECKPOINT");
          double load = (System.nanoTime() - t0) / 1e9;
          out.printf(Locale.ROOT, "duckdb: loaded %,d generated events in %.1f s (%.0f events/s) into %s%n", n, load,
              n / load, db);
        }
        if (held == 0 || !DyadIndex.current(c)) {
          long t0 = System.nanoTime();
          DyadIndex.rebuild(c);
          out.printf(Locale.ROOT, "duckdb: built the dyad pre-aggregate in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
      }
      LocalDate from = LocalDate.of(2000, 1, 1);
      LocalDate to = LocalDate.of(2027, 1, 1);
      DyadQuery one = new DyadQuery(from, to, Interval.MONTH, "JPN", "KOR", false, false, false);
      DyadQuery all = new DyadQuery(from, to, Interval.MONTH, null, null, false, false, false);
      DyadQuery country = new DyadQuery(from, to, Interval.MONTH, "JPN", null, false, false, false);
      time("dyad series JPN-KOR by month, 2000-2026 (DuckDbEventStore.dyads: pre-aggregate)", () -> store.dyads(one).size());
      time("dyad series of JPN with every partner by month (DuckDbEventStore.dyads: pre-aggregate)",
          () -> store.dyads(country).size());
      time("dyad series, all dyads by month (DuckDbEventStore.dyads: pre-aggregate)", () -> store.dyads(all).size());
      time("dyad series JPN-KOR by month, from the events table", () -> DuckDbEventStore.eventDyads(c, one).size());
      DyadQuery undirected = new DyadQuery(from, to, Interval.MONTH, "JPN", "KOR", true, false, false);
      time("dyad series JPN-KOR undirected by month (DuckDbEventStore.dyads: events table)",
          () -> store.dyads(undirected).size());
      DyadQuery allYears = new DyadQuery(from, to, Interval.YEAR, null, null, false, false, false);
      time("dyad series, all dyads by year (DuckDbEventStore.dyads: events table)", () -> store.dyads(allYears).size());
      saves(store);
      // The search the web API runs (GET /api/events), with its cursor paging.
      try (DuckDbEventQueries search = new DuckDbEventQueries(c)) {
        searches(search, "");
        if (sortEvents) {
          long t0 = System.nanoTime();
          store.sortEventsByDate();
          out.printf(Locale.ROOT, "duckdb: stored the events in date order (DuckDbEventStore.sortEventsByDate) in %.1f s%n",
              (System.nanoTime() - t0) / 1e9);
          searches(search, "(events in date order) ");
        }
        EventFilter f = new EventFilter(null, null, "KOR", null, null, null, "19", null, LocalDate.of(2015, 1, 1),
            LocalDate.of(2023, 12, 31), "missile", false);
        time("event search country=KOR root=19 2015-2023 text~'missile', newest first, page of 50",
            () -> search.events(f, EventOrder.DATE_DESC, null, 50).rows().size());
        EventFilter g = new EventFilter(null, null, "USA", null, null, null, null, null, LocalDate.of(2020, 1, 1),
            LocalDate.of(2020, 12, 31), null, false);
        time("event search country=USA 2020, newest first, page 3 of 50", () -> {
          DuckDbEventQueries.Page page = search.events(g, EventOrder.DATE_DESC, null, 50);
          for (int i = 0; i < 2 && page.next() != null; i++) {
            page = search.events(g, EventOrder.DATE_DESC, page.next(), 50);
          }
          return page.rows().size();
        });
      }
    }
  }

  /**
   * The common searches of the API and dashboard, each a first page of 50 and the page after it; and a
   * word no sentence holds, the worst case of a text search (every sentence is read).
   */
  private void searches(DuckDbEventQueries search, String layout) {
    LocalDate since = LocalDate.of(2015, 1, 1);
    LocalDate until = LocalDate.of(2020, 1, 1);
    page(search, layout + "all events", filter(null, null, null, null, null, null, null));
    page(search, layout + "dyad=JPN-KOR", filter(null, "JPN", "KOR", null, null, null, null));
    page(search, layout + "country=JPN", filter("JPN", null, null, null, null, null, null));
    page(search, layout + "root=19 from=2015 to=2020", filter(null, null, null, "19", since, until, null));
    page(search, layout + "q=ceasefire", filter(null, null, null, null, null, null, "ceasefire"));
    page(search, layout + "q=ceasefire country=JPN", filter("JPN", null, null, null, null, null, "ceasefire"));
    page(search, layout + "q=capital (in every sentence)", filter(null, null, null, null, null, null, "capital"));
    page(search, layout + "q=armistice (in no sentence)", filter(null, null, null, null, null, null, "armistice"));
    // the dashboard's list of a dyad's events in the period on show
    page(search, layout + "dyad=JPN-KOR from=2015 to=2020", filter(null, "JPN", "KOR", null, since, until, null),
        EventOrder.DATE_ASC);
  }

  private static EventFilter filter(String country, String dyadA, String dyadB, String root, LocalDate from,
      LocalDate to, String text) {
    return new EventFilter(null, null, country, dyadA, dyadB, null, root, null, from, to, text, false);
  }

  private void page(DuckDbEventQueries search, String what, EventFilter f) {
    page(search, what, f, EventOrder.DATE_DESC);
  }

  private void page(DuckDbEventQueries search, String what, EventFilter f, EventOrder order) {
    String sort = order == EventOrder.DATE_DESC ? "newest first" : "oldest first";
    time("event search " + what + ", " + sort + ", page 1 of 50", () -> search.events(f, order, null, 50).rows().size());
    EventCursor second = search.events(f, order, null, 50).next();
    if (second != null) {
      time("event search " + what + ", " + sort + ", page 2 of 50",
          () -> search.events(f, order, second, 50).rows().size());
    }
  }

  private static long count(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Times the store's writes at this size: batches of new articles (group commits, the pre-aggregate
   * updated with them) and a batch that replaces stored articles (their events found and taken away).
   */
  private void saves(DuckDbEventStore store) {
    List<String> countries = countries();
    CameoCode code = new CameoCode("042", "04", 1, 1.9, "Make a visit");
    int batches = 5;
    int perBatch = 100;
    long t0 = System.nanoTime();
    for (int b = 0; b < batches; b++) {
      List<DuckDbEventStore.Coded> batch = new ArrayList<>();
      for (int a = 0; a < perBatch; a++) {
        String id = "bench-" + (b == batches - 1 ? 0 : b) + "-" + a; // the last batch replaces articles of the first
        LocalDate day = LocalDate.of(2024, 1 + a % 12, 1 + a % 28);
        String text = "Officials of " + countries.get(a % 60) + " visited " + countries.get((a + 7) % 60) + ".";
        Article article = new Article(id, day, DatePrecision.DAY, "t", null, "bench", text, "bench:" + a);
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
          Actor s = new Actor(countries.get((a + k) % 60) + "GOV", "officials", 0, 9);
          Actor t = new Actor(countries.get((a + k + 7) % 60) + "GOV", "them", 20, 24);
          events.add(new Event(id + ":0:" + k, id, day, new EventDate(day, DatePrecision.DAY, null, DateBasis.EXPLICIT), s,
              t, code, false, false, text, 0, 0, text.length(), "visited", 10, 17, "generated"));
        }
        batch.add(new DuckDbEventStore.Coded(article, events, 1, 1));
      }
      store.saveAll(b == batches - 1 ? batch.subList(0, 10) : batch);
      if (b == batches - 2) {
        double ms = (System.nanoTime() - t0) / 1e6 / (batches - 1);
        out.printf(Locale.ROOT, "duckdb: saveAll of %d new articles (4 events each): %.0f ms per transaction%n", perBatch, ms);
        t0 = System.nanoTime();
      }
    }
    out.printf(Locale.ROOT, "duckdb: saveAll replacing 10 stored articles: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
  }

  /** Prints the minimum and median of five runs after one warm-up: on a shared machine the mean is mostly noise. */
  private void time(String what, Supplier<Integer> query) {
    int rows = query.get();
    int runs = 5;
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      query.get();
      t[i] = System.nanoTime() - t0;
    }
    java.util.Arrays.sort(t);
    out.printf(Locale.ROOT, "duckdb: %s: %d rows, %.0f ms median, %.0f ms min of %d (after one warm-up)%n", what, rows,
        t[runs / 2] / 1e6, t[0] / 1e6, runs);
  }

  static String insertSql(long n) {
    return """
        INSERT INTO events
        SELECT 'gen-' || a || ':' || k || ':0', 'gen-' || a, d + 1, d, 'day', NULL, 'explicit',
          s || 'GOV', s, 'the government of ' || s, 0, 10,
          t || 'GOV', t, 'the government of ' || t, 30, 40,
          c.code, c.root, CAST(c.q AS TINYINT), CAST(c.g AS DOUBLE), h % 20 = 0, h % 20 = 1,
          'Officials of ' || s || ' and ' || t || ' discussed ' || w1 || ' and ' || w2 || ' in the capital.',
          k, k * 120, k * 120 + 100, 'discussed', 20, 29, 'generated'
        FROM (
          SELECT i // 4 AS a, i % 4 AS k, hash(i) AS h,
            DATE '2000-01-01' + CAST(hash(i // 4) % 9862 AS INTEGER) AS d,
            list_extract(%1$s, 1 + CAST(60 * pow((hash(i, 1) %% 1000000) / 1e6, 2) AS INTEGER)) AS s0,
            list_extract(%1$s, 1 + CAST(60 * pow((hash(i, 2) %% 1000000) / 1e6, 2) AS INTEGER)) AS t0,
            CASE WHEN s0 = t0 THEN list_extract(%1$s, 1 + CAST(hash(i, 3) %% 60 AS INTEGER)) ELSE t0 END AS t,
            s0 AS s,
            list_extract(%2$s, 1 + CAST(hash(i, 4) %% 20 AS INTEGER)) AS c,
            list_extract(%3$s, 1 + CAST(hash(i, 5) %% 16 AS INTEGER)) AS w1,
            list_extract(%3$s, 1 + CAST(hash(i, 6) %% 16 AS INTEGER)) AS w2
          FROM range(%4$d) r(i))
        """.replace("%1$s", COUNTRIES).replace("%2$s", CODES).replace("%3$s", WORDS).replace("%%", "%")
        .replace("%4$d", Long.toString(n));
  }

  static List<String> countries() {
    return List.of(COUNTRIES.replaceAll("[\\[\\]']", "").split(","));
  }
}
