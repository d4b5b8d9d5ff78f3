package org.entente.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A CountryProfile is one country's relations with each of its partners side by side, period by period:
 * the "sandwiched" picture (South Korea toward China and toward Japan over time).
 *
 * @param country the country seen from
 * @param partners one undirected series per partner, most events first
 */
public record CountryProfile(String country, Interval interval, List<DyadSeries> partners) {

  public CountryProfile {
    partners = List.copyOf(partners);
  }

  /** The profile of {@code country} over its partners with at least {@code minEvents} events. */
  public static CountryProfile of(List<EventCluster> clusters, String country, Interval interval, int minEvents) {
    TreeSet<String> partners = new TreeSet<>();
    for (EventCluster c : clusters) {
      if (c.involves(country)) {
        partners.add(c.sourceCountry().equals(country) ? c.targetCountry() : c.sourceCountry());
      }
    }
    List<DyadSeries> series = new ArrayList<>();
    for (String p : partners) {
      DyadSeries s = DyadSeries.of(clusters, country, p, false, interval);
      if (s.eventCount() >= minEvents) {
        series.add(s);
      }
    }
    series.sort(Comparator.comparingInt(DyadSeries::eventCount).reversed().thenComparing(DyadSeries::b));
    return new CountryProfile(country, interval, series);
  }

  /**
   * A text table: one row per period, one column per partner with state, mean Goldstein value and number
   * of events ("warm +2.4 (5)"); "·" where there were no events.
   */
  public String format() {
    Map<LocalDate, String> labels = new TreeMap<>();
    partners.forEach(s -> s.points().forEach(p -> labels.put(p.start(), p.label())));
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("period"));
    partners.forEach(s -> header.add(country + "–" + s.b()));
    rows.add(header.toArray(String[]::new));
    labels.forEach((start, label) -> {
      List<String> row = new ArrayList<>(List.of(label));
      for (DyadSeries s : partners) {
        row.add(s.points().stream().filter(p -> p.start().equals(start)).findFirst()
            .map(p -> String.format(Locale.ROOT, "%s %+.1f (%d)", p.state().label(), p.goldsteinMean(),
                p.clusters().size()))
            .orElse("·"));
      }
      rows.add(row.toArray(String[]::new));
    });
    int[] width = new int[header.size()];
    rows.forEach(r -> {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    });
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        sb.append(i == 0 ? "" : "  ").append(r[i]).append(" ".repeat(width[i] - r[i].length()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
