package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.relations.ChangePointDetector;
import org.entente.relations.DyadEvent;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.DyadSeries;
import org.entente.relations.EventClusterer;
import org.entente.relations.Interval;
import org.entente.relations.PeriodArgument;
import org.entente.relations.Shift;
import org.entente.relations.ShiftFinder;
import org.entente.store.duckdb.DuckDbEventStore;
import org.entente.store.duckdb.DuckDbRelations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden end-to-end test: the bundled sample corpus through the real pipeline (CoreNLP, DuckDB), as
 * {@code entente demo} runs it, must yield the hand-checked events of
 * {@code golden/sample-corpus-events.tsv}, the dyad figures the README promises, and the two turning
 * points the corpus documents.
 */
@Tag("slow")
class SampleCorpusGoldenTest {

  @TempDir
  static Path dir;

  static Path db;
  static List<String[]> factual = new ArrayList<>();

  @BeforeAll
  static void codeTheCorpus() throws SQLException {
    db = dir.resolve("sample.duckdb");
    assertEquals(0, Main.run("demo", "--db", db.toString()), "demo exits cleanly");
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db.toString());
         Statement st = store.connection().createStatement();
         ResultSet rs = st.executeQuery("SELECT doc, source_country, target_country, code, CAST(date AS VARCHAR),"
             + " date_precision FROM events WHERE NOT negated AND NOT hypothetical AND source <> '' AND target <> ''")) {
      while (rs.next()) {
        factual.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)});
      }
    }
  }

  @Test
  void everyGoldenEventIsCoded() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/golden/sample-corpus-events.tsv"),
        StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] g = line.split("\t");
      boolean found = factual.stream().anyMatch(e -> e[0].equals(g[0]) && e[1].equals(g[1]) && e[2].equals(g[2])
          && (g[3].length() == 2 ? e[3].startsWith(g[3]) : e[3].equals(g[3]))
          && (g[4].equals("-") || g[4].equals(e[4]) && "day".equals(e[5])));
      if (!found) {
        missing.add(line + "   produced for that article: " + factual.stream().filter(e -> e[0].equals(g[0]))
            .map(e -> e[1] + ">" + e[2] + " " + e[3] + " " + e[4]).collect(Collectors.joining(", ")));
      }
    }
    assertTrue(missing.isEmpty(), "missing golden events:\n" + String.join("\n", missing));
  }

  @Test
  void dyadTableShowsConflictFromChinaIn2026AndCooperationFromJapanIn2023() {
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db.toString())) {
      List<DyadRow> rows = store.dyads(new DyadQuery(PeriodArgument.start("2023-01"),
          PeriodArgument.endExclusive("2026-12"), Interval.MONTH, null, null, false, false, false));
      DyadRow chnJpn = row(rows, "2026-01", "CHN", "JPN");
      assertTrue(chnJpn.q4() > 0, "CHN→JPN 2026-01 has material conflict: " + chnJpn);
      DyadRow jpnKor = row(rows, "2023-05", "JPN", "KOR");
      assertTrue(jpnKor.q1() + jpnKor.q2() > 0, "JPN→KOR 2023-05 has cooperation: " + jpnKor);
      assertEquals(0, jpnKor.q3() + jpnKor.q4(), "and no conflict: " + jpnKor);
    }
  }

  private static DyadRow row(List<DyadRow> rows, String period, String source, String target) {
    return rows.stream().filter(r -> r.period().equals(period) && r.source().equals(source) && r.target().equals(target))
        .findFirst().orElseThrow(() -> new AssertionError("no " + source + "→" + target + " row in " + period));
  }

  @Test
  void noEventOfTheCorpusIsDatedAfterItsArticle() {
    for (String[] e : factual) {
      if (e[4] != null && "day".equals(e[5])) {
        assertFalse(LocalDate.parse(e[4]).isAfter(LocalDate.of(2026, 1, 31)), String.join(" ", e));
      }
    }
  }

  @Test
  void chinaJapanRelationsTurnTowardConflictInLate2025() {
    Shift s = shiftIn("CHN", "JPN", "2025-10-01", "2026-01-31");
    assertFalse(s.upward(), "toward conflict: " + s);
    assertTrue(s.pValue() <= 0.05, "significant: p = " + s.pValue());
    assertDriversExplain(s, "CHN", "JPN");
  }

  @Test
  void japanKoreaRelationsWarmIn2023() {
    Shift s = shiftIn("JPN", "KOR", "2023-01-01", "2023-06-30");
    assertTrue(s.upward(), "toward cooperation: " + s);
    assertTrue(s.pValue() <= 0.05, "significant: p = " + s.pValue());
    assertDriversExplain(s, "JPN", "KOR");
  }

  /** The one shift of the dyad that starts in the window (others may exist elsewhere). */
  private static Shift shiftIn(String a, String b, String from, String to) {
    List<Shift> in = shifts(a, b).stream().filter(s -> !s.start().isBefore(LocalDate.parse(from))
        && !s.start().isAfter(LocalDate.parse(to))).toList();
    assertEquals(1, in.size(), a + "–" + b + " shifts between " + from + " and " + to + ": " + shifts(a, b));
    return in.get(0);
  }

  private static List<Shift> shifts(String a, String b) {
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db.toString())) {
      List<DyadEvent> events = new DuckDbRelations(store).events(false, false);
      DyadSeries series = DyadSeries.of(new EventClusterer(EventClusterer.DEFAULT_WINDOW_DAYS).cluster(events), a, b,
          false, Interval.MONTH);
      return new ShiftFinder(ChangePointDetector.DEFAULT).shifts(series);
    }
  }

  private static void assertDriversExplain(Shift s, String a, String b) {
    assertFalse(s.drivers().isEmpty(), "a shift names the events behind it");
    s.drivers().forEach(c -> {
      DyadEvent e = c.first();
      assertTrue(List.of(a, b).contains(e.sourceCountry()) && List.of(a, b).contains(e.targetCountry()), e.toString());
      assertFalse(e.sentence().isBlank(), "each driver keeps its sentence");
    });
  }
}
