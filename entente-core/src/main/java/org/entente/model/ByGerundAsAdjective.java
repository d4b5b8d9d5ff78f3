package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "Belgium responded by expelling Rwandan diplomats", "China retaliated by imposing tariffs on U.S.
 * goods": the parser often reads the gerund right after "by" as an adjective of its object
 * ({@code obl:by(responded, diplomats)}, {@code amod(diplomats, expelling)}), so the expulsion has no
 * clause to be coded from. The shape it means is the one it gives elsewhere ("responded by recalling its
 * ambassador"): {@code advcl:by(responded, expelling)}, {@code obj(expelling, diplomats)}. A verb of
 * response tagged as a participle ("retaliated/VBN") with no auxiliary has its subject as an active one.
 */
final class ByGerundAsAdjective {

  private ByGerundAsAdjective() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency phrase : deps) {
      int verb = phrase.governor();
      int noun = phrase.dependent();
      if (!phrase.relation().equals("obl:by") || verb < 0 || !sentence.token(verb).isVerb()) {
        continue;
      }
      Dependency adjective = null;
      Dependency by = null;
      for (Dependency d : deps) {
        if (d.governor() == noun && d.relation().equals("amod") && sentence.token(d.dependent()).pos().equals("VBG")
            && d.dependent() < noun) {
          adjective = d;
        }
        if (d.governor() == noun && d.relation().equals("case") && sentence.token(d.dependent()).word().equalsIgnoreCase("by")) {
          by = d;
        }
      }
      if (adjective == null || by == null || adjective.dependent() != by.dependent() + 1) {
        continue;
      }
      int gerund = adjective.dependent();
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(phrase);
      out.remove(adjective);
      out.remove(by);
      out.add(new Dependency("advcl:by", verb, gerund));
      out.add(new Dependency("mark", gerund, by.dependent()));
      out.add(new Dependency("obj", gerund, noun));
      if (!Misparses.hasChild(deps, verb, "aux:pass")) {
        for (Dependency d : deps) {
          if (d.governor() == verb && d.relation().equals("nsubj:pass")) {
            out.remove(d);
            out.add(new Dependency("nsubj", verb, d.dependent()));
          }
        }
      }
    }
    return out == null ? deps : out;
  }
}
