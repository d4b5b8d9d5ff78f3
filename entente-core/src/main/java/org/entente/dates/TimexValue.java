package org.entente.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.EventDate;

/**
 * Reads a normalised temporal value (TIMEX3 style, as SUTime writes it) into an {@link EventDate}:
 * days, months, years, ISO weeks, quarters and seasons, and values with an unknown year
 * ("XXXX-03-16") that are placed before or after the publication date according to tense.
 */
public final class TimexValue {

  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");

  private TimexValue() {}

  /**
   * The date a value denotes.
   *
   * @param published the publication date (null when unknown: values without a year stay unresolved)
   * @param past whether the governing verb is in a past tense (places year-less values)
   */
  public static Optional<EventDate> parse(String value, LocalDate published, boolean past, DateBasis basis) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    int space = v.indexOf(' ');
    if (space > 0) {
      v = v.substring(0, space);
    }
    try {
      Matcher m = DAY.matcher(v);
      if (m.matches()) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (m.group(1).equals("XXXX")) {
          return yearless(published, past, month, day, basis);
        }
        return Optional.of(new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), month, day), DatePrecision.DAY, null, basis));
      }
      m = MONTH.matcher(v);
      if (m.matches()) {
        int month = Integer.parseInt(m.group(2));
        if (m.group(1).equals("XXXX")) {
          return yearless(published, past, month, 0, basis);
        }
        return Optional.of(new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), month, 1), DatePrecision.MONTH, null, basis));
      }
      m = YEAR.matcher(v);
      if (m.matches()) {
        return Optional.of(new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR, null, basis));
      }
      m = WEEK.matcher(v);
      if (m.matches()) {
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = m.group(3) != null ? monday.plusDays(5) : monday;
        return Optional.of(new EventDate(start, DatePrecision.DAY, monday.plusDays(6), basis));
      }
      m = QUARTER.matcher(v);
      if (m.matches()) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * (Integer.parseInt(m.group(2)) - 1) + 1, 1);
        return Optional.of(new EventDate(start, DatePrecision.MONTH, start.plusMonths(3).minusDays(1), basis));
      }
      m = HALF.matcher(v);
      if (m.matches()) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1);
        return Optional.of(new EventDate(start, DatePrecision.MONTH, start.plusMonths(6).minusDays(1), basis));
      }
      m = SEASON.matcher(v);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        int month = switch (m.group(2)) {
          case "SP" -> 3;
          case "SU" -> 6;
          case "FA" -> 9;
          default -> 12;
        };
        LocalDate start = LocalDate.of(year, month, 1);
        return Optional.of(new EventDate(start, DatePrecision.MONTH, start.plusMonths(3).minusDays(1), basis));
      }
      m = DECADE.matcher(v);
      if (m.matches()) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)) * 10, 1, 1);
        return Optional.of(new EventDate(start, DatePrecision.YEAR, start.plusYears(10).minusDays(1), basis));
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A month (and day) without a year: the latest one not after publication in the past tense, else the next. */
  private static Optional<EventDate> yearless(LocalDate published, boolean past, int month, int day, DateBasis basis) {
    if (published == null) {
      return Optional.empty();
    }
    EventDate d = RelativeDateResolver.monthDay(published, month, day == 0 ? null : day, past, null);
    return Optional.of(new EventDate(d.date(), d.precision(), null, basis == DateBasis.EXPLICIT ? DateBasis.RELATIVE : basis));
  }
}
