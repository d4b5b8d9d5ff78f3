package org.entente.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Date-ordered searches page through exactly the events a full sort gives, in the same order, whatever
 * the page size: with events ever sparser into the past (so the date window of a page has to widen
 * several times), undated events (first in an oldest-first search, last in a newest-first one) and
 * several events on one day (ties broken by id); and the same once the events are stored in date order.
 */
class EventSearchPagingTest {

  private static final LocalDate NEWEST = LocalDate.of(2024, 6, 30);

  /** One stored event as the test sees it, to filter and sort in Java. */
  private record Row(String id, LocalDate date, String source, String target, String root, String sentence,
      boolean flagged) {}

  private static DuckDbEventStore store;
  private static DuckDbEventQueries queries;
  private static List<Row> all;

  @BeforeAll
  static void fill() throws SQLException {
    store = DuckDbEventStore.open(":memory:");
    List<DuckDbEventStore.Coded> batch = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // 3·i² days back: a day apart at first, years apart at the end (back to the 1990s)
      LocalDate day = NEWEST.minusDays(3L * i * i);
      String first = i % 5 == 0 ? "JPNGOV>KORGOV 042" : "USAGOV>CHNGOV 111";
      String second = "RUS>UKR 190" + (i % 7 == 0 ? " negated" : "");
      batch.add(TestArticles.coded((i % 9 == 0 ? "truce-" : "wire-") + i, day, first, second));
    }
    batch.add(TestArticles.coded("undated-a", null, "KORGOV>JPNGOV 036", "RUS>UKR 190"));
    batch.add(TestArticles.coded("undated-b", null, "USAGOV>CHNGOV 112"));
    store.saveAll(batch);
    queries = new DuckDbEventQueries(store.connection());
    all = new ArrayList<>();
    try (Statement st = store.connection().createStatement();
         ResultSet rs = st.executeQuery("SELECT id, date, source_country, target_country, root, sentence,"
             + " negated OR hypothetical FROM events")) {
      while (rs.next()) {
        java.sql.Date d = rs.getDate(2);
        all.add(new Row(rs.getString(1), d == null ? null : d.toLocalDate(), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getBoolean(7)));
      }
    }
  }

  @AfterAll
  static void close() {
    queries.close();
    store.close();
  }

  private static EventFilter filter(String country, String dyadA, String dyadB, String root, LocalDate from,
      LocalDate to, String text, boolean flagged) {
    return new EventFilter(null, null, country, dyadA, dyadB, null, root, null, from, to, text, flagged);
  }

  /** Every page of the search, joined. */
  private static List<String> paged(EventFilter f, EventOrder order, int limit) {
    List<String> ids = new ArrayList<>();
    EventCursor cursor = null;
    do {
      DuckDbEventQueries.Page page = queries.events(f, order, cursor, limit);
      assertTrue(page.rows().size() <= limit);
      page.rows().forEach(r -> ids.add((String) r.get("id")));
      cursor = page.next();
    } while (cursor != null);
    return ids;
  }

  /** The ids a full sort gives: undated events count as the earliest day, ties break by id. */
  private static List<String> sorted(Predicate<Row> keep, EventOrder order) {
    Comparator<Row> byDate = Comparator.comparing((Row r) -> r.date() == null ? LocalDate.MIN : r.date())
        .thenComparing(Row::id);
    return all.stream().filter(keep).sorted(order == EventOrder.DATE_ASC ? byDate : byDate.reversed())
        .map(Row::id).toList();
  }

  private static void assertPagesFollowTheSort(EventFilter f, Predicate<Row> keep) {
    for (EventOrder order : List.of(EventOrder.DATE_DESC, EventOrder.DATE_ASC)) {
      List<String> expected = sorted(keep.and(r -> f.includeFlagged() || !r.flagged()), order);
      assertTrue(expected.size() > 3, "the search finds enough events to page through");
      for (int limit : List.of(3, 7, 500)) {
        assertEquals(expected, paged(f, order, limit), f + " " + order + " by pages of " + limit);
      }
    }
  }

  @Test
  void allEventsWithAndWithoutFlagged() {
    assertPagesFollowTheSort(filter(null, null, null, null, null, null, null, false), r -> true);
    assertPagesFollowTheSort(filter(null, null, null, null, null, null, null, true), r -> true);
  }

  @Test
  void aDyadInEitherDirection() {
    assertPagesFollowTheSort(filter(null, "KOR", "JPN", null, null, null, null, false),
        r -> r.source().equals("JPN") && r.target().equals("KOR") || r.source().equals("KOR") && r.target().equals("JPN"));
  }

  @Test
  void aCountryOnEitherSide() {
    assertPagesFollowTheSort(filter("CHN", null, null, null, null, null, null, false),
        r -> r.source().equals("CHN") || r.target().equals("CHN"));
  }

  @Test
  void aRootWithinAPeriod() {
    LocalDate from = LocalDate.of(2005, 1, 1);
    LocalDate to = LocalDate.of(2024, 6, 1);
    assertPagesFollowTheSort(filter(null, null, null, "19", from, to, null, true),
        r -> r.root().equals("19") && r.date() != null && !r.date().isBefore(from) && r.date().isBefore(to));
  }

  @Test
  void wordsInTheSentenceIgnoringCase() {
    assertPagesFollowTheSort(filter(null, null, null, null, null, null, "TRUCE", false),
        r -> r.sentence().toLowerCase(Locale.ROOT).contains("truce"));
  }

  @Test
  void theSamePagesOnceTheEventsAreStoredInDateOrder() {
    store.sortEventsByDate();
    allEventsWithAndWithoutFlagged();
    aDyadInEitherDirection();
    aCountryOnEitherSide();
    aRootWithinAPeriod();
    wordsInTheSentenceIgnoringCase();
  }

  @Test
  void aSearchWithNothingToFindHasOneEmptyPage() {
    for (EventOrder order : List.of(EventOrder.DATE_DESC, EventOrder.DATE_ASC)) {
      DuckDbEventQueries.Page page = queries.events(filter("FRA", null, null, null, null, null, null, true), order,
          null, 5);
      assertEquals(List.of(), page.rows());
      assertEquals(null, page.next());
    }
  }
}
