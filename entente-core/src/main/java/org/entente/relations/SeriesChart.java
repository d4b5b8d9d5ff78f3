package org.entente.relations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A SeriesChart draws a dyad's series as inline SVG: the mean Goldstein value per interval, dots sized by
 * the number of events and coloured by state, and the turning points as dashed lines.
 */
final class SeriesChart {

  private static final int W = 760;
  private static final int H = 220;
  private static final int PAD = 40;

  private SeriesChart() {}

  static String svg(DyadSeries series, List<Shift> shifts, LocalDate from, LocalDate to) {
    long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
        W, H, W, H));
    for (int g = -10; g <= 10; g += 5) {
      double y = y(g);
      sb.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/><text x=\"4\" y=\"%.1f\" font-size=\"10\">%+d</text>",
          PAD, W - 10, y, y, g == 0 ? "#888" : "#e4e4e4", y + 3, g));
    }
    for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
      double x = x(LocalDate.of(year, 1, 1), from, days);
      sb.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"10\" y2=\"%d\" stroke=\"#f0f0f0\"/><text x=\"%.1f\" y=\"%d\" font-size=\"10\">%d</text>",
          x, x, H - 20, x + 2, H - 6, year));
    }
    StringBuilder path = new StringBuilder();
    for (SeriesPoint p : series.points()) {
      path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f",
          x(p.start(), from, days), y(p.goldsteinMean())));
    }
    sb.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\"/>");
    for (SeriesPoint p : series.points()) {
      sb.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#333\"><title>%s: %s %+.2f, %d events</title></circle>",
          x(p.start(), from, days), y(p.goldsteinMean()), 3 + Math.min(6, Math.sqrt(p.clusters().size()) * 2),
          p.state().colour(), p.label(), p.state().label(), p.goldsteinMean(), p.clusters().size()));
    }
    for (Shift s : shifts) {
      double x = x(s.start(), from, days);
      sb.append(String.format(Locale.ROOT,
          "<line class=\"shift\" x1=\"%.1f\" x2=\"%.1f\" y1=\"10\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"5 3\" stroke-width=\"2\"/>"
              + "<text x=\"%.1f\" y=\"20\" font-size=\"11\" fill=\"%s\">%s %s</text>",
          x, x, H - 20, s.upward() ? "#2166ac" : "#b2182b", x + 3, s.upward() ? "#2166ac" : "#b2182b", s.period(),
          s.upward() ? "▲" : "▼"));
    }
    return sb.append("</svg>").toString();
  }

  private static double x(LocalDate d, LocalDate from, long days) {
    return PAD + (W - PAD - 10) * (double) ChronoUnit.DAYS.between(from, d) / days;
  }

  private static double y(double g) {
    return 10 + (H - 30) * (10 - Math.max(-10, Math.min(10, g))) / 20;
  }
}
