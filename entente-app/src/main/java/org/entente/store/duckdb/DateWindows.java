package org.entente.store.duckdb;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DateWindows finds a page of a date-ordered event search within a window of dates next to where the page
 * starts, widening the window until it holds the page (a few times at most: once it would reach the other
 * end of the events' dates, the search runs without one).
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
    LocalDate[] dates = dates(f, cursor);
    LocalDate edge = dates == null ? null : order.ascending ? dates[0] : dates[1];
    LocalDate far = dates == null ? null : order.ascending ? dates[1] : dates[0];
    String window = order.ascending ? " AND (date IS NULL OR date < ?)" : " AND date >= ?";
    for (long span = FIRST_SPAN_DAYS; edge != null; ) {
      LocalDate bound = order.ascending ? edge.plusDays(span) : edge.minusDays(span);
      if (order.ascending ? bound.isAfter(far) : !bound.isAfter(far)) {
        break; // the window would hold every dated event: search them all at once
      }
      List<Object> windowArgs = new ArrayList<>(args);
      windowArgs.add(Date.valueOf(bound));
      List<Map<String, Object>> rows = query.run(select + where + window + orderBy, windowArgs);
      if (rows.size() >= want) {
        return rows;
      }
      span = wider(span, rows.size(), want);
    }
    return query.run(select + where + orderBy, args);
  }

  /**
   * The next span: wide enough for the page if events are spread evenly, at least twice and at most 64
   * times the last. Few, wide steps: on a table not in date order each window reads most of the rows.
   */
  static long wider(long span, int found, int want) {
    long factor = found == 0 ? 64 : Math.min(64, Math.max(2, (2L * want + found - 1) / found));
    return span * factor;
  }

  /**
   * The oldest and newest event date that the filter's period and the cursor allow: the page starts at
   * one of them, and a window reaching the other holds every dated event. Null when there is none or
   * the cursor holds no date (then the search runs without a window).
   */
  private LocalDate[] dates(EventFilter f, EventCursor cursor) {
    StringBuilder sql = new StringBuilder("SELECT CAST(min(date) AS VARCHAR) AS first, CAST(max(date) AS VARCHAR)"
        + " AS last FROM events WHERE true");
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
    Map<String, Object> row = query.run(sql.toString(), args).get(0);
    return row.get("first") == null ? null
        : new LocalDate[] {LocalDate.parse((String) row.get("first")), LocalDate.parse((String) row.get("last"))};
  }
}
