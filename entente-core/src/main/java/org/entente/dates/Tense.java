package org.entente.dates;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * The time reference of an event's clause, read from its verb and auxiliaries: done before the report
 * ({@code PAST}, including perfects), going on at it ({@code PRESENT}), or not yet done ({@code FUTURE}:
 * "will", "would", other modals, and infinitives of intention such as "agreed <b>to meet</b>").
 *
 * <p>Nominal triggers take the reference of the verb they hang from. Stateless.
 */
enum Tense {
  PAST, PRESENT, FUTURE;

  private static final Set<String> FUTURE_AUX = Set.of("will", "wo", "'ll", "shall", "would", "'d", "may", "might",
      "could", "can", "should", "must", "ca");
  /** Heads whose infinitive happens with them, not after them ("began to withdraw"). */
  private static final Set<String> ASPECTUAL = Set.of("begin", "start", "continue", "resume", "keep", "manage",
      "fail", "try", "refuse", "stop", "cease", "use", "attempt", "seem", "appear");

  /** The time reference of the clause of token {@code i}. */
  static Tense of(SentenceGraph g, int i) {
    return of(g, i, new BitSet());
  }

  private static Tense of(SentenceGraph g, int i, BitSet seen) {
    seen.set(i);
    Token t = g.token(i);
    boolean infinitive = false;
    for (Dependency d : g.children(i)) {
      Token c = g.token(d.dependent());
      String w = c.word().toLowerCase(Locale.ROOT);
      if (d.base().equals("aux")) {
        if (c.pos().equals("MD") || FUTURE_AUX.contains(w)) {
          return FUTURE;
        }
        if (c.pos().equals("VBD") || w.equals("had") || w.equals("has") || w.equals("have") || w.equals("'ve")) {
          return PAST;
        }
        if (c.pos().equals("VBZ") || c.pos().equals("VBP")) {
          return PRESENT;
        }
      } else if (d.base().equals("aux:pass") || d.relation().equals("aux:pass")) {
        if (c.pos().equals("VBD")) {
          return PAST;
        }
        if (c.pos().equals("VBZ") || c.pos().equals("VBP")) {
          return PRESENT;
        }
      } else if (d.relation().equals("mark") && w.equals("to")) {
        infinitive = true;
      }
    }
    if (t.pos().equals("VBD")) {
      return PAST;
    }
    if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
      return PRESENT;
    }
    Dependency head = g.head(i);
    boolean hasHead = head != null && head.governor() >= 0 && !seen.get(head.governor());
    if (infinitive) {
      if (hasHead && ASPECTUAL.contains(g.token(head.governor()).key())) {
        return of(g, head.governor(), seen);
      }
      return FUTURE;
    }
    if (t.pos().equals("VBN") && !hasHead) {
      return PAST;
    }
    if (hasHead && (t.pos().equals("VBG") || t.pos().equals("VBN") || !t.isVerb())) {
      return of(g, head.governor(), seen);
    }
    return PAST;
  }

  /** Whether the clause speaks of the present: a simple present or a present perfect ("says", "has adopted"). */
  static boolean presentOrPerfect(SentenceGraph g, int i) {
    Token t = g.token(i);
    if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
      return true;
    }
    for (Dependency d : g.children(i)) {
      String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.base().equals("aux") && (w.equals("has") || w.equals("have") || w.equals("is") || w.equals("are"))) {
        return true;
      }
    }
    return false;
  }
}
