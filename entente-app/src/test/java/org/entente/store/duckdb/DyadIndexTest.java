package org.entente.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.entente.relations.DyadQuery;
import org.entente.relations.Interval;
import org.entente.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pre-aggregate answers exactly what the events table answers, after a bulk build and after the
 * store's own saves (new articles, replaced ones, failed batches); the store falls back to the events
 * whenever the pre-aggregate does not count them all.
 */
class DyadIndexTest {

  private static final LocalDate MAY = LocalDate.of(2024, 5, 14);

  private DuckDbEventStore store;

  @BeforeEach
  void open() {
    store = DuckDbEventStore.open(":memory:");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<DyadQuery> queries() {
    DyadQuery all = new DyadQuery(LocalDate.of(2005, 3, 1), LocalDate.of(2025, 1, 1), Interval.MONTH, null, null,
        false, false, false);
    return List.of(all, all.withDyad("USA-CHN"), all.withDyad("JPN-KOR"), DyadQuery.all(Interval.MONTH),
        new DyadQuery(null, null, Interval.MONTH, "RUS", null, false, false, false));
  }

  private void assertSameAsEvents() {
    assertTrue(DyadIndex.current(store.connection()));
    DyadIndex index = new DyadIndex(store.connection());
    for (DyadQuery q : queries()) {
      assertEquals(DuckDbEventStore.eventDyads(store.connection(), q), index.dyads(q), q.toString());
      assertEquals(index.dyads(q), store.dyads(q), q.toString());
    }
  }

  @Test
  void aRebuildAfterABulkLoadCountsWhatTheEventsTableCounts() throws Exception {
    bulkLoad(20_000);
    DyadIndex.rebuild(store.connection());
    assertFalse(store.dyads(queries().get(1)).isEmpty());
    assertSameAsEvents();
  }

  @Test
  void savesKeepThePreAggregateInStep() {
    store.saveAll(List.of(
        TestArticles.coded("a1", MAY, "JPNGOV>KORGOV 042", "KORGOV>JPNGOV 036", "JPNGOV>KORGOV 112"),
        TestArticles.coded("a2", MAY, "JPNGOV>KORGOV 042", "CHNGOV>JPNGOV 172 negated"),
        TestArticles.coded("a3", MAY.plusMonths(1), "USAGOV>CHNGOV 190")));
    assertEquals(3, row("JPN", "KOR", "2024-05").events());
    assertEquals(2, row("JPN", "KOR", "2024-05").sources(), "two articles behind JPN>KOR in May");
    assertSameAsEvents();

    // a2 coded again with other events, a3 with none: their old counts go, the new ones come.
    store.saveAll(List.of(TestArticles.coded("a2", MAY, "KORGOV>JPNGOV 111"), TestArticles.coded("a3", MAY)));
    assertEquals(2, row("JPN", "KOR", "2024-05").events());
    assertEquals(1, row("JPN", "KOR", "2024-05").sources());
    assertEquals(2, row("KOR", "JPN", "2024-05").sources(), "a1's 036 and a2's new 111");
    assertTrue(store.dyads(queries().get(1)).isEmpty(), "USA>CHN is gone with a3's event");
    assertSameAsEvents();
  }

  @Test
  void aFailedBatchLeavesEventsAndPreAggregateAsTheyWere() {
    store.saveAll(List.of(TestArticles.coded("a1", MAY, "JPNGOV>KORGOV 042")));
    var broken = TestArticles.coded("b2", MAY, "JPNGOV>KORGOV 042");
    var twice = new DuckDbEventStore.Coded(broken.article(), List.of(broken.events().get(0), broken.events().get(0)),
        1, 1);
    assertThrows(StoreException.class, () -> store.saveAll(List.of(TestArticles.coded("a2", MAY, "USAGOV>CHNGOV 190"),
        twice)));
    assertEquals(1, store.articleCount());
    assertEquals(1, store.eventCount());
    assertEquals(1, row("JPN", "KOR", "2024-05").events());
    assertSameAsEvents();
  }

  @Test
  void eventsWrittenPastTheStoreAreReadFromTheEventsUntilTheNextSave() throws Exception {
    store.saveAll(List.of(TestArticles.coded("a1", MAY, "JPNGOV>KORGOV 042")));
    bulkLoad(2_000);
    assertFalse(DyadIndex.current(store.connection()));
    DyadQuery q = queries().get(3);
    assertEquals(DuckDbEventStore.eventDyads(store.connection(), q), store.dyads(q));
    store.saveAll(List.of(TestArticles.coded("a2", MAY, "USAGOV>CHNGOV 190")));
    assertSameAsEvents();
  }

  @Test
  void servesOnlyDirectedMonthlySeriesOfUnflaggedEventsOverWholeMonths() {
    DyadQuery month = DyadQuery.all(Interval.MONTH);
    assertTrue(DyadIndex.serves(month));
    assertFalse(DyadIndex.serves(DyadQuery.all(Interval.YEAR)));
    assertFalse(DyadIndex.serves(new DyadQuery(MAY, null, Interval.MONTH, null, null, false, false, false)),
        "starts mid-month");
    DyadQuery flagged = new DyadQuery(null, null, Interval.MONTH, null, null, false, true, false);
    assertFalse(DyadIndex.serves(flagged));
    assertThrows(IllegalArgumentException.class, () -> new DyadIndex(store.connection()).dyads(flagged));
  }

  private org.entente.relations.DyadRow row(String source, String target, String period) {
    return store.dyads(DyadQuery.all(Interval.MONTH)).stream()
        .filter(r -> r.source().equals(source) && r.target().equals(target) && r.period().equals(period))
        .findFirst().orElseThrow();
  }

  private void bulkLoad(long events) throws Exception {
    try (Statement st = store.connection().createStatement()) {
      st.execute(StoreBenchmark.insertSql(events));
    }
  }
}
