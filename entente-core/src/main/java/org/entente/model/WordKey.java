package org.entente.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal form in which dictionary phrases and text are compared: lower case, accents removed,
 * periods dropped ("U.S." = "us"), curly apostrophes straightened, hyphenated words split.
 */
public final class WordKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPLIT = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014_]+");

  private WordKey() {}

  /** The case-insensitive key of one word. */
  public static String of(String word) {
    return exact(word).toLowerCase(Locale.ROOT);
  }

  /** The key of one word keeping its case (for acronyms). */
  public static String exact(String word) {
    String s = word.replace('\u2019', '\'').replace('\u2018', '\'').replace(".", "");
    if (!s.isEmpty() && s.chars().anyMatch(c -> c > 127)) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }
    return s;
  }

  /**
   * Splits a word or phrase into the parts that are matched one by one: on spaces and hyphens, with a
   * possessive "'s" or a plural possessive's "'" as its own part (as tokenizers do). Empty parts are dropped.
   */
  public static List<String> parts(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : SPLIT.split(phrase.trim())) {
      if (w.isEmpty()) {
        continue;
      }
      String x = w.replace('\u2019', '\'');
      if (x.length() > 2 && (x.endsWith("'s") || x.endsWith("'S"))) {
        out.add(x.substring(0, x.length() - 2));
        out.add("'s");
      } else if (x.length() > 1 && x.endsWith("'")) {
        // a plural possessive ("Kurdistan Workers' Party"): tokenizers split off the apostrophe
        out.add(x.substring(0, x.length() - 1));
        out.add("'");
      } else {
        out.add(x);
      }
    }
    return out;
  }
}
