package org.entente.relations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** A calendar interval that event series are counted by. */
public enum Interval {
  DAY, WEEK, MONTH, QUARTER, YEAR;

  public static Interval parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown interval '" + s + "' (day, week, month, quarter or year)");
    }
  }

  /** The first day of the interval that contains {@code d}. */
  public LocalDate start(LocalDate d) {
    return switch (this) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> LocalDate.of(d.getYear(), 1, 1);
    };
  }

  /** The first day of the next interval after the one starting at {@code start}. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /** A readable label: 2023-05-07, 2023-W19, 2023-05, 2023-Q2, 2023. */
  public String label(LocalDate start) {
    return switch (this) {
      case DAY -> start.toString();
      case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> start.toString().substring(0, 7);
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  /** The name used by SQL {@code date_trunc}. */
  public String sqlUnit() {
    return name().toLowerCase(Locale.ROOT);
  }
}
