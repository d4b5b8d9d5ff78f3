package org.entente.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written near the top of an article's text: "May 08, 2023",
 * "Updated on 2024-01-28", "SEOUL, Nov. 26, 2023 —", "26 November 2023". Only the first lines are
 * searched, so dates of events reported further down are not mistaken for the publication date.
 */
public final class PublicationDateFinder {

  private static final int HEAD_CHARS = 300;
  private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
      + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
      "oct", "nov", "dec");

  private PublicationDateFinder() {}

  public static Optional<LocalDate> find(String text) {
    String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
    Optional<LocalDate> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    for (Pattern p : List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, SLASHED)) {
      Matcher m = p.matcher(head);
      while (m.find()) {
        Optional<LocalDate> d = toDate(p, m);
        if (d.isPresent() && m.start() < bestAt) {
          best = d;
          bestAt = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
    try {
      if (p == ISO || p == SLASHED) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      if (p == MONTH_DAY_YEAR) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
      }
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
  }

  /** Parses a header or JSON date: ISO "2023-05-07" (a time part is ignored), or the forms above. */
  public static Optional<LocalDate> parseDate(String value) {
    String v = value.trim();
    if (v.length() >= 10 && v.charAt(4) == '-') {
      try {
        return Optional.of(LocalDate.parse(v.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return find(v);
  }
}
