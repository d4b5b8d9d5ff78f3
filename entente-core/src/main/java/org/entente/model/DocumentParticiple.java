package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "South Africa filed a case at the International Court of Justice accusing Israel of genocide": the
 * parser hangs the participle on the nearest noun, the court, which then accuses. A participle ("-ing")
 * modifying the noun of a place or body phrase of a verb whose object is a document (a case, a complaint,
 * a resolution) says what the document does: it modifies the document, so the filer speaks through it.
 * An "as" phrase the parser then hangs on the verb after the participle's object ("submitted a rebuttal to
 * the WTO describing China's ban as groundless") is the participle's own. Posts count as documents: "published a
 * post on X threatening Israel" is the author's threat, not the platform's.
 */
final class DocumentParticiple {

  private DocumentParticiple() {}

  private static final Set<String> DOCUMENTS = Set.of("case", "complaint", "lawsuit", "suit", "petition", "application",
      "resolution", "motion", "letter", "statement", "request", "submission", "report", "rebuttal", "response", "reply",
      "message", "post", "tweet", "video", "note", "communique", "editorial", "commentary", "memo");

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
      Dependency object = deps.stream().filter(d -> d.governor() == participle && d.relation().equals("obj"))
          .findFirst().orElse(null);
      for (Dependency as : deps) {
        if (object != null && as.governor() == verb && as.dependent() > object.dependent()
            && (as.relation().equals("advcl:as") || as.relation().equals("obl:as"))) {
          out.remove(as);
          out.add(new Dependency(as.relation(), participle, as.dependent()));
        }
      }
      return out;
    }
    return deps;
  }
}
