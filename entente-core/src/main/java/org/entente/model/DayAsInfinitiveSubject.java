package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "Washington threatened on Thursday to impose further measures": with the day between the verb and its
 * infinitive, the parser may make "on" a marker and the day the subject of the infinitive, hung on the
 * verb as an adverbial clause. The threat then has no content and the measures read as imposed. A day
 * or date is nobody's subject: the shape meant is the one without the day, {@code xcomp(threatened,
 * impose)}, the day an "on" phrase of the verb, and the verb's subject the infinitive's.
 */
final class DayAsInfinitiveSubject {

  private DayAsInfinitiveSubject() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    for (Dependency clause : deps) {
      int verb = clause.governor();
      int infinitive = clause.dependent();
      if (!clause.relation().equals("advcl:to") || verb < 0 || !sentence.token(infinitive).pos().equals("VB")) {
        continue;
      }
      Dependency day = null;
      Dependency on = null;
      for (Dependency d : deps) {
        if (d.governor() == infinitive && d.relation().equals("nsubj") && d.dependent() > verb
            && temporal(sentence.token(d.dependent()))) {
          day = d;
        }
        if (d.governor() == infinitive && d.relation().equals("mark") && d.dependent() > verb
            && sentence.token(d.dependent()).key().equals("on")) {
          on = d;
        }
      }
      if (day == null || on == null || on.dependent() > day.dependent()) {
        continue;
      }
      List<Dependency> out = new ArrayList<>();
      for (Dependency d : deps) {
        if (d != clause && d != day && d != on) {
          out.add(d);
        }
      }
      out.add(new Dependency("xcomp", verb, infinitive));
      out.add(new Dependency("obl:on", verb, day.dependent()));
      out.add(new Dependency("case", day.dependent(), on.dependent()));
      for (Dependency d : deps) {
        if (d.governor() == verb && d.relation().equals("nsubj")) {
          out.add(new Dependency("nsubj:xsubj", infinitive, d.dependent()));
        }
      }
      return out;
    }
    return deps;
  }

  private static boolean temporal(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME");
  }
}
