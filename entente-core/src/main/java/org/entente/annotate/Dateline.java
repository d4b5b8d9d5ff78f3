package org.entente.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens many news articles ("SEOUL —", "BUSAN, Nov. 26, 2023 —",
 * "WASHINGTON (Example Wire) --") so that it is not parsed as the subject of the first sentence.
 */
public final class Dateline {

  /**
   * A place, an optional date or region after a comma, an optional agency in brackets, then a dash;
   * within the first 80 characters. Which of these count is decided in {@link #end}.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "\\A\\s*([A-Z][A-Za-z .'/\\-]{1,40}?)(,\\s*[A-Za-z0-9 .,]{1,30}?)?(\\s*\\([^)]{1,40}\\))?\\s*(—|–|--|-)\\s");

  /** "(Reuters) - Japan said...": a wire copy whose place was cut off keeps only the agency. */
  private static final Pattern AGENCY_ONLY = Pattern.compile("\\A\\s*\\([A-Z][A-Za-z .&]{1,30}\\)\\s*(—|–|--|-)\\s");

  private Dateline() {}

  /**
   * The place of the opening dateline in ordinary capitalisation ("THE HAGUE —" → "The Hague"), or
   * empty when the text has no dateline.
   */
  public static java.util.Optional<String> place(String text) {
    int end = end(text);
    if (end < 0) {
      return java.util.Optional.empty();
    }
    String place = text.substring(0, end).split("[,(—–]|--| - ")[0].trim();
    StringBuilder out = new StringBuilder();
    boolean wordStart = true;
    for (char c : place.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      out.append(wordStart ? Character.toUpperCase(c) : c);
      wordStart = c == ' ' || c == '-' || c == '/';
    }
    return out.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(out.toString());
  }

  private static final Pattern MONTH_DAY = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
      + "\\s+(\\d{1,2})\\b(?:,?\\s*(\\d{4})\\b)?");
  private static final java.util.List<String> MONTHS = java.util.List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec");

  /**
   * The day the opening dateline writes ("SEOUL, March 4 (Reuters) -"): the day the report was filed, in
   * the place it was filed. Without a year it is the one nearest {@code published}; a day more than three
   * days before or one after publication is not trusted (a stale feed, a misread) and gives empty.
   */
  public static java.util.Optional<java.time.LocalDate> date(String text, java.time.LocalDate published) {
    int end = end(text);
    if (end < 0 || published == null) {
      return java.util.Optional.empty();
    }
    Matcher m = MONTH_DAY.matcher(text.substring(0, end));
    if (!m.find()) {
      return java.util.Optional.empty();
    }
    int month = MONTHS.indexOf(m.group(1)) + 1;
    int day = Integer.parseInt(m.group(2));
    java.time.LocalDate best = null;
    for (int year : m.group(3) != null ? java.util.List.of(Integer.parseInt(m.group(3)))
        : java.util.List.of(published.getYear() - 1, published.getYear(), published.getYear() + 1)) {
      try {
        java.time.LocalDate d = java.time.LocalDate.of(year, month, day);
        if (!d.isBefore(published.minusDays(3)) && !d.isAfter(published.plusDays(1))) {
          best = d;
        }
      } catch (java.time.DateTimeException e) {
        // no such day ("Feb. 30"): no date
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** The text with its opening dateline replaced by spaces (offsets unchanged), or the text itself. */
  public static String mask(String text) {
    int end = end(text);
    return end < 0 ? text : " ".repeat(end) + text.substring(end);
  }

  /**
   * Where the dateline ends, or -1 when the text opens without one. A place in capitals ("PYONGYANG,
   * June 19 (Reuters) -") may be followed by a date or region written in capitalised words; a place in
   * ordinary capitalisation ("Seoul, Dec. 2 (Yonhap) --") counts only with both a date and an agency,
   * since "Japan, Korea agree - ..." or "The US - Japan alliance" open ordinary sentences.
   */
  private static int end(String text) {
    Matcher agency = AGENCY_ONLY.matcher(text);
    if (agency.find()) {
      return agency.end();
    }
    Matcher m = DATELINE.matcher(text);
    if (!m.find() || m.end() > 80) {
      return -1;
    }
    String place = m.group(1).strip();
    String where = m.group(2) == null ? "" : m.group(2).substring(1);
    boolean capitals = place.replaceAll("[^A-Za-z]", "").length() >= 2 && place.equals(place.toUpperCase(java.util.Locale.ROOT));
    if (!capitalised(where)) {
      return -1;
    }
    if (capitals || capitalised(place) && where.matches(".*\\d.*") && m.group(3) != null) {
      return m.end();
    }
    return -1;
  }

  /** Whether every word that starts with a letter starts with a capital ("Nov. 26, 2023", "Lebanon"). */
  private static boolean capitalised(String words) {
    for (String w : words.strip().split("[\\s,]+")) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
