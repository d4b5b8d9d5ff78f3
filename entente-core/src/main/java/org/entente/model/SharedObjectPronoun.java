package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "declared martial law on Tuesday but lifted it hours later", "imposed sanctions on Iran and later eased
 * them": when one subject does two coordinated things and the second one's object is a bare "it" ("them"
 * for a plural), that pronoun takes up the first one's object, a thing (not a name, which the actor
 * resolver takes up itself). The second verb's object is that noun, so patterns about the thing match.
 */
final class SharedObjectPronoun {

  private SharedObjectPronoun() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency join : deps) {
      int first = join.governor();
      int second = join.dependent();
      if (!join.relation().startsWith("conj") || join.relation().equals("conj:or") || first < 0 || second <= first
          || !sentence.token(first).isVerb() || !sentence.token(second).isVerb()) {
        continue;
      }
      Dependency pronoun = only(deps, second, "obj");
      Dependency thing = only(deps, first, "obj");
      if (pronoun == null || thing == null || thing.dependent() > second) {
        continue;
      }
      String word = sentence.token(pronoun.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      Token noun = sentence.token(thing.dependent());
      boolean plural = noun.pos().equals("NNS");
      if (!(word.equals("it") && noun.pos().equals("NN") || word.equals("them") && plural)) {
        continue;
      }
      if (!sameSubject(deps, first, second)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(pronoun);
      out.add(new Dependency("obj", second, thing.dependent()));
    }
    return out == null ? deps : out;
  }

  /** The one dependent of {@code governor} by {@code relation}, or null when there is none or several. */
  private static Dependency only(List<Dependency> deps, int governor, String relation) {
    Dependency found = null;
    for (Dependency d : deps) {
      if (d.governor() == governor && d.relation().equals(relation)) {
        if (found != null) {
          return null;
        }
        found = d;
      }
    }
    return found;
  }

  /** Whether the second verb has no subject of its own: none, or the first verb's copied to it. */
  private static boolean sameSubject(List<Dependency> deps, int first, int second) {
    Dependency a = only(deps, first, "nsubj");
    for (Dependency d : deps) {
      if (d.governor() == second && d.base().equals("nsubj")
          && (a == null || d.dependent() != a.dependent())) {
        return false;
      }
    }
    return a != null;
  }
}
