package org.entente.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, how precisely that is known, and on what basis.
 *
 * @param date first day of the event (for a month or year precision: the first day of it); null
 *     when unknown
 * @param end last day of a range or duration ("from 1910 to 1945"), or null
 */
public record EventDate(LocalDate date, DatePrecision precision, LocalDate end, DateBasis basis) {

  public EventDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
    if (date == null && precision != DatePrecision.UNKNOWN) {
      throw new IllegalArgumentException("no date but precision " + precision);
    }
  }

  public static final EventDate UNKNOWN = new EventDate(null, DatePrecision.UNKNOWN, null, DateBasis.UNKNOWN);

  /** The date as text at its precision: "2023-03-16", "2023-03", "2023" or "". */
  public String text() {
    if (date == null) {
      return "";
    }
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> date.toString().substring(0, 4);
      case UNKNOWN -> "";
    };
  }
}
