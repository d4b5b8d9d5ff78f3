package org.entente.relations;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What dyad figures to compute.
 *
 * @param from first day (inclusive), or null for all
 * @param to first day after the period (exclusive), or null for all
 * @param source source country (3 letters) or null for any; with {@code target}, one directed dyad
 * @param undirected count A→B and B→A together (as the alphabetically ordered pair)
 * @param includeFlagged also count negated and hypothetical events
 * @param byPublication date events by their article's publication date instead of the event date
 */
public record DyadQuery(
    LocalDate from, LocalDate to, Interval interval, String source, String target, boolean undirected,
    boolean includeFlagged, boolean byPublication) {

  public DyadQuery {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("period is empty: from " + from + " to " + to);
    }
    source = country(source);
    target = country(target);
  }

  public static DyadQuery all(Interval interval) {
    return new DyadQuery(null, null, interval, null, null, false, false, false);
  }

  /** Reads "JPN-KOR" into a query for that dyad. */
  public DyadQuery withDyad(String dyad) {
    String[] parts = dyad.split("[-_>/]");
    if (parts.length != 2) {
      throw new IllegalArgumentException("a dyad is two country codes like JPN-KOR, not '" + dyad + "'");
    }
    return new DyadQuery(from, to, interval, parts[0], parts[1], undirected, includeFlagged, byPublication);
  }

  private static String country(String c) {
    if (c == null || c.isBlank()) {
      return null;
    }
    String u = c.trim().toUpperCase(Locale.ROOT);
    if (!u.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("a country code is three letters (ISO 3166 alpha-3 or IGO), not '" + c + "'");
    }
    return u;
  }
}
