package org.entente.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.relations.DyadQuery;
import org.entente.relations.Interval;
import org.entente.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sorting the events by date keeps every event and the table's rules (one event per id, the dyad
 * pre-aggregate in step), lays the rows out in date order, and the store goes on saving afterwards.
 */
class SortEventsByDateTest {

  @TempDir
  Path dir;

  private static List<String> ids(DuckDbEventStore store, String orderBy) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement st = store.connection().createStatement();
         ResultSet rs = st.executeQuery("SELECT id FROM events ORDER BY " + orderBy)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  @Test
  void eventsLieInDateOrderAfterwardsAndNothingElseChanges() throws SQLException {
    String path = dir.resolve("s.duckdb").toString();
    DyadQuery monthly = DyadQuery.all(Interval.MONTH);
    try (DuckDbEventStore store = DuckDbEventStore.open(path)) {
      // coded newest first, as an archive read backwards would be
      store.saveAll(List.of(
          TestArticles.coded("late", LocalDate.of(2024, 3, 9), "JPNGOV>KORGOV 042", "KORGOV>JPNGOV 036"),
          TestArticles.coded("undated", null, "USAGOV>CHNGOV 111"),
          TestArticles.coded("early", LocalDate.of(2019, 11, 2), "RUS>UKR 190", "UKR>RUS 172 negated")));
      store.saveAll(List.of(TestArticles.coded("middle", LocalDate.of(2021, 7, 1), "CHN>JPN 112")));
      List<String> before = ids(store, "id");
      var dyads = store.dyads(monthly);

      store.sortEventsByDate();

      assertEquals(before, ids(store, "id"), "the same events");
      assertEquals(List.of("early:0:0", "early:0:1", "middle:0:0", "late:0:0", "late:0:1", "undated:0:0"),
          ids(store, "rowid"), "stored oldest first, undated last");
      assertTrue(DyadIndex.current(store.connection()), "the pre-aggregate still counts the events");
      assertEquals(dyads, store.dyads(monthly));
      try (Statement st = store.connection().createStatement()) {
        assertThrows(SQLException.class, () -> st.execute("INSERT INTO events SELECT * FROM events LIMIT 1"),
            "ids stay unique");
      }
      store.saveAll(List.of(TestArticles.coded("late", LocalDate.of(2024, 3, 9), "JPNGOV>KORGOV 043")));
      assertEquals(List.of("early:0:0", "early:0:1", "late:0:0", "middle:0:0", "undated:0:0"), ids(store, "id"),
          "coding an article again still replaces its events");
    }
    try (DuckDbEventStore readOnly = DuckDbEventStore.openReadOnly(path)) {
      assertThrows(StoreException.class, readOnly::sortEventsByDate);
    }
  }
}
