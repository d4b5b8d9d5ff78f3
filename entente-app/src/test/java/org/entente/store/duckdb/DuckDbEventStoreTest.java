package org.entente.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.Article;
import org.entente.model.CameoCode;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.Interval;
import org.entente.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreTest {

  @TempDir
  Path dir;

  private static final CameoCode VISIT = new CameoCode("042", "04", 1, 1.9, "Make a visit");
  private static final CameoCode BAN = new CameoCode("163", "16", 4, -8.0, "Impose embargo");

  private static Event event(Article a, int n, String src, String tgt, CameoCode code, LocalDate day, boolean hypothetical) {
    return new Event(a.id() + ":0:" + n, a.id(), a.date(), new EventDate(day, DatePrecision.DAY, null, DateBasis.RELATIVE),
        new Actor(src, src, 0, 5), new Actor(tgt, tgt, 10, 15), code, false, hypothetical, a.text(), 0, 0,
        a.text().length(), "w", 6, 9, "test:1");
  }

  @Test
  void codingAnArticleAgainReplacesItsEvents() {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("s.duckdb").toString())) {
      Article a = Article.of("a1", LocalDate.of(2023, 5, 8), "Kishida visited Seoul on Sunday.");
      store.save(a, List.of(event(a, 0, "JPNGOV", "KORGOV", VISIT, LocalDate.of(2023, 5, 7), false),
          event(a, 1, "KORGOV", "JPNGOV", VISIT, LocalDate.of(2023, 5, 7), false)));
      store.save(a, List.of(event(a, 0, "JPNGOV", "KORGOV", VISIT, LocalDate.of(2023, 5, 7), false)));
      assertEquals(1, store.articleCount());
      assertEquals(1, store.eventCount());
    }
  }

  @Test
  void dyadFiguresCountFactualEventsByEventDate() {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("d.duckdb").toString())) {
      Article a = Article.of("a2", LocalDate.of(2026, 2, 1), "China banned exports to Japan in January.");
      store.save(a, List.of(event(a, 0, "CHNGOV", "JPN", BAN, LocalDate.of(2026, 1, 6), false),
          event(a, 1, "CHNGOV", "JPN", BAN, LocalDate.of(2026, 1, 20), true)));
      List<DyadRow> rows = store.dyads(DyadQuery.all(Interval.MONTH));
      assertEquals(1, rows.size());
      DyadRow r = rows.get(0);
      assertEquals("2026-01", r.period(), "dated by the event, not by publication in February");
      assertEquals(1, r.events(), "the hypothetical event is left out");
      assertEquals(1, r.q4());
      assertEquals(-8.0, r.goldsteinSum(), 1e-9);
      List<DyadRow> byPublication = store.dyads(new DyadQuery(null, null, Interval.MONTH, null, null, false, true, true));
      assertEquals("2026-02", byPublication.get(0).period());
      assertEquals(2, byPublication.get(0).events(), "--all --by publication");
    }
  }

  @Test
  void aReadOnlyStoreRefusesWritesAndAMissingFileIsAClearError() {
    String path = dir.resolve("r.duckdb").toString();
    DuckDbEventStore.open(path).close();
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(path)) {
      Article a = Article.of("a3", LocalDate.of(2026, 1, 1), "text");
      assertThrows(StoreException.class, () -> store.save(a, List.of()));
    }
    StoreException e = assertThrows(StoreException.class,
        () -> DuckDbEventStore.openReadOnly(dir.resolve("none.duckdb").toString()));
    assertEquals(true, e.getMessage().contains("none.duckdb"));
  }
}
