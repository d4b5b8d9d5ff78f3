package org.entente.relations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the period bounds users type: "2023", "2023-05" or "2023-05-07". */
public final class PeriodArgument {

  private PeriodArgument() {}

  /** The first day of the period named. */
  public static LocalDate start(String s) {
    return parse(s, false);
  }

  /** The first day after the period named ("2026-12" → 2027-01-01). */
  public static LocalDate endExclusive(String s) {
    return parse(s, true);
  }

  private static LocalDate parse(String s, boolean after) {
    String v = s.trim();
    try {
      if (v.matches("\\d{4}")) {
        LocalDate d = LocalDate.of(Integer.parseInt(v), 1, 1);
        return after ? d.plusYears(1) : d;
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        LocalDate d = LocalDate.parse(v + "-01");
        return after ? d.plusMonths(1) : d;
      }
      LocalDate d = LocalDate.parse(v);
      return after ? d.plusDays(1) : d;
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date: '" + s + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
}
