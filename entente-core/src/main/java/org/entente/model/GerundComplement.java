package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "South Korea is considering sending weapons to Ukraine, an official said": with a reporting clause after
 * it, the parser often hangs the gerund on "said" ({@code advcl(said, sending)}), so the sending loses the
 * verb that makes it a mere option and gains the official as its subject. A gerund right after a verb of
 * weighing that has no complement of its own is that verb's complement, with its subject:
 * {@code xcomp(considering, sending)}, as the parser writes it without the trailing "an official said".
 * (Without it the parser sometimes makes the gerund an adjective clause of the verb, {@code acl}, and the
 * verb the gerund's subject.)
 */
final class GerundComplement {

  /** Verbs that take a gerund for an act weighed, not done. */
  private static final Set<String> WEIGHING = Set.of(
      "consider", "weigh", "mull", "contemplate", "explore", "discuss", "debate", "study", "propose", "suggest",
      "recommend");

  private GerundComplement() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (int v = 0; v + 1 < sentence.tokens().size(); v++) {
      int gerund = v + 1;
      if (!WEIGHING.contains(sentence.token(v).key()) || !sentence.token(v).pos().startsWith("VB")
          || !sentence.token(gerund).pos().equals("VBG") || Misparses.hasChild(deps, v, "xcomp") || Misparses.hasChild(deps, v, "obj")) {
        continue;
      }
      Dependency head = null;
      for (Dependency d : deps) {
        if (d.dependent() == gerund && !(d.governor() == v && d.relation().equals("xcomp"))) {
          head = d;
        }
      }
      if (head == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(head);
      out.add(new Dependency("xcomp", v, gerund));
      for (Dependency d : deps) {
        if (d.governor() == v && d.relation().startsWith("nsubj")) {
          out.add(new Dependency("nsubj:xsubj", gerund, d.dependent()));
        }
      }
    }
    return out == null ? deps : out;
  }
}
