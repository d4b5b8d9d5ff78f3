package org.entente.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A DyadSeries is the relation between two countries interval by interval: the intervals with events,
 * in order.
 *
 * <p>Intervals without events are left out rather than counted as neutral: no news is missing data, not
 * a quiet relation.
 *
 * @param a the first country
 * @param b the second country
 * @param directed whether only events from {@code a} to {@code b} count (otherwise both directions)
 */
public record DyadSeries(String a, String b, boolean directed, Interval interval, List<SeriesPoint> points) {

  public DyadSeries {
    points = List.copyOf(points);
  }

  /** The series of the dyad a–b (or a→b when directed) from all clusters. */
  public static DyadSeries of(List<EventCluster> clusters, String a, String b, boolean directed, Interval interval) {
    Map<LocalDate, List<EventCluster>> byStart = new TreeMap<>();
    for (EventCluster c : clusters) {
      boolean in = directed ? c.sourceCountry().equals(a) && c.targetCountry().equals(b) : c.between(a, b);
      if (in) {
        byStart.computeIfAbsent(interval.start(c.date()), k -> new ArrayList<>()).add(c);
      }
    }
    List<SeriesPoint> points = new ArrayList<>();
    byStart.forEach((start, cs) -> points.add(new SeriesPoint(start, interval.label(start), cs)));
    return new DyadSeries(a, b, directed, interval, points);
  }

  public String name() {
    return a + (directed ? "→" : "–") + b;
  }

  public int eventCount() {
    return points.stream().mapToInt(p -> p.clusters().size()).sum();
  }
}
