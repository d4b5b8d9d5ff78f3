package org.entente.relations;

import static org.entente.relations.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftFinderTest {

  /** Two years of warm months, then conflict from 2025-11 on. */
  private static List<EventCluster> turningDyad() {
    List<DyadEvent> events = new ArrayList<>();
    double[] warm = {1.0, 3.4, 1.9, 4.0, 2.8};
    LocalDate d = LocalDate.parse("2024-01-10");
    for (int m = 0; m < 22; m++, d = d.plusMonths(1)) {
      events.add(event("w" + m, d.toString(), m % 2 == 0 ? "CHN" : "JPN", m % 2 == 0 ? "JPN" : "CHN", "040", 1,
          warm[m % warm.length]));
    }
    events.add(event("x1", "2025-11-10", "CHN", "JPN", "112", 3, -2.0));
    events.add(event("x2", "2025-11-20", "CHN", "JPN", "172", 4, -5.0));
    events.add(event("x3", "2025-12-05", "CHN", "JPN", "163", 4, -8.0));
    events.add(event("x4", "2026-01-06", "CHN", "JPN", "111", 3, -2.0));
    events.add(event("x5", "2026-01-15", "JPN", "CHN", "112", 3, -2.0));
    events.add(event("x6", "2026-02-01", "CHN", "JPN", "163", 4, -8.0));
    return new EventClusterer(3).cluster(events);
  }

  @Test
  void findsTheTurnAndTheEventsBehindIt() {
    DyadSeries series = DyadSeries.of(turningDyad(), "JPN", "CHN", false, Interval.MONTH);
    List<Shift> shifts = new ShiftFinder(ChangePointDetector.DEFAULT).shifts(series);
    assertEquals(1, shifts.size(), shifts.toString());
    Shift s = shifts.get(0);
    assertEquals("2025-11", s.period());
    assertFalse(s.upward());
    assertEquals(RelationState.WARM, s.stateBefore());
    assertEquals(RelationState.TENSE, s.stateAfter());
    assertEquals(22, s.eventsBefore());
    assertEquals(6, s.eventsAfter());
    assertEquals(5, s.drivers().size());
    assertTrue(s.drivers().stream().limit(2).allMatch(c -> c.goldstein() == -8.0), s.drivers().toString());
    assertTrue(s.confidence() >= 0.95);
  }

  @Test
  void driversSumToTheChange() {
    List<EventCluster> cs = turningDyad();
    List<EventCluster> before = cs.subList(0, 22);
    List<EventCluster> after = cs.subList(22, cs.size());
    double m1 = before.stream().mapToDouble(EventCluster::goldstein).average().orElseThrow();
    double m2 = after.stream().mapToDouble(EventCluster::goldstein).average().orElseThrow();
    List<EventCluster> top = ShiftFinder.drivers(before, after, m1, m2);
    assertEquals(-8.0, top.get(0).goldstein());
    assertTrue(top.stream().allMatch(c -> after.contains(c) || c.goldstein() > (m1 + m2) / 2));
  }

  @Test
  void aDirectedSeriesKeepsOneDirection() {
    DyadSeries chnJpn = DyadSeries.of(turningDyad(), "CHN", "JPN", true, Interval.MONTH);
    assertEquals(11 + 5, chnJpn.eventCount());
  }

  @Test
  void profileShowsEachPartnerSideBySide() {
    List<DyadEvent> events = List.of(
        event("a", "2023-05-07", "KOR", "JPN", "040", 1, 4.0),
        event("b", "2023-05-08", "KOR", "CHN", "111", 3, -2.0),
        event("c", "2023-08-01", "CHN", "KOR", "112", 3, -2.0));
    CountryProfile p = CountryProfile.of(new EventClusterer(3).cluster(events), "KOR", Interval.QUARTER, 1);
    assertEquals(List.of("CHN", "JPN"), p.partners().stream().map(DyadSeries::b).toList());
    String table = p.format();
    assertTrue(table.contains("KOR–CHN"), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("2023-Q2") && l.contains("cool -2.0 (1)")
        && l.contains("close +4.0 (1)")), table);
    assertTrue(table.lines().anyMatch(l -> l.startsWith("2023-Q3") && l.contains("·")), table);
  }
}
