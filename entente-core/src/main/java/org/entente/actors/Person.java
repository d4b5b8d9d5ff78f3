package org.entente.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * A person with the roles they held over time.
 *
 * <p>{@link #codeOn(LocalDate)} picks the first period (in file order) that contains the date; when
 * none does, the default period (no dates); failing that, the country of the latest period that ended
 * before the date with role {@code ELI} (a former office holder).
 */
public record Person(String name, List<RolePeriod> periods) {

  public Person {
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("person without a role: " + name);
    }
  }

  /** The actor code of this person on {@code day}; with a null day, the default or latest code. */
  public String codeOn(LocalDate day) {
    if (day != null) {
      for (RolePeriod p : periods) {
        if (!p.isDefault() && p.contains(day)) {
          return p.code();
        }
      }
    }
    for (RolePeriod p : periods) {
      if (p.isDefault()) {
        return p.code();
      }
    }
    RolePeriod latest = null;
    for (RolePeriod p : periods) {
      boolean endedBefore = day == null || (p.to() != null && !day.isBefore(p.to()));
      if (endedBefore && (latest == null || p.to() == null || (latest.to() != null && p.to().isAfter(latest.to())))) {
        latest = p;
      }
    }
    if (latest == null) {
      latest = periods.get(0);
    }
    String country = latest.code().length() >= 3 ? latest.code().substring(0, 3) : latest.code();
    return day == null ? latest.code() : country + "ELI";
  }

  /** Whether this person held {@code office} in {@code country} on {@code day}. */
  public boolean holds(String country, String office, LocalDate day) {
    for (RolePeriod p : periods) {
      if (p.office().equals(office) && p.code().startsWith(country) && !p.isDefault() && p.contains(day)) {
        return true;
      }
    }
    return false;
  }
}
