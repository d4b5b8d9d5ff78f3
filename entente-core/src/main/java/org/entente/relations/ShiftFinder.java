package org.entente.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ShiftFinder finds the turning points of a dyad's series and the events behind each.
 *
 * <p>The detector runs on the Goldstein values of the events, grouped by interval. The drivers of a
 * shift are ranked by their share of the change of level: with c the midpoint of the two levels, an event
 * after the shift contributes (g − c)/n_after and one before contributes (c − g)/n_before to
 * after − before (the contributions sum to it exactly); the five largest in the direction of the change
 * are the drivers. Thread-safe.
 */
public record ShiftFinder(ChangePointDetector detector) {

  public static final int DRIVERS = 5;

  public List<Shift> shifts(DyadSeries series) {
    List<SeriesPoint> points = series.points();
    List<double[]> observations = points.stream().map(SeriesPoint::observations).toList();
    List<Shift> shifts = new ArrayList<>();
    for (ChangePoint cp : detector.detect(observations)) {
      List<EventCluster> before = clusters(points.subList(cp.segmentStart(), cp.index()));
      List<EventCluster> after = clusters(points.subList(cp.index(), cp.segmentEnd()));
      SeriesPoint at = points.get(cp.index());
      shifts.add(new Shift(at.start(), at.label(), cp.before(), cp.after(), before.size(), after.size(),
          cp.pValue(), drivers(before, after, cp.before(), cp.after())));
    }
    return shifts;
  }

  private static List<EventCluster> clusters(List<SeriesPoint> points) {
    return points.stream().flatMap(p -> p.clusters().stream()).toList();
  }

  static List<EventCluster> drivers(List<EventCluster> before, List<EventCluster> after, double m1, double m2) {
    double mid = (m1 + m2) / 2;
    double sign = Math.signum(m2 - m1);
    record Weighed(EventCluster c, double w) {}
    List<Weighed> all = new ArrayList<>();
    before.forEach(c -> all.add(new Weighed(c, sign * (mid - c.goldstein()) / before.size())));
    after.forEach(c -> all.add(new Weighed(c, sign * (c.goldstein() - mid) / after.size())));
    return all.stream()
        .filter(w -> w.w() > 0)
        .sorted(Comparator.comparingDouble(Weighed::w).reversed().thenComparing(w -> w.c().date()))
        .limit(DRIVERS)
        .map(Weighed::c)
        .toList();
  }
}
