package org.entente.model;

import java.util.Locale;

/** How precisely a date is known: to the day, the month, the year, or not at all. */
public enum DatePrecision {
  DAY, MONTH, YEAR, UNKNOWN;

  /** The lower-case name used in JSON and the database ("day", "month", ...). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatePrecision fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
