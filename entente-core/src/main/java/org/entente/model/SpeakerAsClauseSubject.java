package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Iran warned it would retaliate if Israel attacked": the parser may read "Iran warned it" as a clausal
 * subject of "would retaliate", with "it" the object of "warned", so the warning has no content and
 * nobody retaliates ("warned it would close the strait" may come out as "warned it" with a bare dep
 * "close"). A speech verb is no subject of a modal clause: when a speech verb with a pronoun object right
 * after it is the clausal subject of a verb with a modal or future auxiliary, or governs that verb as a bare
 * dep, the speech verb heads the sentence, the pronoun is the subject of that verb, and that verb is what
 * was said. "Washington said an armed attack on its ally would invoke the treaty" comes out the same way
 * with a noun for the pronoun ("said a Chinese invasion of Taiwan would devastate ..." in either shape): a
 * noun object of the speech verb before a modal verb that has no subject of its own is that verb's subject.
 */
final class SpeakerAsClauseSubject {

  private SpeakerAsClauseSubject() {}

  private static final Set<String> SPEECH = Set.of(
      "warn", "say", "threaten", "vow", "insist", "declare", "announce", "claim", "pledge", "promise", "signal");
  private static final Set<String> AUXILIARIES = Set.of(
      "would", "will", "could", "can", "may", "might", "shall", "should", "must", "wo", "'ll", "'d");

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    for (Dependency csubj : deps) {
      // the clausal subject shape, or "warned it" with the modal clause hung on as a bare dep
      boolean dep = csubj.relation().equals("dep");
      int verb = dep ? csubj.dependent() : csubj.governor();
      int speech = dep ? csubj.governor() : csubj.dependent();
      if (!(dep || csubj.relation().equals("csubj")) || speech < 1 || verb <= speech
          || !SPEECH.contains(sentence.token(speech).lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      Dependency object = null;
      boolean modal = false;
      for (Dependency d : deps) {
        if (d.governor() == speech && d.relation().equals("obj")
            && (d.dependent() == speech + 1 && sentence.token(d.dependent()).pos().equals("PRP")
                || d.dependent() < verb && sentence.token(d.dependent()).pos().startsWith("NN")
                    && !hasSubject(deps, verb))) {
          object = d;
        }
        if (d.governor() == verb && d.relation().equals("aux")
            && AUXILIARIES.contains(sentence.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
          modal = true;
        }
      }
      if (object == null || !modal) {
        continue;
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : deps) {
        if (d == csubj || d == object) {
          continue;
        }
        mended.add(!dep && d.dependent() == verb ? new Dependency(d.relation(), d.governor(), speech) : d);
      }
      mended.add(new Dependency("nsubj", verb, object.dependent()));
      mended.add(new Dependency("ccomp", speech, verb));
      return mended;
    }
    return deps;
  }

  private static boolean hasSubject(List<Dependency> deps, int verb) {
    return deps.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
  }
}
