package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Mends dependency shapes the parser is known to get wrong in news, where the wrong shape hides an event.
 *
 * <p>"Beijing responded by banning seafood imports and accused Tokyo ...": after an intransitive verb the
 * parser often makes "by" an adverb and hangs the gerund (and everything joined to it) on "by" as an
 * unlabelled {@code dep}, so the ban has no clause to be coded from. The shape it means is the one it
 * gives elsewhere ("reacted by summoning"): {@code advcl:by(responded, banning)}.
 */
final class Misparses {

  private Misparses() {}

  static List<Dependency> repair(AnnotatedSentence sentence) {
    List<Dependency> deps = sentence.dependencies();
    List<Dependency> out = null;
    for (Dependency adverb : deps) {
      int by = adverb.dependent();
      if (!adverb.base().equals("advmod") || adverb.governor() < 0 || !isBy(sentence, by)) {
        continue;
      }
      Integer gerund = null;
      for (Dependency d : deps) {
        if (d.governor() == by && d.relation().equals("dep") && sentence.token(d.dependent()).pos().equals("VBG")) {
          gerund = d.dependent();
          break;
        }
      }
      if (gerund == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(adverb);
      int g = gerund;
      // Verbs joined to the gerund are already its conjuncts; their extra dep on "by" is the same mistake.
      out.removeIf(d -> d.governor() == by && d.relation().equals("dep"));
      out.add(new Dependency("advcl:by", adverb.governor(), g));
      out.add(new Dependency("mark", g, by));
    }
    return out == null ? deps : List.copyOf(out);
  }

  private static boolean isBy(AnnotatedSentence sentence, int i) {
    Token t = sentence.token(i);
    return t.word().equalsIgnoreCase("by") && t.pos().equals("IN");
  }
}
