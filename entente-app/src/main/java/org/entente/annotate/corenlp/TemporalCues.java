package org.entente.annotate.corenlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.model.Token;

/**
 * Tells whether a sentence can hold a temporal expression that SUTime would find: it needs a digit or
 * one of the words SUTime's English rules are anchored on (months, weekdays, time units, parts of the
 * day, "today", "ago", "recently", "at the time", seasons, decades, holidays). A sentence without any
 * of them is not worth SUTime's rules, which cost nearly as much as the dependency parse.
 *
 * <p>The word list follows SUTime's grammar (english.sutime.txt, english.holidays.sutime.txt of
 * CoreNLP 4.5); checked against SUTime's own output on our gold sets, the PETRARCH and PLOVER records
 * and the benchmark corpora, where it lets through every sentence SUTime finds an expression in.
 */
final class TemporalCues {

  private static final Set<String> WORDS = Set.of((""
      + "january february march april may june july august september october november december "
      + "jan feb mar apr jun jul aug sep sept oct nov dec "
      + "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun "
      + "year yr month mo week wk weekend weekday day hour hr minute min second sec millisecond fortnight quarter "
      + "decade century centuries millennium millennia millenium millenia workday workweek yrs mos wks hrs mins secs "
      + "morning afternoon evening night noon midnight midday dusk dawn daybreak daylight daytime nighttime "
      + "overnight sunrise sunset sundown sunup twilight teatime lunchtime dinnertime suppertime "
      + "today tonight tonite tomorrow yesterday now ago hence currently current recently recent previously past "
      + "present future once twice thrice medieval nowadays lately formerly time "
      + "daily weekly monthly yearly annually annual hourly nightly quarterly biweekly biannual biannually semiannual "
      + "spring summer autumn fall winter "
      + "twenties thirties forties fifties sixties seventies eighties nineties oughts noughts teens "
      + "christmas xmas x-mas easter thanksgiving halloween mayo ides nones eve a.m. p.m. am pm").split(" "));

  /** Words that are temporal only as nouns (SUTime drops "may", "march", "second", "fall"... otherwise). */
  private static final Set<String> NOUNS_ONLY = Set.of("may", "march", "mar", "second", "fall", "spring", "sat", "sun",
      "min", "mins", "sec", "secs", "am", "mo", "mos");

  private TemporalCues() {}

  static boolean present(List<Token> tokens) {
    for (Token t : tokens) {
      if (cue(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cue(Token t) {
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    // The lemma brings plurals ("years", "weekends") to the listed form.
    for (String k : new String[] {w.toLowerCase(Locale.ROOT), t.lemma().toLowerCase(Locale.ROOT)}) {
      if (WORDS.contains(k) && (!NOUNS_ONLY.contains(k) || t.isNoun())) {
        return true;
      }
    }
    return false;
  }
}
