package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "Thailand, Cambodia agree to ceasefire", "Iran, Saudi Arabia restore ties": a headline joins two
 * parties with a bare comma. The parser gives the verb both subjects but no {@code conj} between them,
 * so the pair is read as one actor and a stray name and the group acts of the verb ("agree", "sign",
 * "meet") find no second side. The shape it means is the one of "Thailand and Cambodia agree":
 * {@code conj:and(first, second)}.
 */
final class CommaJoinedSubjects {

  private CommaJoinedSubjects() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency first : deps) {
      if (!first.relation().equals("nsubj") || first.governor() < 0) {
        continue;
      }
      int verb = first.governor();
      int a = first.dependent();
      for (Dependency second : deps) {
        int b = second.dependent();
        if (second.governor() != verb || !second.relation().equals("nsubj") || b <= a || b >= verb) {
          continue;
        }
        int comma = Misparses.phraseStart(deps, b) - 1;
        boolean joined = comma == a + 1 && sentence.token(comma).word().equals(",")
            && sentence.token(a).pos().startsWith("NNP") && sentence.token(b).pos().startsWith("NNP");
        if (!joined || deps.stream().anyMatch(d -> d.governor() == a && d.relation().startsWith("conj"))) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(deps);
        }
        out.add(new Dependency("conj:and", a, b));
      }
    }
    for (Dependency appos : deps) {
      // "Iran, Saudi Arabia agree to restore ties": more often the second name is made an apposition of the
      // first, the verb right after it; a place named with its country ("Kyiv, Ukraine") is not followed by
      // the verb in a headline
      int a = appos.governor();
      int b = appos.dependent();
      if (!appos.relation().equals("appos") || a < 0 || b <= a || b + 1 >= sentence.size()) {
        continue;
      }
      int verb = b + 1;
      int comma = Misparses.phraseStart(deps, b) - 1;
      boolean headline = comma == a + 1 && sentence.token(comma).word().equals(",")
          && sentence.token(a).pos().startsWith("NNP") && sentence.token(b).pos().startsWith("NNP")
          && FINITE.contains(sentence.token(verb).pos())
          && deps.stream().anyMatch(d -> d.governor() == verb && d.dependent() == a && d.relation().equals("nsubj"));
      if (!headline) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(appos);
      out.add(new Dependency("conj:and", a, b));
      out.add(new Dependency("nsubj", verb, b));
      for (Dependency d : deps) {
        if (d.dependent() == a && d.relation().equals("nsubj:xsubj")) {
          out.add(new Dependency("nsubj:xsubj", d.governor(), b));
        }
      }
    }
    return out == null ? deps : out;
  }

  /** Tags of a verb that can carry a headline: "agree/VBP", "sign/VB" (tagged as a base form after a name). */
  private static final java.util.Set<String> FINITE = java.util.Set.of("VB", "VBP", "VBZ", "VBD");
}
