package org.entente.store.duckdb;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.StoreException;

/**
 * An EventSearch pages through events the way a web API lists them: optional filters on a country
 * (source or target), a CAMEO root, a date range and a word in the sentence, newest first.
 *
 * <p>Not thread-safe; one instance per connection.
 */
public final class EventSearch {

  /**
   * A search.
   *
   * @param country source or target country, or null for any
   * @param root CAMEO root ("19"), or null for any
   * @param from first day (inclusive), or null
   * @param to first day after the range (exclusive), or null
   * @param text words the sentence contains (case-insensitive), or null
   */
  public record Filter(String country, String root, LocalDate from, LocalDate to, String text, int offset,
      int limit) {
    public Filter {
      if (offset < 0 || limit < 1 || limit > 1000) {
        throw new IllegalArgumentException("page out of range: offset " + offset + ", limit " + limit);
      }
    }
  }

  /** One hit: enough to list it; the full record is one look-up by id away. */
  public record Hit(String id, LocalDate date, String source, String target, String code, String sentence) {}

  private final Connection conn;

  public EventSearch(Connection conn) {
    this.conn = conn;
  }

  public List<Hit> page(Filter f) {
    StringBuilder sql = new StringBuilder(
        "SELECT id, date, source, target, code, sentence FROM events WHERE true");
    List<Object> args = new ArrayList<>();
    if (f.country() != null) {
      sql.append(" AND (source_country = ? OR target_country = ?)");
      args.add(f.country());
      args.add(f.country());
    }
    if (f.root() != null) {
      sql.append(" AND root = ?");
      args.add(f.root());
    }
    if (f.from() != null) {
      sql.append(" AND date >= ?");
      args.add(Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      sql.append(" AND date < ?");
      args.add(Date.valueOf(f.to()));
    }
    if (f.text() != null) {
      sql.append(" AND sentence ILIKE ? ESCAPE '\\'");
      args.add("%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    sql.append(" ORDER BY date DESC, id LIMIT ? OFFSET ?");
    args.add(f.limit());
    args.add(f.offset());
    try (PreparedStatement p = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      List<Hit> hits = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Date d = rs.getDate(2);
          hits.add(new Hit(rs.getString(1), d == null ? null : d.toLocalDate(), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6)));
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new StoreException("event search failed: " + e.getMessage(), e);
    }
  }
}
