package org.entente.annotate.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.model.Token;

/**
 * Takes the date reading off a month name that is part of a person's name ("Theresa May", "Prime
 * Minister May", "April Ryan"): SUTime reads every capitalised month name as a date, and with no
 * statistical entity tagger in the pipeline nothing else would say otherwise.
 *
 * <p>Only a month name that is a temporal expression on its own is considered, and only when a
 * capitalised proper noun stands right before it ("Mrs May"), or right after it while nothing before
 * it introduces a date ("April Ryan asked", but not "in May Congress voted"). Stateless.
 */
final class MonthNamesAsNames {

  private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
  /** Tags of words that make a following month name a date: prepositions, determiners, modifiers, verbs, numbers. */
  private static final List<String> DATE_INTRODUCERS = List.of("IN", "TO", "DT", "JJ", "VB", "CD", "RB", "PDT", "POS",
      "PRP$");

  private MonthNamesAsNames() {}

  /** The tokens, with each month name that belongs to a name relabelled as no entity and no time expression. */
  static List<Token> apply(List<Token> tokens) {
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      if (isName(tokens, i)) {
        if (out == null) {
          out = new ArrayList<>(tokens);
        }
        Token t = tokens.get(i);
        out.set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), "O", null, t.begin(), t.end()));
      }
    }
    return out == null ? tokens : out;
  }

  private static boolean isName(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!MONTHS.contains(t.word()) || !temporal(t)) {
      return false;
    }
    Token prev = i > 0 ? tokens.get(i - 1) : null;
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (prev != null && temporal(prev) || next != null && temporal(next)) {
      return false; // part of a longer expression: "May 5", "last May", "May 2024"
    }
    if (prev != null && capitalisedProperNoun(prev)) {
      return true;
    }
    return next != null && capitalisedProperNoun(next) && (prev == null || !introducesDate(prev));
  }

  private static boolean temporal(Token t) {
    return TEMPORAL.contains(t.ner());
  }

  private static boolean capitalisedProperNoun(Token t) {
    return t.isProperNoun() && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean introducesDate(Token t) {
    for (String tag : DATE_INTRODUCERS) {
      if (t.pos().startsWith(tag)) {
        return true;
      }
    }
    return false;
  }
}
