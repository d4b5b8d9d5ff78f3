package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "two Chinese vessels that entered restricted waters", "ships which crossed disputed waters": after a
 * relative pronoun the parser may take the participle adjective of the object ("restricted") for the
 * clause's verb and make the real verb ("entered") its subject, so the vessels "restrict" somebody and
 * nobody enters anything. A finite verb can be no subject: when the subject of a participle is a finite verb
 * right after a relative pronoun and right before the participle, that verb heads the relative clause, the
 * noun it modifies is its subject, and the participle is an adjective of the noun that follows.
 */
final class RelativeVerbAsSubject {

  private RelativeVerbAsSubject() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency subj : deps) {
      int participle = subj.governor();
      int verb = subj.dependent();
      if (!subj.relation().equals("nsubj") || participle != verb + 1 || verb < 1
          || !finite(sentence.token(verb).pos()) || !sentence.token(participle).pos().equals("VBN")
          || !sentence.token(verb - 1).pos().startsWith("W")) {
        continue;
      }
      int object = -1;
      for (Dependency d : deps) {
        if (d.governor() == participle && d.relation().equals("obj") && d.dependent() > participle) {
          object = d.dependent();
        }
      }
      if (object < 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      List<Dependency> mended = new ArrayList<>();
      for (Dependency d : out) {
        if (d == subj) {
          continue;
        }
        if (d.governor() == participle) {
          if (d.relation().equals("obj") && d.dependent() < participle) {
            mended.add(new Dependency("nsubj", verb, d.dependent()));
          } else {
            mended.add(new Dependency(d.relation(), verb, d.dependent()));
          }
        } else if (d.dependent() == participle) {
          mended.add(new Dependency(d.relation(), d.governor(), verb));
        } else {
          mended.add(d);
        }
      }
      mended.add(new Dependency("amod", object, participle));
      out = mended;
    }
    return out == null ? deps : out;
  }

  private static boolean finite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }
}
