package org.entente.actors;

import java.time.LocalDate;

/**
 * A period in which a person held a role, with the actor code that role implies.
 *
 * @param from first day, or null for "since ever"
 * @param to first day after the period (half-open), or null for "still"
 * @param office the office held ("head_of_government"...), or "" when none is named
 */
public record RolePeriod(String code, LocalDate from, LocalDate to, String office) {

  public RolePeriod {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + " to " + to);
    }
    office = office == null ? "" : office;
  }

  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }

  public boolean isDefault() {
    return from == null && to == null;
  }
}
