package org.entente.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes stored events in the Phoenix pipeline's event file layout: 26 tab-separated columns, no
 * header (docs/export.md). Actor codes are split the Phoenix way into entity (country or
 * organisation, first three letters), role (next three) and the rest.
 *
 * <p>Phoenix's quad class has a 0 for the neutral roots 01 and 02; the others are CAMEO's 1–4.
 */
public final class PhoenixRows implements EventRowWriter {

  public static final List<String> COLUMNS = List.of("EventID", "Date", "Year", "Month", "Day", "SourceActorFull",
      "SourceActorEntity", "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
      "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore",
      "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources");

  @Override
  public boolean write(EventRow row, Writer out) throws IOException {
    LocalDate day = row.day();
    List<String> v = new ArrayList<>(COLUMNS.size());
    v.add(row.text("id"));
    v.add(day == null ? "" : day.toString().replace("-", ""));
    v.add(day == null ? "" : Integer.toString(day.getYear()));
    v.add(day == null ? "" : Integer.toString(day.getMonthValue()));
    v.add(day == null ? "" : Integer.toString(day.getDayOfMonth()));
    actor(v, row.text("source"));
    actor(v, row.text("target"));
    String root = row.text("root");
    v.add(row.text("code"));
    v.add(root);
    v.add(root.equals("01") || root.equals("02") ? "0" : row.text("quad_class"));
    v.add(row.text("goldstein"));
    v.addAll(List.of("", "", "", "", "", ""));
    v.add(row.text("doc") + "_" + row.text("sentence_index"));
    v.add(row.text("url"));
    v.add(row.text("article_source"));
    out.write(String.join("\t", v.stream().map(GdeltRows::clean).toList()));
    out.write('\n');
    return true;
  }

  private static void actor(List<String> v, String code) {
    v.add(code);
    v.add(code.length() >= 3 ? code.substring(0, 3) : code);
    v.add(code.length() >= 6 ? code.substring(3, 6) : "");
    v.add(code.length() > 6 ? code.substring(6) : "");
  }
}
