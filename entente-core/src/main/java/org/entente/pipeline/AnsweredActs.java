package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;

/**
 * "put forces on standby in response to Russia's build-up", "shelled the towns in retaliation for Iraq's
 * raid": an act done in answer to someone's act is aimed at that someone. Package-private helper of
 * {@link EventExtractor}.
 */
final class AnsweredActs {

  /** The nouns of English's complex prepositions of answering: "in response to", "in retaliation for", ... */
  private static final Set<String> ANSWERS = Set.of("response", "retaliation", "reprisal", "reply", "answer", "protest");

  private AnsweredActs() {}

  /**
   * The actor phrases that own the act answered by a verb, or by a verb coordinated with it ("put forces
   * on standby and sent ships ... in response to", where CoreNLP hangs the phrase on the last verb): the
   * act's possessor or actor adjective ("Russia's build-up", "the Iraqi raid") or its by-phrase.
   */
  static List<Integer> ownersOfAnsweredAct(SentenceGraph g, int trigger, IntPredicate isActor) {
    List<Integer> out = new ArrayList<>();
    for (int verb : withConjuncts(g, trigger)) {
      for (Dependency d : g.children(verb)) {
        if (!d.relation().equals("obl:in") || !ANSWERS.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (Dependency act : g.children(d.dependent())) {
          if (!act.base().equals("nmod")) {
            continue;
          }
          for (Dependency owner : g.children(act.dependent())) {
            boolean owns = owner.relation().equals("nmod:poss") || owner.relation().equals("nmod:by")
                || owner.relation().equals("amod") || owner.relation().equals("compound");
            if (owns && isActor.test(owner.dependent()) && !out.contains(owner.dependent())) {
              out.add(owner.dependent());
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Integer> withConjuncts(SentenceGraph g, int verb) {
    List<Integer> out = new ArrayList<>(List.of(verb));
    for (Dependency d : g.children(verb)) {
      if (d.base().equals("conj") && g.token(d.dependent()).isVerb()) {
        out.add(d.dependent());
      }
    }
    Dependency up = g.head(verb);
    if (up != null && up.base().equals("conj") && up.governor() >= 0) {
      out.add(up.governor());
    }
    return out;
  }
}
