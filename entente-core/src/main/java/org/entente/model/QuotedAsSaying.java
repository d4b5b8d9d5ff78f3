package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "King Abdullah was quoted as saying he would be ready to host talks": the parser often hangs "saying"
 * on the quoted clause as a {@code discourse} word or even as a second subject, and the clause on
 * "quoted" as an adverbial, so the clause is not reported speech ("would" reads as a condition) and
 * "saying" can become the actor. The shape meant is the one of "said he would": the clause is the
 * complement of "saying", and "saying" an adverbial "as" clause of "quoted".
 */
final class QuotedAsSaying {

  private QuotedAsSaying() {}

  private static final Set<String> QUOTING = Set.of("quote", "cite");
  private static final Set<String> SAYING_AS = Set.of("discourse", "nsubj", "csubj", "dep");

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency hang : deps) {
      int saying = hang.dependent();
      int clause = hang.governor();
      if (!SAYING_AS.contains(hang.relation()) || clause <= saying || saying < 1
          || !sentence.token(saying).key().equals("say") || !sentence.token(saying).pos().equals("VBG")
          || !sentence.token(saying - 1).word().equalsIgnoreCase("as")) {
        continue;
      }
      Dependency up = head(deps, clause);
      if (up == null || up.governor() < 0 || up.governor() > saying
          || !QUOTING.contains(sentence.token(up.governor()).key())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      int as = saying - 1;
      // "saying" also inherits the subject role the parser gave it ("nsubj:xsubj" of "to host"): drop every
      // relation it holds, then hang it where it belongs.
      out.removeIf(d -> d.dependent() == saying);
      out.remove(up);
      out.removeIf(d -> d.dependent() == as && d.governor() == clause);
      out.add(new Dependency("advcl:as", up.governor(), saying));
      out.add(new Dependency("mark", saying, as));
      out.add(new Dependency("ccomp", saying, clause));
    }
    return out == null ? deps : out;
  }

  private static Dependency head(List<Dependency> deps, int node) {
    return deps.stream().filter(d -> d.dependent() == node).findFirst().orElse(null);
  }
}
