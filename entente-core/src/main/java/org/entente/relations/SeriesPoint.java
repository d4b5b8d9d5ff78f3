package org.entente.relations;

import java.time.LocalDate;
import java.util.List;

/**
 * A SeriesPoint is one interval of a dyad's series: the event clusters that fell in it.
 *
 * @param start the first day of the interval
 * @param label the interval's label ("2025-11")
 * @param clusters the events, never empty (intervals without events are not points)
 */
public record SeriesPoint(LocalDate start, String label, List<EventCluster> clusters) {

  public SeriesPoint {
    if (clusters.isEmpty()) {
      throw new IllegalArgumentException("a series point has at least one event");
    }
    clusters = List.copyOf(clusters);
  }

  public double goldsteinMean() {
    return clusters.stream().mapToDouble(EventCluster::goldstein).average().orElse(0);
  }

  public RelationState state() {
    return RelationState.of(goldsteinMean());
  }

  /** The Goldstein values of the events, the observations change-point detection works on. */
  double[] observations() {
    return clusters.stream().mapToDouble(EventCluster::goldstein).toArray();
  }
}
