package org.entente.coding;

import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;

/** Readings of clause relations shared by the coder's helpers, robust to CoreNLP's habits. */
final class Clauses {

  private Clauses() {}

  /**
   * An infinitive complement: {@code xcomp}, or a bare verb under "to" that CoreNLP attached as a
   * prepositional phrase ("agreed yesterday <b>to deploy</b>" parsed {@code obl:to}).
   */
  static boolean infinitive(SentenceGraph g, Dependency d) {
    String pos = g.token(d.dependent()).pos();
    return d.relation().startsWith("xcomp") && !finite(pos) || d.relation().equals("obl:to") && pos.equals("VB");
  }

  /**
   * "agreed to meet every year and <b>issued</b> a statement": a finite verb CoreNLP hangs as xcomp is
   * a conjunct of the governing verb, not its complement.
   */
  static boolean finite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  /** Whether a verb governs an infinitive complement that is a verb ("agreed to resume talks"). */
  static boolean governsInfinitive(SentenceGraph g, int verb) {
    return g.children(verb).stream().anyMatch(d -> infinitive(g, d) && g.token(d.dependent()).isVerb());
  }

  /** Nouns of the means an actor takes to do something: "took steps to ease restrictions". */
  private static final java.util.Set<String> STEPS = java.util.Set.of("step", "steps", "measure", "measures");

  /**
   * "has taken steps to ease restrictions", "took measures to release prisoners": the verb "take" with a
   * step or measure as its object; the infinitive is the act being done, by the one who takes them.
   */
  static boolean takesSteps(SentenceGraph g, int verb) {
    return verb >= 0 && g.token(verb).key().equals("take")
        && g.children(verb, "obj").stream().anyMatch(o -> isStep(g, o));
  }

  /** Whether a noun is a step or measure ("several tentative steps"). */
  static boolean isStep(SentenceGraph g, int noun) {
    return STEPS.contains(g.token(noun).key());
  }

  /** Verbs of saying and warning a participle can report: "..., warning that it would hurt its bid". */
  private static final java.util.Set<String> SAYING_PARTICIPLES = java.util.Set.of("warn", "say", "add", "caution", "insist", "argue", "stress", "note");

  /**
   * "urged Georgia to withdraw the law<b>, warning</b> that it would hurt its bid": CoreNLP may hang a participle
   * of saying set off by a comma on the infinitive asked of the addressee; it comments on the asking, by the
   * one who asks. The verb that asks (the infinitive's governor, which has an object), or -1.
   */
  static int askerOfCommentOnInfinitive(SentenceGraph g, int participle) {
    Dependency head = g.head(participle);
    if (head == null || head.governor() < 0 || !head.relation().equals("dep") || !g.token(participle).pos().equals("VBG")
        || !SAYING_PARTICIPLES.contains(g.token(participle).key())) {
      return -1;
    }
    int inf = head.governor();
    Dependency up = g.head(inf);
    if (!commaBetween(g, inf, participle) || up == null || up.governor() < 0 || !infinitive(g, up) || !g.token(up.governor()).isVerb()
        || !g.hasChild(up.governor(), "obj")) {
      return -1;
    }
    return up.governor();
  }

  /** "refused to comment<b>,</b> telling reporters": a comma sets a participle clause off from its governor. */
  static boolean commaBetween(SentenceGraph g, int a, int b) {
    for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
      if (g.token(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }
}
