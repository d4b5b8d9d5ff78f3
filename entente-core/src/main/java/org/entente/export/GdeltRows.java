package org.entente.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes stored events as rows of the GDELT 2.0 events table: 61 tab-separated columns, no header,
 * in GDELT's column order (docs/export.md lists which Entente fills).
 *
 * <p>GLOBALEVENTID is a number derived from Entente's event id, so it is stable across exports.
 * SQLDATE is the event's date (first day of its period), or its article's date when undated, where GDELT
 * uses the publication date. Geography, tone and mention counts beyond one are left empty or 1.
 */
public final class GdeltRows implements EventRowWriter {

  /** The GDELT 2.0 event table columns, in order. */
  public static final List<String> COLUMNS = columns();

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        c.add(g + "_" + f);
      }
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  @Override
  public boolean write(EventRow row, Writer out) throws IOException {
    List<String> v = new ArrayList<>(COLUMNS.size());
    LocalDate day = row.day();
    v.add(Long.toString(numericId(row.text("id"))));
    v.add(day == null ? "" : day.toString().replace("-", ""));
    v.add(day == null ? "" : day.toString().substring(0, 7).replace("-", ""));
    v.add(day == null ? "" : Integer.toString(day.getYear()));
    v.add(day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
    actor(v, row, "source");
    actor(v, row, "target");
    String code = row.text("code");
    v.add(row.get("sentence_index") instanceof Number n && n.intValue() == 0 ? "1" : "0");
    v.add(code);
    v.add(code.length() >= 3 ? code.substring(0, 3) : code);
    v.add(row.text("root"));
    v.add(row.text("quad_class"));
    v.add(row.text("goldstein"));
    v.addAll(List.of("1", "1", "1", ""));
    for (int i = 0; i < 24; i++) {
      v.add("");
    }
    LocalDate added = row.date("doc_date");
    v.add(added == null ? "" : added.toString().replace("-", "") + "000000");
    v.add(row.text("url"));
    out.write(String.join("\t", v.stream().map(GdeltRows::clean).toList()));
    out.write('\n');
    return true;
  }

  private static void actor(List<String> v, EventRow row, String side) {
    String code = row.text(side);
    v.add(code);
    v.add(row.text(side + "_text").toUpperCase(Locale.ROOT));
    v.add(row.text(side + "_country"));
    v.add("");
    v.add("");
    v.add("");
    v.add("");
    v.add(code.length() >= 6 ? code.substring(3, 6) : "");
    v.add(code.length() >= 9 ? code.substring(6, 9) : "");
    v.add("");
  }

  /** Tabs and line breaks would split the row. */
  static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** A positive 15-digit number from an event id; equal ids give equal numbers. */
  static long numericId(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      long x = 0;
      for (int i = 0; i < 8; i++) {
        x = (x << 8) | (h[i] & 0xff);
      }
      return Math.floorMod(x, 1_000_000_000_000_000L);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
