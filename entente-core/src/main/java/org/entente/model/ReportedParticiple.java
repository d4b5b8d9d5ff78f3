package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "Japan said a North Korean missile <b>launched</b> on Saturday <b>landed</b> inside its zone", "Seoul said
 * shells fired by the North fell near the island": in the clause said, the parser takes the reduced relative
 * right after the subject ("launched") for the clause's verb, and hangs the real verb ("landed") on the
 * reporting verb as an unlabelled {@code dep}. A reporting verb whose complement has a subject and no object,
 * with a finite verb without a subject of its own hung on it as {@code dep} after that complement, said the
 * second verb: the subject is that verb's, and the first verb is a participle on the subject.
 */
final class ReportedParticiple {

  private ReportedParticiple() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency said : deps) {
      int report = said.governor();
      int first = said.dependent();
      if (!said.relation().equals("ccomp") || report < 0 || !Speech.reports(sentence.token(report).key())
          || !(sentence.token(first).pos().equals("VBD") || sentence.token(first).pos().equals("VBN"))
          || Misparses.hasChild(deps, first, "obj") || Misparses.hasChild(deps, first, "ccomp")
          || deps.stream().anyMatch(d -> d.governor() == first && (d.base().equals("aux") || d.base().equals("cop")
              || d.base().equals("mark")))) {
        continue;
      }
      Dependency subj = null;
      for (Dependency d : deps) {
        if (d.governor() == first && d.relation().equals("nsubj") && d.dependent() < first) {
          subj = d;
        }
      }
      Dependency loose = null;
      for (Dependency d : deps) {
        int v = d.dependent();
        if (d.governor() == report && d.relation().equals("dep") && v > first && finite(sentence.token(v).pos())
            && deps.stream().noneMatch(x -> x.governor() == v && x.relation().startsWith("nsubj"))) {
          loose = d;
          break;
        }
      }
      if (subj == null || loose == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(said);
      out.remove(subj);
      out.remove(loose);
      out.add(new Dependency("ccomp", report, loose.dependent()));
      out.add(new Dependency("nsubj", loose.dependent(), subj.dependent()));
      out.add(new Dependency("acl", subj.dependent(), first));
    }
    return out == null ? deps : out;
  }

  private static boolean finite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }
}
