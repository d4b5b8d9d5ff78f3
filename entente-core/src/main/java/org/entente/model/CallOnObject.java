package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "called on Western partners to supply air defence", "called on Israel to allow aid into Gaza": the parser
 * reads the infinitive as an adverbial clause of "call" ({@code advcl:to}), at times with "on" as its marker
 * and the ones called on as its subject, so the act asked for looks like the caller's own, done. "call on X
 * to do" is an appeal, written as the parser writes "urged X to do": {@code compound:prt(call, on)},
 * {@code obj(call, X)}, {@code xcomp(call, do)} with X the infinitive's subject.
 */
final class CallOnObject {

  private CallOnObject() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency clause : deps) {
      int call = clause.governor();
      int verb = clause.dependent();
      if (!clause.base().equals("advcl") || call < 0 || verb < call || !sentence.token(call).key().equals("call")
          || !sentence.token(verb).pos().equals("VB") || !has(deps, verb, "mark", "to", sentence)) {
        continue;
      }
      Dependency particle = child(deps, call, "compound:prt", sentence, "on", "upon");
      Dependency marker = child(deps, verb, "mark", sentence, "on", "upon");
      Dependency subject = child(deps, verb, "nsubj", sentence);
      Dependency object = child(deps, call, "obj", sentence);
      boolean misread = particle == null && marker != null && subject != null && object == null;
      boolean wellRead = particle != null && object != null && subject == null;
      if (!misread && !wellRead) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(clause);
      out.add(new Dependency("xcomp", call, verb));
      if (misread) {
        out.remove(marker);
        out.remove(subject);
        out.add(new Dependency("compound:prt", call, marker.dependent()));
        out.add(new Dependency("obj", call, subject.dependent()));
        out.add(new Dependency("nsubj:xsubj", verb, subject.dependent()));
      } else {
        out.add(new Dependency("nsubj:xsubj", verb, object.dependent()));
      }
    }
    return out == null ? deps : out;
  }

  private static boolean has(List<Dependency> deps, int governor, String relation, String word, AnnotatedSentence s) {
    return child(deps, governor, relation, s, word) != null;
  }

  /** The first dependent of {@code governor} by {@code relation}, whose word is one of {@code words} if any are given. */
  private static Dependency child(List<Dependency> deps, int governor, String relation, AnnotatedSentence s,
      String... words) {
    for (Dependency d : deps) {
      if (d.governor() == governor && d.relation().equals(relation)
          && (words.length == 0 || List.of(words).contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)))) {
        return d;
      }
    }
    return null;
  }
}
