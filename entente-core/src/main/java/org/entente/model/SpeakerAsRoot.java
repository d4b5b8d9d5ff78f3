package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Algeria, which drafted the text, said the veto sent the wrong message": with a relative clause or an
 * apposition between a subject and its speech verb, the parser may make the subject the root and hang the
 * verb on it as an unlabelled {@code dep}, so the saying has no speaker. A finite speech verb hung so on a
 * noun before it, with no subject of its own, is the sentence's verb and the noun its subject.
 */
final class SpeakerAsRoot {

  private SpeakerAsRoot() {}

  private static final Set<String> SPEECH = Set.of("say", "tell", "announce", "warn", "claim", "insist", "state",
      "add", "note", "argue", "declare", "stress", "accuse", "call", "urge");

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    Dependency root = deps.stream().filter(d -> d.relation().equals("root")).findFirst().orElse(null);
    if (root == null || !sentence.token(root.dependent()).pos().startsWith("NN")) {
      return deps;
    }
    int noun = root.dependent();
    for (Dependency d : deps) {
      int verb = d.dependent();
      if (d.governor() != noun || !d.relation().equals("dep") || verb <= noun
          || !Misparses.FINITE.contains(sentence.token(verb).pos())
          || !SPEECH.contains(sentence.token(verb).key())
          || Misparses.hasChild(deps, verb, "nsubj")) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency x : deps) {
        if (x != root && x != d) {
          out.add(x);
        }
      }
      out.add(new Dependency("root", -1, verb));
      out.add(new Dependency("nsubj", verb, noun));
      return out;
    }
    return deps;
  }
}
