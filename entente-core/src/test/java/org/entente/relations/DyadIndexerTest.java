package org.entente.relations;

import static org.entente.relations.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DyadIndexerTest {

  private static final List<DyadEvent> MAY = List.of(
      event("a", "2023-05-02", "JPN", "KOR", "040", 1, 1.0),
      event("b", "2023-05-03", "JPN", "KOR", "040", 1, 1.0), // same event as a: one cluster, two articles
      event("a", "2023-05-10", "JPN", "KOR", "057", 2, 8.0),
      event("c", "2023-05-12", "JPN", "KOR", "112", 3, -2.0),
      event("c", "2023-05-20", "JPN", "KOR", "190", 4, -10.0),
      event("d", "2023-05-21", "KOR", "JPN", "036", 1, 4.0),
      event("e", "2023-05-21", "JPN", "CHN", "111", 3, -2.0),
      event("f", "2023-05-22", "USA", "CHN", "111", 3, -2.0),
      event("g", "2023-06-01", "JPN", "KOR", "040", 1, 1.0));

  private static List<EventCluster> clusters() {
    return new EventClusterer(3).cluster(MAY);
  }

  private static DyadRow row(List<DyadRow> rows, String period, String s, String t) {
    return rows.stream().filter(r -> r.period().equals(period) && r.source().equals(s) && r.target().equals(t))
        .findFirst().orElseThrow();
  }

  @Test
  void countsEventsPerQuadClassByCluster() {
    DyadRow r = row(new DyadIndexer(Interval.MONTH, false, false).index(clusters()), "2023-05", "JPN", "KOR");
    assertEquals(4, r.events());
    assertEquals(List.of(1L, 1L, 1L, 1L), List.of(r.q1(), r.q2(), r.q3(), r.q4()));
    assertEquals(3, r.sources());
  }

  @Test
  void goldsteinSumAndMean() {
    DyadRow r = row(new DyadIndexer(Interval.MONTH, false, false).index(clusters()), "2023-05", "JPN", "KOR");
    assertEquals(1.0 + 8.0 - 2.0 - 10.0, r.goldsteinSum(), 1e-9);
    assertEquals(-3.0 / 4, r.goldsteinMean(), 1e-9);
  }

  @Test
  void cooperationRatio() {
    List<DyadRow> rows = new DyadIndexer(Interval.MONTH, false, false).index(clusters());
    assertEquals(0.0, row(rows, "2023-05", "JPN", "KOR").cooperationRatio(), 1e-9);
    assertEquals(1.0, row(rows, "2023-05", "KOR", "JPN").cooperationRatio(), 1e-9);
    assertEquals(-1.0, row(rows, "2023-05", "JPN", "CHN").cooperationRatio(), 1e-9);
  }

  @Test
  void volumeIsSharedOutOfAllEventsOfEitherCountry() {
    List<DyadRow> rows = new DyadIndexer(Interval.MONTH, false, false).index(clusters());
    // JPN or KOR in May: 4 JPN→KOR + 1 KOR→JPN + 1 JPN→CHN = 6 clusters.
    assertEquals(4.0 / 6, row(rows, "2023-05", "JPN", "KOR").volumeShare(), 1e-9);
    // JPN or CHN: 6 above (JPN) + USA→CHN = 7.
    assertEquals(1.0 / 7, row(rows, "2023-05", "JPN", "CHN").volumeShare(), 1e-9);
    // The only June event: the whole of both countries' news.
    assertEquals(1.0, row(rows, "2023-06", "JPN", "KOR").volumeShare(), 1e-9);
  }

  @Test
  void undirectedMergesBothDirections() {
    List<DyadRow> rows = new DyadIndexer(Interval.MONTH, true, false).index(clusters());
    DyadRow r = row(rows, "2023-05", "JPN", "KOR");
    assertEquals(5, r.events());
    assertEquals(2, r.q1());
    assertEquals(5.0 / 6, r.volumeShare(), 1e-9);
    assertEquals(1, row(rows, "2023-05", "CHN", "JPN").events());
  }

  @Test
  void weightedCountsEachEventByItsArticles() {
    DyadRow r = row(new DyadIndexer(Interval.MONTH, false, true).index(clusters()), "2023-05", "JPN", "KOR");
    assertEquals(5, r.events());
    assertEquals(2, r.q1());
    assertEquals(2.0 + 8.0 - 2.0 - 10.0, r.goldsteinSum(), 1e-9);
  }

  @Test
  void otherIntervals() {
    assertEquals(1, new DyadIndexer(Interval.YEAR, true, false).index(clusters()).stream()
        .filter(r -> r.source().equals("JPN") && r.target().equals("KOR")).count());
    assertEquals("2023-Q2", row(new DyadIndexer(Interval.QUARTER, true, false).index(clusters()), "2023-Q2", "JPN",
        "KOR").period());
    assertEquals(1, row(new DyadIndexer(Interval.DAY, false, false).index(clusters()), "2023-05-21", "JPN", "CHN")
        .events());
    assertEquals(2, row(new DyadIndexer(Interval.WEEK, false, false).index(clusters()), "2023-W19", "JPN", "KOR")
        .events());
  }
}
