package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "South Africa filed a case at the International Court of Justice accusing Israel of genocide": the
 * parser hangs the participle on the nearest noun, the court, which then accuses. A participle ("-ing")
 * modifying the noun of a place or body phrase of a verb whose object is a document (a case, a complaint,
 * a resolution) says what the document does: it modifies the document, so the filer speaks through it.
 */
final class DocumentParticiple {

  private DocumentParticiple() {}

  private static final Set<String> DOCUMENTS = Set.of("case", "complaint", "lawsuit", "suit", "petition", "application",
      "resolution", "motion", "letter", "statement", "request", "submission", "report");

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    for (Dependency acl : deps) {
      int noun = acl.governor();
      int participle = acl.dependent();
      if (!acl.relation().equals("acl") || noun < 0 || !sentence.token(participle).pos().equals("VBG")) {
        continue;
      }
      Dependency place = deps.stream().filter(d -> d.dependent() == noun && d.base().equals("obl")).findFirst().orElse(null);
      if (place == null) {
        continue;
      }
      int verb = place.governor();
      Dependency document = deps.stream().filter(d -> d.governor() == verb && d.relation().equals("obj")
          && d.dependent() < noun && DOCUMENTS.contains(sentence.token(d.dependent()).key()))
          .findFirst().orElse(null);
      if (document == null) {
        continue;
      }
      List<Dependency> out = new ArrayList<>(deps);
      out.remove(acl);
      out.add(new Dependency("acl", document.dependent(), participle));
      return out;
    }
    return deps;
  }
}
