package org.entente.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens many news articles ("SEOUL —", "BUSAN, Nov. 26, 2023 —",
 * "WASHINGTON (Example Wire) --") so that it is not parsed as the subject of the first sentence.
 */
public final class Dateline {

  /** Upper-case place words, an optional date or agency, then a dash; within the first 80 characters. */
  private static final Pattern DATELINE = Pattern.compile(
      "\\A\\s*[A-Z][A-Z .'\\-]{1,40}(,\\s*[A-Za-z0-9 .,]{1,30})?(\\s*\\([^)]{1,40}\\))?\\s*(—|–|--|-)\\s");

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
      wordStart = c == ' ' || c == '-';
    }
    return out.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(out.toString());
  }

  /** The text with its opening dateline replaced by spaces (offsets unchanged), or the text itself. */
  public static String mask(String text) {
    int end = end(text);
    return end < 0 ? text : " ".repeat(end) + text.substring(end);
  }

  /** Where the dateline ends, or -1 when the text opens without one. */
  private static int end(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find() || m.end() > 80) {
      return -1;
    }
    String head = text.substring(0, m.end());
    // A real dateline is a place in capitals, not an ordinary sentence start.
    String place = head.replaceAll("[^A-Za-z]", "");
    long upper = place.chars().filter(Character::isUpperCase).count();
    if (place.isEmpty() || upper < place.length() * 0.6 && !head.contains("—") && !head.contains("--")) {
      return -1;
    }
    return m.end();
  }
}
