package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "although soldiers captured by Ukrainian forces said ...", "Soldiers captured by Kurdish fighters were
 * shown on television": the parser makes the noun before a past participle its subject ({@code nsubj})
 * though the participle has no auxiliary and a "by" agent, so the captives would be the captors. A past
 * participle with a "by" agent and no auxiliary is passive: its subject is the one acted on
 * ({@code nsubj:pass}).
 */
final class ReducedPassive {

  private ReducedPassive() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency subj : deps) {
      int participle = subj.governor();
      if (!subj.relation().equals("nsubj") || participle < 0 || subj.dependent() > participle
          || !sentence.token(participle).pos().equals("VBN")) {
        continue;
      }
      boolean agent = false;
      boolean auxiliary = false;
      for (Dependency d : deps) {
        if (d.governor() != participle) {
          continue;
        }
        agent |= (d.relation().equals("obl:by") || d.relation().equals("obl:agent")) && sentence.token(d.dependent()).timex() == null;
        auxiliary |= d.base().equals("aux") || d.base().equals("cop");
      }
      if (!agent || auxiliary) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(subj);
      out.add(new Dependency("nsubj:pass", participle, subj.dependent()));
    }
    return out == null ? deps : out;
  }
}
