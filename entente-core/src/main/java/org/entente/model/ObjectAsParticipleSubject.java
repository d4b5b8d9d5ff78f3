package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "Hundreds of farmers blocked roads in the capital demanding higher prices": the parser often makes the
 * object of a verb the subject of a participle that follows it ({@code nsubj(demanding, roads)}) and hangs
 * the participle on the verb as an unlabelled {@code dep}, so the verb has no object and the demand is
 * made by the roads. A noun phrase right after a verb that has a subject and no object, taken as the
 * subject of a participle hung on that verb, is the verb's object; the participle shares the verb's subject.
 * A past participle so hung ("will return weapons seized last year from peacekeepers") is a reduced
 * relative on that noun.
 */
final class ObjectAsParticipleSubject {

  private ObjectAsParticipleSubject() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency hang : deps) {
      int verb = hang.governor();
      int participle = hang.dependent();
      String form = sentence.token(participle).pos();
      if (!hang.relation().equals("dep") || verb < 0 || participle < verb
          || !(form.equals("VBG") || form.equals("VBN")) || !sentence.token(verb).pos().startsWith("VB")
          || Misparses.hasChild(deps, verb, "obj") || !Misparses.hasChild(deps, verb, "nsubj")) {
        continue;
      }
      for (Dependency subj : deps) {
        int noun = subj.dependent();
        if (subj.governor() != participle || !subj.relation().equals("nsubj") || noun < verb || noun > participle
            || !sentence.token(noun).pos().startsWith("NN") || !phraseRightAfter(deps, verb, noun)) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(deps);
        }
        out.remove(subj);
        out.add(new Dependency("obj", verb, noun));
        if (form.equals("VBN")) {
          // "will return weapons seized last year from peacekeepers": a past participle is a reduced
          // relative on the noun, which it acts on, not its subject
          out.remove(hang);
          out.add(new Dependency("acl", noun, participle));
        }
        break;
      }
    }
    return out == null ? deps : out;
  }

  /** Whether every word between the verb and the noun belongs to the noun's phrase ("roads", "the main roads"). */
  private static boolean phraseRightAfter(List<Dependency> deps, int verb, int noun) {
    for (int t = verb + 1; t < noun; t++) {
      int word = t;
      if (deps.stream().noneMatch(d -> d.dependent() == word && d.governor() > verb && d.governor() <= noun)) {
        return false;
      }
    }
    return true;
  }
}
