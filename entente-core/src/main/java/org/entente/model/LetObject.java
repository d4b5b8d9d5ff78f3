package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "agreed to let IAEA inspectors reinstall cameras": the parser often reads "let" as taking a clause
 * ({@code ccomp(let, reinstall)}, {@code nsubj(reinstall, inspectors)}), so "let" has no object and the
 * ones let in are nobody's target. "let" takes an object and a bare infinitive, as the parser writes
 * "allowed inspectors to return": {@code obj(let, inspectors)}, {@code xcomp(let, reinstall)}.
 */
final class LetObject {

  private LetObject() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency clause : deps) {
      int let = clause.governor();
      int verb = clause.dependent();
      if (!clause.relation().equals("ccomp") || let < 0 || !sentence.token(let).key().equals("let")
          || !bare(sentence.token(verb).pos()) || Misparses.hasChild(deps, let, "obj")) {
        continue;
      }
      Dependency subject = null;
      for (Dependency d : deps) {
        if (d.governor() == verb && d.relation().equals("nsubj") && d.dependent() > let && d.dependent() < verb) {
          subject = d;
        }
      }
      if (subject == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(clause);
      out.remove(subject);
      out.add(new Dependency("obj", let, subject.dependent()));
      out.add(new Dependency("xcomp", let, verb));
      out.add(new Dependency("nsubj:xsubj", verb, subject.dependent()));
    }
    return out == null ? deps : out;
  }

  /** A bare infinitive, which the tagger often takes for a present tense ("let inspectors visit/VBP"). */
  private static boolean bare(String pos) {
    return pos.equals("VB") || pos.equals("VBP");
  }
}
