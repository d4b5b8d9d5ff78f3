package org.entente.export;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes stored events as CSV (RFC 4180: comma-separated, a header line, fields with commas, quotes
 * or line breaks quoted, quotes doubled), one column per field of the event record.
 */
public final class CsvRows implements EventRowWriter {

  @Override
  public void begin(Writer out) throws IOException {
    out.write(String.join(",", EventRow.COLUMNS));
    out.write("\r\n");
  }

  @Override
  public boolean write(EventRow row, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String c : EventRow.COLUMNS) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      String v = c.equals("date") ? (row.dateText() == null ? "" : row.dateText()) : row.text(c);
      sb.append(quote(v));
    }
    out.write(sb.append("\r\n").toString());
    return true;
  }

  static String quote(String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
