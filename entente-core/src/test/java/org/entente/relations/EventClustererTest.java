package org.entente.relations;

import static org.entente.relations.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventClustererTest {

  private final EventClusterer clusterer = new EventClusterer(3);

  @Test
  void sameDyadAndRootWithinTheWindowIsOneEvent() {
    List<EventCluster> cs = clusterer.cluster(List.of(
        event("a", "2023-05-07", "JPN", "KOR", "040", 1, 1.0),
        event("b", "2023-05-08", "JPN", "KOR", "042", 1, 1.9),
        event("c", "2023-05-10", "JPN", "KOR", "040", 1, 1.0)));
    assertEquals(1, cs.size());
    assertEquals(3, cs.get(0).sources());
    assertEquals("2023-05-07", cs.get(0).date().toString());
    assertEquals((1.0 + 1.9 + 1.0) / 3, cs.get(0).goldstein(), 1e-9);
  }

  @Test
  void outsideTheWindowIsAnotherEvent() {
    List<EventCluster> cs = clusterer.cluster(List.of(
        event("a", "2023-05-07", "JPN", "KOR", "040", 1, 1.0),
        event("b", "2023-05-11", "JPN", "KOR", "040", 1, 1.0)));
    assertEquals(2, cs.size());
  }

  @Test
  void theWindowIsAnchoredOnTheFirstReport() {
    // Daily meetings over a week are not one event just because each is within 3 days of the last.
    List<EventCluster> cs = clusterer.cluster(List.of(
        event("a", "2023-05-01", "JPN", "KOR", "040", 1, 1.0),
        event("b", "2023-05-03", "JPN", "KOR", "040", 1, 1.0),
        event("c", "2023-05-05", "JPN", "KOR", "040", 1, 1.0),
        event("d", "2023-05-07", "JPN", "KOR", "040", 1, 1.0)));
    assertEquals(List.of(2, 2), cs.stream().map(c -> c.members().size()).toList());
  }

  @Test
  void anotherRootOrDirectionIsAnotherEvent() {
    List<EventCluster> cs = clusterer.cluster(List.of(
        event("a", "2023-05-07", "JPN", "KOR", "040", 1, 1.0),
        event("b", "2023-05-07", "JPN", "KOR", "057", 1, 8.0),
        event("c", "2023-05-07", "KOR", "JPN", "040", 1, 1.0)));
    assertEquals(3, cs.size());
  }

  @Test
  void twoReportsInOneArticleAreOneSource() {
    List<EventCluster> cs = clusterer.cluster(List.of(
        event("a", "2023-05-07", "JPN", "KOR", "040", 1, 1.0),
        event("a", "2023-05-07", "JPN", "KOR", "040", 1, 1.0)));
    assertEquals(1, cs.size());
    assertEquals(1, cs.get(0).sources());
  }

  @Test
  void zeroWindowMergesOnlyTheSameDay() {
    List<EventCluster> cs = new EventClusterer(0).cluster(List.of(
        event("a", "2023-05-07", "JPN", "KOR", "040", 1, 1.0),
        event("b", "2023-05-07", "JPN", "KOR", "040", 1, 1.0),
        event("c", "2023-05-08", "JPN", "KOR", "040", 1, 1.0)));
    assertEquals(2, cs.size());
  }

  @Test
  void eventsWithoutADyadOrDateAreDropped() {
    DyadEvent same = new DyadEvent("x", "a", java.time.LocalDate.parse("2023-05-07"), "JPN", "JPN", "JPNGOV",
        "JPNMIL", "040", "04", 1, 1.0, "", false, false);
    DyadEvent undated = new DyadEvent("y", "a", null, "JPN", "KOR", "JPNGOV", "KORGOV", "040", "04", 1, 1.0, "",
        false, false);
    assertEquals(0, clusterer.cluster(List.of(same, undated)).size());
  }
}
