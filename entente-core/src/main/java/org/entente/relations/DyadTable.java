package org.entente.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints dyad rows as an aligned table, CSV or JSON. */
public final class DyadTable {

  private static final String[] HEADER = {"period", "source", "target", "events", "verbal_coop", "material_coop",
      "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "coop_ratio", "articles", "volume_share"};

  private DyadTable() {}

  public static String format(List<DyadRow> rows, String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> csv(rows);
      case "json" -> json(rows);
      case "table", "text" -> table(rows);
      default -> throw new IllegalArgumentException("unknown format '" + format + "' (table, csv or json)");
    };
  }

  private static String[] cells(DyadRow r) {
    return new String[] {r.period(), r.source(), r.target(), Long.toString(r.events()), Long.toString(r.q1()),
        Long.toString(r.q2()), Long.toString(r.q3()), Long.toString(r.q4()), num(r.goldsteinSum()),
        num(r.goldsteinMean()), num(r.cooperationRatio()), Long.toString(r.sources()),
        Double.isNaN(r.volumeShare()) ? "" : num(r.volumeShare())};
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  static String table(List<DyadRow> rows) {
    // Figures read straight from the store carry no volume share: an empty column would only puzzle.
    boolean shares = rows.stream().anyMatch(r -> !Double.isNaN(r.volumeShare()));
    int columns = shares ? HEADER.length : HEADER.length - 1;
    List<String[]> all = new ArrayList<>();
    all.add(java.util.Arrays.copyOf(HEADER, columns));
    rows.forEach(r -> all.add(java.util.Arrays.copyOf(cells(r), columns)));
    int[] width = new int[columns];
    for (String[] row : all) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : all) {
      for (int i = 0; i < row.length; i++) {
        boolean numeric = i >= 3;
        String cell = numeric ? " ".repeat(width[i] - row[i].length()) + row[i]
            : row[i] + " ".repeat(width[i] - row[i].length());
        sb.append(i == 0 ? "" : "  ").append(cell);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String csv(List<DyadRow> rows) {
    StringBuilder sb = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (DyadRow r : rows) {
      sb.append(String.join(",", cells(r))).append('\n');
    }
    return sb.toString();
  }

  static String json(List<DyadRow> rows) {
    StringBuilder sb = new StringBuilder("[\n");
    for (int k = 0; k < rows.size(); k++) {
      String[] c = cells(rows.get(k));
      sb.append("  {");
      for (int i = 0; i < HEADER.length; i++) {
        boolean text = i < 3;
        sb.append(i == 0 ? "" : ", ").append('"').append(HEADER[i]).append("\": ")
            .append(text ? "\"" + c[i] + "\"" : c[i].isEmpty() ? "null" : c[i]);
      }
      sb.append(k + 1 < rows.size() ? "},\n" : "}\n");
    }
    return sb.append("]\n").toString();
  }
}
