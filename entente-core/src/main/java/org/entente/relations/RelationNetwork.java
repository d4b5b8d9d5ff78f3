package org.entente.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A RelationNetwork draws the countries as a circle of nodes and each dyad as an edge coloured by its
 * latest state and as thick as its number of events, in inline SVG.
 */
final class RelationNetwork {

  private static final int SIZE = 460;

  private RelationNetwork() {}

  static String svg(List<DyadSeries> dyads) {
    List<String> countries = new ArrayList<>(new TreeSet<>(dyads.stream()
        .flatMap(d -> List.of(d.a(), d.b()).stream()).toList()));
    double c = SIZE / 2.0;
    double r = SIZE / 2.0 - 50;
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
        SIZE, SIZE, SIZE, SIZE));
    for (DyadSeries d : dyads) {
      int i = countries.indexOf(d.a());
      int j = countries.indexOf(d.b());
      SeriesPoint last = d.points().get(d.points().size() - 1);
      sb.append(String.format(Locale.ROOT,
          "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\">"
              + "<title>%s in %s: %s (%+.2f, %d events)</title></line>",
          px(i, countries.size(), c, r), py(i, countries.size(), c, r), px(j, countries.size(), c, r),
          py(j, countries.size(), c, r), last.state().colour(), 1.5 + Math.min(8, Math.sqrt(d.eventCount())),
          d.name(), last.label(), last.state().label(), last.goldsteinMean(), last.clusters().size()));
    }
    for (int i = 0; i < countries.size(); i++) {
      sb.append(String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"20\" fill=\"#fff\" stroke=\"#333\"/>"
              + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\">%s</text>",
          px(i, countries.size(), c, r), py(i, countries.size(), c, r), px(i, countries.size(), c, r),
          py(i, countries.size(), c, r) + 4, countries.get(i)));
    }
    return sb.append("</svg>").toString();
  }

  private static double px(int i, int n, double c, double r) {
    return c + r * Math.cos(2 * Math.PI * i / n - Math.PI / 2);
  }

  private static double py(int i, int n, double c, double r) {
    return c + r * Math.sin(2 * Math.PI * i / n - Math.PI / 2);
  }
}
