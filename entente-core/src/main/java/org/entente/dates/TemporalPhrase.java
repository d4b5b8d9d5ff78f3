package org.entente.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;

/**
 * A temporal expression as written: its words in lower case without full stops ("last", "week"; "jan",
 * "6"), the preposition that introduces it ("on", "since", "from", or "" when none), and the value
 * SUTime gave it.
 *
 * @param head index of the token by which the expression attaches to the word it dates
 */
record TemporalPhrase(int head, List<String> words, String preposition, String timex) {

  TemporalPhrase {
    words = List.copyOf(words);
    preposition = preposition == null ? "" : preposition;
  }

  /** The expression whose head is token {@code head}: the run of tokens sharing its value, and its modifiers. */
  static TemporalPhrase at(SentenceGraph g, int head) {
    String value = g.token(head).timex();
    TreeSet<Integer> members = new TreeSet<>();
    members.add(head);
    if (value != null) {
      for (int i = head - 1; i >= 0 && value.equals(g.token(i).timex()); i--) {
        members.add(i);
      }
      for (int i = head + 1; i < g.sentence().size() && value.equals(g.token(i).timex()); i++) {
        members.add(i);
      }
    }
    String preposition = "";
    for (Dependency d : g.children(head)) {
      String rel = d.base();
      if (rel.equals("case")) {
        preposition = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      } else if (rel.equals("amod") || rel.equals("advmod") || rel.equals("det") || rel.equals("nummod")
          || rel.equals("obl") && d.subtype().equals("npmod") || rel.equals("compound")) {
        members.add(d.dependent());
        for (Dependency dd : g.children(d.dependent())) {
          if (!dd.base().equals("case") && !dd.base().equals("punct")) {
            members.add(dd.dependent());
          }
        }
      }
    }
    List<String> words = new ArrayList<>();
    for (int i : members) {
      String w = g.token(i).word().toLowerCase(Locale.ROOT).replace(".", "");
      if (!w.isEmpty() && !w.equals(",")) {
        words.add(w);
      }
    }
    return new TemporalPhrase(head, words, preposition, value);
  }

  boolean has(String word) {
    return words.contains(word);
  }

  @Override
  public String toString() {
    return (preposition.isEmpty() ? "" : preposition + " ") + String.join(" ", words) + " {" + Objects.toString(timex) + "}";
  }
}
