package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportRowsTest {

  private static EventRow row(String code, String root, String precision) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", "doc1:0:0");
    m.put("doc", "doc1");
    m.put("doc_date", LocalDate.of(2023, 5, 7));
    m.put("date", LocalDate.of(2023, 5, 1));
    m.put("date_precision", precision);
    m.put("source", "JPNGOV");
    m.put("source_country", "JPN");
    m.put("source_text", "Kishida");
    m.put("target", "KOR");
    m.put("target_country", "KOR");
    m.put("target_text", "Seoul, \"the capital\"");
    m.put("code", code);
    m.put("root", root);
    m.put("quad_class", (byte) 1);
    m.put("goldstein", 2.8);
    m.put("negated", false);
    m.put("sentence", "Kishida visited Seoul.");
    m.put("sentence_index", 0);
    m.put("url", "https://example.org/a");
    m.put("article_source", "Example Wire");
    return new EventRow(m);
  }

  private static String write(EventRowWriter w, EventRow r) throws IOException {
    StringWriter out = new StringWriter();
    w.begin(out);
    w.write(r, out);
    return out.toString();
  }

  @Test
  void gdeltRowHasTheSixtyOneColumnsInOrder() throws IOException {
    String line = write(new GdeltRows(), row("042", "04", "month"));
    String[] f = line.substring(0, line.length() - 1).split("\t", -1);
    assertEquals(61, GdeltRows.COLUMNS.size());
    assertEquals(61, f.length);
    assertEquals("20230501", f[GdeltRows.COLUMNS.indexOf("SQLDATE")]);
    assertEquals("JPNGOV", f[GdeltRows.COLUMNS.indexOf("Actor1Code")]);
    assertEquals("GOV", f[GdeltRows.COLUMNS.indexOf("Actor1Type1Code")]);
    assertEquals("KOR", f[GdeltRows.COLUMNS.indexOf("Actor2CountryCode")]);
    assertEquals("042", f[GdeltRows.COLUMNS.indexOf("EventBaseCode")]);
    assertEquals("1", f[GdeltRows.COLUMNS.indexOf("IsRootEvent")]);
    assertEquals("20230507000000", f[GdeltRows.COLUMNS.indexOf("DATEADDED")]);
    assertEquals("https://example.org/a", f[60]);
    assertEquals(GdeltRows.numericId("doc1:0:0"), Long.parseLong(f[0]));
  }

  @Test
  void phoenixRowSplitsActorCodesAndUsesQuadZeroForNeutralRoots() throws IOException {
    String[] f = write(new PhoenixRows(), row("010", "01", "day")).strip().split("\t", -1);
    assertEquals(26, f.length);
    assertEquals("JPN", f[PhoenixRows.COLUMNS.indexOf("SourceActorEntity")]);
    assertEquals("GOV", f[PhoenixRows.COLUMNS.indexOf("SourceActorRole")]);
    assertEquals("0", f[PhoenixRows.COLUMNS.indexOf("QuadClass")]);
    assertEquals("doc1_0", f[PhoenixRows.COLUMNS.indexOf("SentenceID")]);
  }

  @Test
  void csvQuotesAndJsonWritesTheDateAtItsPrecision() throws IOException {
    String csv = write(new CsvRows(), row("042", "04", "month"));
    assertTrue(csv.startsWith(String.join(",", EventRow.COLUMNS) + "\r\n"));
    assertTrue(csv.contains(",\"Seoul, \"\"the capital\"\"\","), csv);
    assertTrue(csv.contains(",2023-05,month,"), csv);
    String json = write(new JsonLinesRows(), row("042", "04", "year"));
    assertTrue(json.contains("\"date\":\"2023\""), json);
    assertTrue(json.contains("\"quad_class\":1,\"goldstein\":2.8"), json);
  }

  @Test
  void ploverTypesTakeTheLongestPrefixAndDropRootsOneAndTwo() throws IOException {
    PloverTypes t = PloverTypes.bundled();
    assertEquals(new PloverTypes.Type("CONSULT", "visit"), t.of("042").orElseThrow());
    assertEquals(new PloverTypes.Type("RETREAT", "ease"), t.of("085").orElseThrow());
    assertEquals("CONCEDE", t.of("0831").orElseThrow().type());
    assertEquals(new PloverTypes.Type("COERCE", "restrict"), t.of("163").orElseThrow());
    assertFalse(t.of("010").isPresent());
    StringWriter out = new StringWriter();
    assertFalse(new PloverRows(t).write(row("020", "02", "day"), out));
    assertEquals("", out.toString());
    String json = write(new PloverRows(t), row("042", "04", "day"));
    assertTrue(json.contains("\"event_type\":\"CONSULT\",\"mode\":\"visit\""), json);
    PloverTypes custom = PloverTypes.read("x.tsv", new StringReader("# c\n19\tASSAULT\t\n"));
    assertEquals("ASSAULT", custom.of("190").orElseThrow().type());
  }
}
