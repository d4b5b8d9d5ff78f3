package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Islamabad denied any involvement in the attack and warned that any attempt to stop the flow of water would be
 * considered an act of war": with an infinitive inside the subject of a that-clause, the parser may end the
 * clause at the infinitive ("warned that any attempt to stop the flow" read as a clause of its own, "attempt" its
 * subject) and make the speech verb, with the verbs joined to it, clausal subjects of the modal verb that follows.
 * A speech verb made so the clausal subject of a later verb with a modal auxiliary and no subject of its own,
 * whose that-clause is an infinitive with a noun subject, said the modal verb: the infinitive's subject is the
 * modal verb's, the infinitive modifies it, and the first of the speech verbs heads the sentence.
 */
final class ContentCutAtModal {

  private ContentCutAtModal() {}

  private static final Set<String> SPEECH = Set.of(
      "warn", "say", "threaten", "vow", "insist", "declare", "announce", "caution", "stress", "add");
  private static final Set<String> AUXILIARIES = Set.of(
      "would", "will", "could", "can", "may", "might", "shall", "should", "must", "wo", "'ll", "'d");

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    for (Dependency cs : deps) {
      int verb = cs.governor();
      int speech = cs.dependent();
      if (!cs.relation().startsWith("csubj") || speech < 0 || verb <= speech
          || !SPEECH.contains(sentence.token(speech).key())
          || deps.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"))
          || deps.stream().noneMatch(d -> d.governor() == verb && d.relation().equals("aux")
              && AUXILIARIES.contains(sentence.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)))) {
        continue;
      }
      Dependency content = deps.stream().filter(d -> d.governor() == speech && d.relation().equals("ccomp")
          && d.dependent() > speech && d.dependent() < verb).findFirst().orElse(null);
      if (content == null) {
        continue;
      }
      int inf = content.dependent();
      Dependency that = mark(sentence, deps, inf, "that");
      Dependency to = mark(sentence, deps, inf, "to");
      Dependency subject = deps.stream().filter(d -> d.governor() == inf && d.relation().equals("nsubj")
          && d.dependent() < inf && sentence.token(d.dependent()).pos().startsWith("NN")).findFirst().orElse(null);
      if (that == null || to == null || subject == null || that.dependent() > subject.dependent()) {
        continue;
      }
      boolean passive = Misparses.hasChild(deps, verb, "aux:pass");
      int first = deps.stream().filter(d -> d.governor() == verb && d.relation().startsWith("csubj"))
          .mapToInt(Dependency::dependent).min().orElse(speech);
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : deps) {
        if (d.governor() == verb && d.relation().startsWith("csubj") || d == content || d == that || d == subject) {
          continue;
        }
        out.add(d.dependent() == verb ? new Dependency(d.relation(), d.governor(), first) : d);
      }
      out.add(new Dependency("ccomp", speech, verb));
      out.add(new Dependency("mark", verb, that.dependent()));
      out.add(new Dependency(passive ? "nsubj:pass" : "nsubj", verb, subject.dependent()));
      out.add(new Dependency("acl", subject.dependent(), inf));
      return out;
    }
    return deps;
  }

  private static Dependency mark(AnnotatedSentence sentence, List<Dependency> deps, int verb, String word) {
    return deps.stream().filter(d -> d.governor() == verb && d.relation().equals("mark")
        && sentence.token(d.dependent()).word().equalsIgnoreCase(word)).findFirst().orElse(null);
  }
}
