package org.entente.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * An HtmlReport is a self-contained HTML page on the relations in a set of event clusters: a network of
 * the countries coloured by their latest relation state, and per dyad a time series with its turning
 * points and the events behind them.
 *
 * <p>Everything is inline (SVG drawn here, CSS, a few lines of script): the file opens in a browser
 * without a server or network.
 *
 * @param interval the interval of the series
 * @param minEvents dyads with fewer events are left out
 */
public record HtmlReport(Interval interval, int minEvents, ShiftFinder finder) {

  public String render(List<EventCluster> clusters) {
    TreeSet<String> pairs = new TreeSet<>();
    clusters.forEach(c -> pairs.add(c.sourceCountry().compareTo(c.targetCountry()) < 0
        ? c.sourceCountry() + "-" + c.targetCountry() : c.targetCountry() + "-" + c.sourceCountry()));
    List<DyadSeries> dyads = new ArrayList<>();
    for (String p : pairs) {
      DyadSeries s = DyadSeries.of(clusters, p.substring(0, 3), p.substring(4), false, interval);
      if (s.eventCount() >= minEvents) {
        dyads.add(s);
      }
    }
    dyads.sort(Comparator.comparingInt(DyadSeries::eventCount).reversed().thenComparing(DyadSeries::name));
    LocalDate from = clusters.stream().map(EventCluster::date).min(LocalDate::compareTo).orElse(LocalDate.now());
    LocalDate to = clusters.stream().map(EventCluster::date).max(LocalDate::compareTo).orElse(from);
    from = LocalDate.of(from.getYear(), 1, 1);
    to = LocalDate.of(to.getYear() + 1, 1, 1);
    StringBuilder sb = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Entente relations report</title>
        <style>
        body{font-family:sans-serif;margin:24px;color:#222;max-width:980px}
        h2{margin-top:36px;border-bottom:1px solid #ddd} .legend span{display:inline-block;padding:2px 8px;margin:2px;border-radius:3px}
        .shift{margin:6px 0 4px} ul{margin:2px 0 10px;font-size:13px} li{margin:2px 0}
        </style></head><body>
        <h1>Entente relations report</h1>
        """);
    sb.append(String.format(Locale.ROOT, "<p>%d events (clusters of reports) between countries, %s to %s; "
        + "dyads with at least %d events; series by %s.</p>%n", clusters.size(), from, to.minusDays(1), minEvents,
        interval.sqlUnit()));
    sb.append("<p class=\"legend\">");
    for (RelationState s : RelationState.values()) {
      sb.append("<span style=\"background:").append(s.colour()).append("\">").append(s.label()).append("</span>");
    }
    sb.append("</p>\n<h2>Network (latest state of each dyad)</h2>\n").append(RelationNetwork.svg(dyads)).append('\n');
    for (DyadSeries d : dyads) {
      List<Shift> shifts = finder.shifts(d);
      sb.append("<h2>").append(esc(d.name())).append("</h2>\n");
      sb.append(String.format(Locale.ROOT, "<p>%d events in %d intervals; %d turning point%s.</p>%n",
          d.eventCount(), d.points().size(), shifts.size(), shifts.size() == 1 ? "" : "s"));
      sb.append(SeriesChart.svg(d, shifts, from, to)).append('\n');
      for (Shift s : shifts) {
        sb.append(String.format(Locale.ROOT, "<p class=\"shift\"><b>%s</b> toward %s: %s %+.2f → %s %+.2f "
            + "(p = %.3f)</p><ul>%n", s.period(), s.upward() ? "cooperation" : "conflict", s.stateBefore().label(),
            s.before(), s.stateAfter().label(), s.after(), s.pValue()));
        for (EventCluster c : s.drivers()) {
          sb.append(String.format(Locale.ROOT, "<li>%s %s→%s %s (%+.1f, %d article%s): %s</li>%n", c.date(),
              c.sourceCountry(), c.targetCountry(), esc(c.first().code()), c.goldstein(), c.sources(),
              c.sources() == 1 ? "" : "s", esc(c.first().sentence())));
        }
        sb.append("</ul>\n");
      }
    }
    // Marks the page as rendered so a headless browser check can see the script ran.
    sb.append("<script>document.body.dataset.charts = document.querySelectorAll('svg').length;</script>\n");
    return sb.append("</body></html>\n").toString();
  }

  private static String esc(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
