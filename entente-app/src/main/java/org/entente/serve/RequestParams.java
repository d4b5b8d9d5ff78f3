package org.entente.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;
import org.entente.relations.Interval;
import org.entente.relations.PeriodArgument;

/**
 * RequestParams reads and checks the query parameters of one request; a bad value becomes a 400 error
 * that names the parameter and says what a good value looks like.
 */
final class RequestParams {

  private final Context ctx;
  private final CountryCodes countries;

  RequestParams(Context ctx, CountryCodes countries) {
    this.ctx = ctx;
    this.countries = countries;
  }

  /** The trimmed value, or null when absent or blank. */
  String text(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  LocalDate from(String name) {
    String v = text(name);
    try {
      return v == null ? null : PeriodArgument.start(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter " + name + ": " + e.getMessage());
    }
  }

  /** The first day after the period named (the bound is inclusive for the user, exclusive in queries). */
  LocalDate to(String name) {
    String v = text(name);
    try {
      return v == null ? null : PeriodArgument.endExclusive(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter " + name + ": " + e.getMessage());
    }
  }

  /** A country code checked against the dictionaries, upper-cased; null when absent. */
  String country(String name) {
    return checkCountry(name, text(name));
  }

  String checkCountry(String name, String value) {
    if (value == null) {
      return null;
    }
    String c = value.toUpperCase(Locale.ROOT);
    if (!c.matches("[A-Z]{3}")) {
      throw ApiException.badRequest("parameter " + name + ": a country code is three letters like JPN, not '" + value + "'");
    }
    if (!countries.contains(c)) {
      throw ApiException.badRequest("parameter " + name + ": unknown country code '" + value + "'");
    }
    return c;
  }

  /** A country code (JPN) or a full actor code whose first three letters are a known country (JPNGOV). */
  String actor(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    String a = v.toUpperCase(Locale.ROOT);
    if (!a.matches("[A-Z]{3}[A-Z0-9]*")) {
      throw ApiException.badRequest("parameter " + name + ": an actor is a country code (JPN) or an actor code (JPNGOV), not '" + v + "'");
    }
    checkCountry(name, a.substring(0, 3));
    return a;
  }

  /** Two known country codes written as AAA-BBB. */
  String[] dyad(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    String[] parts = v.split("[-_>/]");
    if (parts.length != 2) {
      throw ApiException.badRequest("parameter " + name + ": a dyad is two country codes like JPN-KOR, not '" + v + "'");
    }
    return new String[] {checkCountry(name, parts[0]), checkCountry(name, parts[1])};
  }

  Interval interval(String name, Interval fallback) {
    String v = text(name);
    try {
      return v == null ? fallback : Interval.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("parameter " + name + ": " + e.getMessage());
    }
  }

  int limit(String name, int fallback, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("parameter " + name + ": not a whole number: '" + v + "'");
    }
    if (n < 1) {
      throw ApiException.badRequest("parameter " + name + ": page size must be at least 1, not " + n);
    }
    if (n > max) {
      throw ApiException.badRequest("parameter " + name + ": page size " + n + " is over the limit of " + max);
    }
    return n;
  }

  Integer quadClass(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    if (!v.matches("[1-4]")) {
      throw ApiException.badRequest("parameter " + name + ": a quad class is 1, 2, 3 or 4, not '" + v + "'");
    }
    return Integer.parseInt(v);
  }

  /** A CAMEO code of {@code minDigits} to 4 digits. */
  String cameo(String name, int minDigits, int maxDigits) {
    String v = text(name);
    if (v != null && !v.matches("\\d{" + minDigits + "," + maxDigits + "}")) {
      throw ApiException.badRequest("parameter " + name + ": a CAMEO " + name + " is " + minDigits
          + (minDigits == maxDigits ? "" : " to " + maxDigits) + " digits (like 042), not '" + v + "'");
    }
    return v;
  }

  boolean flag(String name) {
    String v = text(name);
    if (v == null) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badRequest("parameter " + name + ": true or false, not '" + v + "'");
    };
  }

  /** Whether events are dated by publication ({@code by=publication}) rather than by event date. */
  boolean byPublication() {
    String v = text("by");
    if (v == null || v.equals("event")) {
      return false;
    }
    if (v.equals("publication")) {
      return true;
    }
    throw ApiException.badRequest("parameter by: 'event' or 'publication', not '" + v + "'");
  }

  /** Checks that the period is not empty. */
  static void checkPeriod(LocalDate from, LocalDate to) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw ApiException.badRequest("the period is empty: 'from' is after 'to'");
    }
  }
}
