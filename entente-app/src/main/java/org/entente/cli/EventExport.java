package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.export.EventRow;
import org.entente.export.EventRowWriter;
import org.entente.store.StoreException;

/**
 * Reads stored events out of the database for export, in a stable order (article, then event id),
 * each joined with its article's URL, source and title.
 */
final class EventExport {

  private static final String SELECT = "SELECT e.*, a.url AS url, a.source AS article_source, a.title AS title"
      + " FROM events e LEFT JOIN articles a ON a.id = e.doc";

  private EventExport() {}

  /** Writes every event (or the factual ones) with {@code writer}; returns how many were written. */
  static long write(Connection conn, boolean factualOnly, EventRowWriter writer, Writer out) throws IOException {
    writer.begin(out);
    String sql = SELECT + (factualOnly ? " WHERE NOT e.negated AND NOT e.hypothetical" : "") + " ORDER BY e.doc, e.id";
    return rows(conn, sql, null, writer, out);
  }

  /** Writes the stored events of one article (for a run that skips it as unchanged). */
  static long writeArticle(Connection conn, String doc, EventRowWriter writer, Writer out) {
    try {
      return rows(conn, SELECT + " WHERE e.doc = ? ORDER BY e.sentence_index, e.char_start, e.id", doc, writer, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every stored event to a Parquet file through DuckDB. */
  static void parquet(Connection conn, boolean factualOnly, String file) {
    String sql = "COPY (SELECT * FROM events" + (factualOnly ? " WHERE NOT negated AND NOT hypothetical" : "")
        + " ORDER BY doc, id) TO '" + file.replace("'", "''") + "' (FORMAT parquet)";
    try (Statement st = conn.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static long rows(Connection conn, String sql, String arg, EventRowWriter writer, Writer out)
      throws IOException {
    long n = 0;
    synchronized (conn) {
      try (PreparedStatement p = conn.prepareStatement(sql)) {
        if (arg != null) {
          p.setString(1, arg);
        }
        try (ResultSet rs = p.executeQuery()) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              Object v = rs.getObject(i);
              row.put(md.getColumnLabel(i), v instanceof Date d ? d.toLocalDate() : v);
            }
            if (writer.write(new EventRow(row), out)) {
              n++;
            }
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read events: " + e.getMessage(), e);
      }
    }
    return n;
  }
}
