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

  /** The text with its opening dateline replaced by spaces (offsets unchanged), or the text itself. */
  public static String mask(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find() || m.end() > 80) {
      return text;
    }
    String head = text.substring(0, m.end());
    // A real dateline is a place in capitals, not an ordinary sentence start.
    String place = head.replaceAll("[^A-Za-z]", "");
    long upper = place.chars().filter(Character::isUpperCase).count();
    if (place.isEmpty() || upper < place.length() * 0.6 && !head.contains("—") && !head.contains("--")) {
      return text;
    }
    return " ".repeat(m.end()) + text.substring(m.end());
  }
}
