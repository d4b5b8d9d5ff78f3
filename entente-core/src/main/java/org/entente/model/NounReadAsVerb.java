package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "A Ukrainian drone hit an oil depot": after a name with an article the tagger may read the noun as a bare
 * verb ("drone/VB") and the real verb as its participle complement ({@code nsubj(drone, Ukrainian)},
 * {@code xcomp(drone, hit)}), so the strike's subject is the adjective alone and the clause sits under a
 * verb that is none. A bare verb right after a name that has its own article, with a participle or past
 * tense right after it as its complement, is the noun heading the subject of that verb.
 */
final class NounReadAsVerb {

  private NounReadAsVerb() {}

  static AnnotatedSentence repair(AnnotatedSentence sentence) {
    List<Dependency> deps = sentence.dependencies();
    List<Token> tokens = sentence.tokens();
    List<Dependency> out = null;
    List<Token> retagged = null;
    for (Dependency subject : deps) {
      int noun = subject.governor();
      int name = subject.dependent();
      if (!subject.relation().equals("nsubj") || noun < 1 || name != noun - 1 || noun + 1 >= tokens.size()
          || !tokens.get(noun).pos().equals("VB")
          || !(tokens.get(name).pos().startsWith("NNP") || tokens.get(name).pos().equals("JJ"))
          || !Misparses.hasChild(deps, name, "det")) {
        continue;
      }
      int verb = noun + 1;
      String tag = tokens.get(verb).pos();
      boolean complement = deps.stream()
          .anyMatch(d -> d.governor() == noun && d.dependent() == verb && d.relation().startsWith("xcomp"));
      if (!complement || !(tag.equals("VBN") || tag.equals("VBD"))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
        retagged = new ArrayList<>(tokens);
      }
      Token t = tokens.get(noun);
      retagged.set(noun, new Token(t.index(), t.word(), t.lemma(), "NN", t.ner(), t.timex(), t.begin(), t.end()));
      List<Dependency> moved = new ArrayList<>();
      for (java.util.Iterator<Dependency> it = out.iterator(); it.hasNext(); ) {
        Dependency d = it.next();
        if (d.dependent() == noun) {
          it.remove(); // what governed the false verb ("ccomp(said, drone)", root) now governs the real one
          moved.add(new Dependency(d.relation(), d.governor(), verb));
        } else if (d.governor() == noun && (d.dependent() == verb || d.dependent() == name)) {
          it.remove();
        } else if (d.governor() == name && d.relation().equals("det")) {
          it.remove();
          moved.add(new Dependency("det", noun, d.dependent()));
        } else if (d.governor() == noun && d.relation().startsWith("nsubj:xsubj")) {
          it.remove();
        }
      }
      for (java.util.Iterator<Dependency> it = out.iterator(); it.hasNext(); ) {
        Dependency d = it.next();
        if (d.governor() == verb && d.dependent() == name) {
          it.remove(); // "nsubj:xsubj(hit, Ukrainian)"
        }
      }
      out.addAll(moved);
      out.add(new Dependency("nsubj", verb, noun));
      out.add(new Dependency(tokens.get(name).pos().equals("JJ") ? "amod" : "compound", noun, name));
    }
    return out == null ? sentence
        : new AnnotatedSentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), retagged, out,
            sentence.parsed());
  }
}
