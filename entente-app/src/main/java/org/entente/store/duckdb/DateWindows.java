package org.entente.store.duckdb;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DateWindows finds a page of a date-ordered event search within a window of dates next to where the page
 * starts, widening the window until it holds the page (at most a few times, then searching everything).
 *
 * <p>Why: DuckDB keeps no ordered index, so the newest page would otherwise be chosen among all matching
 * events of the table. A condition on the date is checked in the scan itself: rows outside the window
 * cost a date comparison only, and whole row groups are skipped when events were written roughly in date
 * order. The page stays exact: a window is always a prefix of the search's order (every event outside it
 * sorts later: older ones in a newest-first search, newer ones and no undated ones in an oldest-first
 * one), so a window holding a full page holds the search's page.
 */
final class DateWindows {

  /** Runs a query with its arguments and returns its rows. */
  interface Query {
    List<Map<String, Object>> run(String sql, List<Object> args);
  }

  /** The first window: about a month, which holds a page of most searches over a busy news archive. */
  static final int FIRST_SPAN_DAYS = 31;
  /** Past some forty years a window is nearly the whole archive: search without one. */
  static final int LAST_SPAN_DAYS = 40 * 366;

  private final Query query;
  private final EventOrder order;

  DateWindows(Query query, EventOrder order) {
    if (!order.byDate()) {
      throw new IllegalArgumentException("date windows only serve searches ordered by date, not " + order);
    }
    this.query = query;
    this.order = order;
  }

  /**
   * The first {@code want} rows of {@code select + where + orderBy} (whose {@code orderBy} ends with a
   * LIMIT of {@code want}), where {@code where} holds the conditions of filter {@code f} and cursor {@code cursor}.
   */
  List<Map<String, Object>> rows(String select, String where, String orderBy, List<Object> args, int want,
      EventFilter f, EventCursor cursor) {
    LocalDate edge = edge(f, cursor);
    String window = order.ascending ? " AND (date IS NULL OR date < ?)" : " AND date >= ?";
    for (long span = FIRST_SPAN_DAYS; edge != null && span <= LAST_SPAN_DAYS; ) {
      LocalDate bound = order.ascending ? edge.plusDays(span) : edge.minusDays(span);
      List<Object> windowArgs = new ArrayList<>(args);
      windowArgs.add(Date.valueOf(bound));
      List<Map<String, Object>> rows = query.run(select + where + window + orderBy, windowArgs);
      if (rows.size() >= want || covers(f, bound)) {
        return rows;
      }
      span = wider(span, rows.size(), want);
    }
    return query.run(select + where + orderBy, args);
  }

  /** Whether the window up to {@code bound} already holds every date the filter allows. */
  private boolean covers(EventFilter f, LocalDate bound) {
    return order.ascending ? f.to() != null && !bound.isBefore(f.to()) : f.from() != null && !bound.isAfter(f.from());
  }

  /** The next span: wide enough for the page if events are spread evenly, at least twice and at most 16 times the last. */
  static long wider(long span, int found, int want) {
    long factor = found == 0 ? 16 : Math.min(16, Math.max(2, (2L * want + found - 1) / found));
    return span * factor;
  }

  /**
   * The date where the page starts: the newest (oldest) event date the filter's period and the cursor
   * allow; null when there is none or the cursor holds no date (then the search runs without a window).
   */
  private LocalDate edge(EventFilter f, EventCursor cursor) {
    StringBuilder sql = new StringBuilder("SELECT CAST(" + (order.ascending ? "min" : "max")
        + "(date) AS VARCHAR) AS edge FROM events WHERE true");
    List<Object> args = new ArrayList<>();
    DuckDbEventStore.period("date", f.from(), f.to(), sql, args);
    if (cursor != null) {
      try {
        args.add(Date.valueOf(LocalDate.parse(cursor.key())));
      } catch (DateTimeParseException e) {
        return null; // the search itself reports the cursor
      }
      sql.append(order.ascending ? " AND date >= ?" : " AND date <= ?");
    }
    Object edge = query.run(sql.toString(), args).get(0).get("edge");
    return edge == null ? null : LocalDate.parse((String) edge);
  }
}
