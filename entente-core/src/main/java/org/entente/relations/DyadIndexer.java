package org.entente.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A DyadIndexer computes the indices of every dyad per interval from event clusters.
 *
 * <p>Per dyad and interval: events per quad class, Goldstein sum (mean and cooperation ratio follow in
 * {@link DyadRow}), articles behind them, and the volume share: the dyad's events over all events that
 * involve either of its countries in the interval (with any partner), so that a busy news month does not
 * look like a crisis. Weighted, each cluster counts as many times as it has articles. Thread-safe.
 *
 * @param interval the calendar interval to count by
 * @param undirected count A→B and B→A together, as the alphabetically ordered pair
 * @param weighted weight each cluster by its number of articles instead of counting it once
 */
public record DyadIndexer(Interval interval, boolean undirected, boolean weighted) {

  /** The rows of every dyad with events, ordered by period, source, target. */
  public List<DyadRow> index(List<EventCluster> clusters) {
    Map<LocalDate, Map<String, Acc>> byPeriod = new TreeMap<>();
    Map<LocalDate, Map<String, Long>> countryVolume = new HashMap<>();
    for (EventCluster c : clusters) {
      LocalDate p = interval.start(c.date());
      String s = c.sourceCountry();
      String t = c.targetCountry();
      if (undirected && s.compareTo(t) > 0) {
        String x = s;
        s = t;
        t = x;
      }
      long w = weight(c);
      byPeriod.computeIfAbsent(p, k -> new TreeMap<>()).computeIfAbsent(s + " " + t, k -> new Acc()).add(c, w);
      Map<String, Long> vol = countryVolume.computeIfAbsent(p, k -> new HashMap<>());
      vol.merge(c.sourceCountry(), w, Long::sum);
      vol.merge(c.targetCountry(), w, Long::sum);
    }
    List<DyadRow> rows = new ArrayList<>();
    byPeriod.forEach((p, dyads) -> dyads.forEach((key, a) -> {
      String[] st = key.split(" ");
      Map<String, Long> vol = countryVolume.get(p);
      // Events between the two are counted once in each country's volume; remove the double count.
      long either = vol.get(st[0]) + vol.get(st[1]) - pairVolume(st[0], st[1], dyads);
      rows.add(new DyadRow(interval.label(p), st[0], st[1], a.n, a.q[1], a.q[2], a.q[3], a.q[4], a.goldstein,
          a.docs.size(), either == 0 ? 0 : (double) a.n / either));
    }));
    return rows;
  }

  private long weight(EventCluster c) {
    return weighted ? c.sources() : 1;
  }

  private static final class Acc {
    long n;
    final long[] q = new long[5];
    double goldstein;
    final Set<String> docs = new HashSet<>();

    void add(EventCluster c, long w) {
      n += w;
      q[c.quadClass()] += w;
      goldstein += w * c.goldstein();
      docs.addAll(c.docs());
    }
  }

  /** All events between the two countries in the period, both directions. */
  private static long pairVolume(String a, String b, Map<String, Acc> dyads) {
    long v = 0;
    for (Map.Entry<String, Acc> e : dyads.entrySet()) {
      if (e.getKey().equals(a + " " + b) || e.getKey().equals(b + " " + a)) {
        v += e.getValue().n;
      }
    }
    return v;
  }
}
