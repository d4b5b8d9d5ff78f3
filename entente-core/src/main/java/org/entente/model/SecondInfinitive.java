package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "urged China to lift its ban on seafood and to release a detained employee": the parser joins the second
 * infinitive to the verb of asking rather than to the first infinitive, and gives it the asker as subject, so
 * the asker releases the employee. An infinitive with its own "to", joined to a verb that has an object and an
 * infinitive before it, is a second thing asked of that object: {@code xcomp} of the verb, with the object as
 * its subject, as the first is.
 */
final class SecondInfinitive {

  private SecondInfinitive() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency conj : deps) {
      int verb = conj.governor();
      int second = conj.dependent();
      if (!conj.relation().startsWith("conj") || verb < 0 || second < verb
          || !sentence.token(second).pos().equals("VB") || !hasTo(sentence, deps, second)) {
        continue;
      }
      Integer object = null;
      boolean firstInfinitive = false;
      for (Dependency d : deps) {
        if (d.governor() == verb && d.relation().equals("obj") && d.dependent() < second) {
          object = d.dependent();
        }
        if (d.governor() == verb && d.relation().equals("xcomp") && d.dependent() < second
            && hasTo(sentence, deps, d.dependent())) {
          firstInfinitive = true;
        }
      }
      if (object == null || !firstInfinitive) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(conj);
      out.removeIf(d -> d.governor() == second && d.relation().startsWith("nsubj"));
      out.add(new Dependency("xcomp", verb, second));
      out.add(new Dependency("nsubj:xsubj", second, object));
    }
    return out == null ? deps : out;
  }

  private static boolean hasTo(AnnotatedSentence sentence, List<Dependency> deps, int verb) {
    return deps.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("mark")
        && sentence.token(d.dependent()).word().equalsIgnoreCase("to"));
  }
}
