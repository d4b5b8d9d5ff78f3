package org.entente.store.duckdb;

import java.util.Locale;

/**
 * An EventOrder is the sort of an event listing: a key, a direction, and the event id as tie-breaker so
 * that keyset (cursor) paging is stable.
 */
public enum EventOrder {
  DATE_ASC("coalesce(date, DATE '0001-01-01')", true),
  DATE_DESC("coalesce(date, DATE '0001-01-01')", false),
  GOLDSTEIN_ASC("goldstein", true),
  GOLDSTEIN_DESC("goldstein", false);

  final String key;
  final boolean ascending;

  EventOrder(String key, boolean ascending) {
    this.key = key;
    this.ascending = ascending;
  }

  /** Reads {@code date}, {@code -date}, {@code goldstein} or {@code -goldstein} (minus: descending). */
  public static EventOrder parse(String s) {
    if (s == null || s.isBlank()) {
      return DATE_ASC;
    }
    String v = s.trim().toLowerCase(Locale.ROOT);
    boolean desc = v.startsWith("-");
    String field = desc ? v.substring(1) : v;
    return switch (field) {
      case "date" -> desc ? DATE_DESC : DATE_ASC;
      case "goldstein" -> desc ? GOLDSTEIN_DESC : GOLDSTEIN_ASC;
      default -> throw new IllegalArgumentException(
          "unknown sort '" + s + "' (date, -date, goldstein or -goldstein)");
    };
  }

  boolean byDate() {
    return this == DATE_ASC || this == DATE_DESC;
  }
}
