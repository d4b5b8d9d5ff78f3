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

  /** Verbs of answering or giving way to someone's act: "respond to", "bow to", "comply with", "heed". */
  private static final Set<String> RESPONDING = Set.of(
      "respond", "reply", "react", "answer", "heed", "accede", "bow", "yield", "comply", "succumb");
  /** Relations by which such a verb names the act it answers. */
  private static final Set<String> RESPONDED = Set.of("obl:to", "obl:with", "obj");
  /** Relations by which an act names its author: "a demand from Washington", "the rebels' call". */
  private static final Set<String> AUTHORS = Set.of("nmod:poss", "nmod:from", "nmod:by", "nmod:of", "amod", "compound");

  /**
   * The authors of the act a verb (or an infinitive it governs) answers: "refused to respond to a demand
   * <b>from the US President</b>", "would not bow to <b>Western</b> pressure". {@code isActor} tells actor
   * phrases and role words.
   */
  static List<Integer> ownersOfRespondedAct(SentenceGraph g, int trigger, IntPredicate isActor) {
    List<Integer> out = new ArrayList<>();
    for (int verb : g.descendants(trigger, d -> d.base().equals("xcomp"))) {
      if (!RESPONDING.contains(g.token(verb).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency d : g.children(verb)) {
        if (!RESPONDED.contains(d.relation()) || !g.token(d.dependent()).isNoun()) {
          continue;
        }
        for (Dependency owner : g.children(d.dependent())) {
          if (AUTHORS.contains(owner.relation()) && isActor.test(owner.dependent()) && !out.contains(owner.dependent())) {
            out.add(owner.dependent());
          }
        }
      }
    }
    return out;
  }

  /** Whether a word is the noun of a complex preposition of answering ("in <b>response</b> to"). */
  static boolean answerNoun(SentenceGraph g, int w) {
    return ANSWERS.contains(g.token(w).lemma().toLowerCase(Locale.ROOT));
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
