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
    return d.relation().startsWith("xcomp")
        || d.relation().equals("obl:to") && g.token(d.dependent()).pos().equals("VB");
  }

  /** Whether a verb governs an infinitive complement that is a verb ("agreed to resume talks"). */
  static boolean governsInfinitive(SentenceGraph g, int verb) {
    return g.children(verb).stream().anyMatch(d -> infinitive(g, d) && g.token(d.dependent()).isVerb());
  }
}
