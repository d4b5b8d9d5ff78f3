package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Mitsotakis called Erdogan to offer help", "Seoul summoned a Japanese diplomat to protest the claim": after
 * a verb of contact with an object, the parser reads the
 * infinitive as controlled by the object ({@code xcomp} with the object as {@code nsubj:xsubj}), as after
 * "urged X to", so the one called would be offering help. A call, visit or meeting is not a request: the
 * infinitive is the caller's purpose, {@code advcl:to} of the verb, as the parser writes it when a time
 * phrase comes between ("phoned Erdogan on Friday to offer help").
 */
final class ContactPurpose {

  private ContactPurpose() {}

  /** Verbs of contact whose object does not do what the infinitive says. */
  private static final Set<String> CONTACT = Set.of("call", "phone", "telephone", "ring", "visit", "meet", "host", "summon");

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency x : deps) {
      int verb = x.governor();
      int infinitive = x.dependent();
      if (!x.relation().equals("xcomp") || verb < 0 || !CONTACT.contains(sentence.token(verb).key())
          || !sentence.token(infinitive).pos().equals("VB")) {
        continue;
      }
      Dependency controlled = null;
      boolean to = false;
      for (Dependency d : deps) {
        if (d.governor() == infinitive && d.relation().equals("nsubj:xsubj")) {
          controlled = d;
        }
        to |= d.governor() == infinitive && d.relation().equals("mark") && sentence.token(d.dependent()).key().equals("to");
      }
      int subject = controlled == null ? -1 : controlled.dependent();
      boolean byObject = deps.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() == subject);
      if (!to || !byObject) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(x);
      out.remove(controlled);
      out.add(new Dependency("advcl:to", verb, infinitive));
    }
    return out == null ? deps : out;
  }
}
