package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Xi told visiting US Secretary of State Antony Blinken that ...", "Modi received visiting Russian Foreign
 * Minister Sergei Lavrov": the parser often reads "visiting" as a verb of its own on the main verb
 * ({@code xcomp(told, visiting)}, {@code obj(visiting, Blinken)}), so the host seems to visit the guest, the
 * main verb loses its object, and what was said or asked hangs on the visit. "visiting" right before the
 * guest's phrase is an adjective of the guest; the guest is the main verb's object, and the rest the parser
 * hung on "visiting" is the main verb's.
 */
final class VisitingGuest {

  private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "advcl", "dep", "ccomp");

  private VisitingGuest() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency link : deps) {
      int main = link.governor();
      int visiting = link.dependent();
      if (!CLAUSE_LINKS.contains(link.base()) || main < 1 || main > visiting
          || !sentence.token(visiting).word().equalsIgnoreCase("visiting") || !sentence.token(main).isVerb()
          || Misparses.hasChild(deps, main, "obj")) {
        continue;
      }
      Dependency guest = null;
      for (Dependency d : deps) {
        if (d.governor() == visiting && d.relation().equals("obj") && Misparses.phraseStart(deps, d.dependent()) == visiting + 1
            && sentence.token(d.dependent()).isNoun()) {
          guest = d;
        }
      }
      if (guest == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      int g = guest.dependent();
      out.remove(link);
      out.remove(guest);
      out.add(new Dependency("obj", main, g));
      out.add(new Dependency("amod", g, visiting));
      for (Dependency d : deps) {
        if (d.governor() == visiting && d != guest) {
          out.remove(d);
          // "urged visiting officials to allow aid": the infinitive after the guest is the main verb's
          // complement, as in "urged officials to allow aid"
          boolean infinitive = d.relation().equals("advcl:to") && sentence.token(d.dependent()).pos().equals("VB");
          out.add(new Dependency(infinitive ? "xcomp" : d.relation(), main, d.dependent()));
          if (infinitive && !Misparses.hasChild(deps, d.dependent(), "nsubj")) {
            out.add(new Dependency("nsubj:xsubj", d.dependent(), g));
          }
        }
      }
    }
    return out == null ? deps : out;
  }
}
