package org.entente.store.duckdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.entente.relations.DyadEvent;
import org.entente.store.StoreException;

/**
 * DuckDbRelations reads the events between countries from the {@code events} table as {@link DyadEvent}s.
 *
 * <p>Only dated events between two different known countries are read; negated and hypothetical ones
 * only when asked. Not thread-safe on its own: it uses the store's connection.
 */
public final class DuckDbRelations {

  private final Connection conn;

  public DuckDbRelations(DuckDbEventStore store) {
    this.conn = store.connection();
  }

  /**
   * The events between countries.
   *
   * @param includeFlagged also read negated and hypothetical events
   * @param byPublication date events by their article's publication date instead of the event date
   */
  public List<DyadEvent> events(boolean includeFlagged, boolean byPublication) {
    String day = byPublication ? "doc_date" : "date";
    String sql = "SELECT id, doc, " + day + ", source_country, target_country, source, target, code, root,"
        + " quad_class, goldstein, sentence, negated, hypothetical FROM events"
        + " WHERE source_country <> '' AND target_country <> '' AND source_country <> target_country"
        + " AND " + day + " IS NOT NULL AND quad_class BETWEEN 1 AND 4"
        + (includeFlagged ? "" : " AND NOT negated AND NOT hypothetical")
        + " ORDER BY " + day + ", id";
    List<DyadEvent> events = new ArrayList<>();
    try (PreparedStatement p = conn.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        events.add(new DyadEvent(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
            rs.getDouble(11), rs.getString(12), rs.getBoolean(13), rs.getBoolean(14)));
      }
      return events;
    } catch (SQLException e) {
      throw new StoreException("reading the events between countries failed: " + e.getMessage(), e);
    }
  }
}
