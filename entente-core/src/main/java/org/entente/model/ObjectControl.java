package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Beijing warned Tokyo on Friday to stop interfering": with a time phrase between the object and the
 * infinitive, the parser may give the infinitive the main verb's subject ({@code nsubj:xsubj(stop, Beijing)}),
 * so Beijing seems to stop interfering in its own affairs. After a verb of asking, urging, warning or
 * ordering, the one told to act is the object.
 */
final class ObjectControl {

  /** Verbs whose object, not subject, is to do what their infinitive says. */
  private static final Set<String> TELLING = Set.of("warn", "urge", "ask", "tell", "order", "press", "pressure",
      "push", "force", "persuade", "encourage", "invite", "advise", "instruct", "compel", "implore", "request",
      "remind", "call", "caution", "direct", "beg", "exhort", "appeal");

  private ObjectControl() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency x : deps) {
      int verb = x.governor();
      int inf = x.dependent();
      if (!x.relation().equals("xcomp") || verb < 1 || !TELLING.contains(sentence.token(verb).lemma())) {
        continue;
      }
      int object = deps.stream().filter(d -> d.governor() == verb && d.relation().equals("obj") && d.dependent() < inf)
          .mapToInt(Dependency::dependent).findFirst().orElse(-1);
      if (object < 0) {
        continue;
      }
      for (Dependency s : deps) {
        if (s.governor() == inf && s.relation().equals("nsubj:xsubj") && s.dependent() != object
            && deps.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("nsubj") && d.dependent() == s.dependent())) {
          if (out == null) {
            out = new ArrayList<>(deps);
          }
          out.remove(s);
          out.add(new Dependency("nsubj:xsubj", inf, object));
        }
      }
    }
    return out == null ? deps : out;
  }
}
