package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "Arnor is about to restore ties with Gondor, five years after crowds burned its embassy, a senior official
 * said on Saturday": after a long inserted phrase the parser may read the trailing report as a relative clause
 * on a noun of the reported clause ("ties [that] a senior official said") and hand it that clause's
 * modifiers ("with Gondor"), so the restoring loses its partner. A relative clause has no comma between its
 * noun and its subject; a verb of saying whose subject follows a comma, with no relative word before it, is
 * the trailing report: a {@code parataxis} of the reported verb, which takes back what the report took.
 */
final class SpeakerAsRelativeClause {


  private SpeakerAsRelativeClause() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    for (Dependency relative : deps) {
      int noun = relative.governor();
      int said = relative.dependent();
      if (!relative.relation().equals("acl:relcl") || said < noun
          || !TrailingSpeaker.SAYING.contains(sentence.token(said).lemma()) || !Misparses.FINITE.contains(sentence.token(said).pos())) {
        continue;
      }
      int comma = commaBeforeSubject(sentence, deps, said);
      if (comma <= noun || relativeWordBetween(sentence, noun, said)) {
        continue;
      }
      int reported = clauseVerb(sentence, deps, noun);
      if (reported < 0) {
        continue;
      }
      List<Dependency> out = new ArrayList<>(deps.size());
      for (Dependency x : deps) {
        if (x == relative) {
          continue;
        }
        boolean taken = x.governor() == said && x.dependent() > noun && x.dependent() < comma
            && !x.relation().equals("punct");
        out.add(taken ? new Dependency(x.relation(), reported, x.dependent()) : x);
      }
      out.add(new Dependency("parataxis", reported, said));
      return out;
    }
    return deps;
  }

  /** The comma right before the phrase of the verb's subject, or -1. */
  private static int commaBeforeSubject(AnnotatedSentence sentence, List<Dependency> deps, int verb) {
    for (Dependency d : deps) {
      if (d.governor() == verb && d.relation().equals("nsubj") && d.dependent() < verb) {
        int start = Misparses.phraseStart(deps, d.dependent());
        return start >= 1 && sentence.token(start - 1).word().equals(",") ? start - 1 : -1;
      }
    }
    return -1;
  }

  private static boolean relativeWordBetween(AnnotatedSentence sentence, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (sentence.token(i).pos().startsWith("W")) {
        return true;
      }
    }
    return false;
  }

  /** The verb whose clause holds the noun: up the governors to the first verb, or the root's head word. */
  private static int clauseVerb(AnnotatedSentence sentence, List<Dependency> deps, int noun) {
    int at = noun;
    for (int guard = 0; guard < sentence.tokens().size(); guard++) {
      int here = at;
      Dependency up = deps.stream().filter(d -> d.dependent() == here && !d.relation().equals("punct")).findFirst()
          .orElse(null);
      if (up == null || up.governor() < 0) {
        return here == noun ? -1 : here;
      }
      at = up.governor();
      if (sentence.token(at).pos().startsWith("VB")) {
        return at;
      }
    }
    return -1;
  }
}
