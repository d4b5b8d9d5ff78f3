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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pre-aggregate answers exactly what the store's own dyad query answers; the search pages. */
class DyadIndexTest {

  private DuckDbEventStore store;

  @BeforeEach
  void load() throws Exception {
    store = DuckDbEventStore.open(":memory:");
    try (Statement st = store.connection().createStatement()) {
      st.execute(StoreBenchmark.insertSql(20_000));
    }
    DyadIndex.create(store.connection());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void sameRowsAsTheStoreForOneDyadAndForAll() {
    DyadIndex index = new DyadIndex(store.connection());
    DyadQuery all = new DyadQuery(LocalDate.of(2005, 3, 1), LocalDate.of(2020, 1, 1), Interval.MONTH, null, null,
        false, false, false);
    DyadQuery one = all.withDyad("USA-CHN");
    DyadQuery country = new DyadQuery(null, null, Interval.MONTH, "RUS", null, false, false, false);
    for (DyadQuery q : List.of(all, one, country)) {
      assertFalse(store.dyads(q).isEmpty(), q.toString());
      assertEquals(store.dyads(q), index.dyads(q), q.toString());
    }
  }

  @Test
  void servesOnlyDirectedMonthlySeriesOfUnflaggedEvents() {
    DyadQuery month = DyadQuery.all(Interval.MONTH);
    assertTrue(DyadIndex.serves(month));
    assertFalse(DyadIndex.serves(DyadQuery.all(Interval.YEAR)));
    DyadQuery flagged = new DyadQuery(null, null, Interval.MONTH, null, null, false, true, false);
    assertFalse(DyadIndex.serves(flagged));
    assertThrows(IllegalArgumentException.class, () -> new DyadIndex(store.connection()).dyads(flagged));
  }
}
