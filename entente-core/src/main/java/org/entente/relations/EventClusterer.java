package org.entente.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An EventClusterer groups the reports of the same event into {@link EventCluster}s.
 *
 * <p>The rule: two events are the same event when they have the same source country, the same target
 * country and the same CAMEO root, and the later one is at most {@code windowDays} days after the first
 * event of the cluster. Anchoring on the first event (rather than chaining report to report) keeps a
 * steady run of daily meetings from collapsing into one cluster. Events without a date or a dyad are
 * dropped. Stateless and thread-safe.
 */
public final class EventClusterer {

  /** Three days: wire reports of an event usually appear on the day and the day or two after. */
  public static final int DEFAULT_WINDOW_DAYS = 3;

  private final int windowDays;

  public EventClusterer(int windowDays) {
    if (windowDays < 0) {
      throw new IllegalArgumentException("the window is a number of days >= 0, not " + windowDays);
    }
    this.windowDays = windowDays;
  }

  /** The clusters of {@code events}, ordered by date, then dyad. */
  public List<EventCluster> cluster(List<DyadEvent> events) {
    Map<String, List<DyadEvent>> byKey = new LinkedHashMap<>();
    events.stream()
        .filter(DyadEvent::dyadic)
        .sorted(Comparator.comparing(DyadEvent::date).thenComparing(DyadEvent::id))
        .forEach(e -> byKey.computeIfAbsent(e.sourceCountry() + ">" + e.targetCountry() + ":" + e.root(),
            k -> new ArrayList<>()).add(e));
    List<EventCluster> clusters = new ArrayList<>();
    for (List<DyadEvent> run : byKey.values()) {
      List<DyadEvent> current = new ArrayList<>();
      for (DyadEvent e : run) {
        if (!current.isEmpty() && e.date().isAfter(current.get(0).date().plusDays(windowDays))) {
          clusters.add(new EventCluster(current));
          current = new ArrayList<>();
        }
        current.add(e);
      }
      clusters.add(new EventCluster(current));
    }
    clusters.sort(Comparator.comparing(EventCluster::date).thenComparing(EventCluster::sourceCountry)
        .thenComparing(EventCluster::targetCountry));
    return clusters;
  }
}
