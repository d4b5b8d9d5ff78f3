package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "Hundreds of farmers blocked roads in the capital demanding higher prices": the parser often makes the
 * object of a verb the subject of a participle that follows it ({@code nsubj(demanding, roads)}) and hangs
 * the participle on the verb as an unlabelled {@code dep}, so the verb has no object and the demand is
 * made by the roads. A noun phrase right after a verb that has a subject and no object, taken as the
 * subject of a participle hung on that verb, is the verb's object; the participle shares the verb's subject.
 * A past participle so hung ("will return weapons seized last year from peacekeepers") is a reduced
 * relative on that noun; so is one with a "by" agent the parser made passive ("destroyed rocket launchers
 * held by Tigrayan forces"), and a particle the parser hung on the participle is the verb's ("shot down
 * 72 of the missiles launched", also when it makes the participle the verb's {@code ccomp}). The verb may be an
 * infinitive with the subject of the verb above ("threatened to cut ties over leaflets sent by activists").
 */
final class ObjectAsParticipleSubject {

  private ObjectAsParticipleSubject() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency hang : deps) {
      int verb = hang.governor();
      int participle = hang.dependent();
      String form = sentence.token(participle).pos();
      // "shot down 40 of the drones launched": the parser may also make the participle the verb's complement
      // (tagged VBD too after a phrasal verb, "shot down ... launched"; a finite clause "found the minister lied" has no particle)
      boolean complement = hang.relation().equals("ccomp") && verb >= 0 && (form.equals("VBN") || form.equals("VBD")
          && verb + 1 < participle && PARTICLES.contains(sentence.token(verb + 1).word().toLowerCase(java.util.Locale.ROOT)))
          && !Speech.reports(sentence.token(verb).key())
          && deps.stream().filter(d -> d.governor() == participle && d.relation().startsWith("nsubj")).count() == 1
          && deps.stream().noneMatch(d -> d.governor() == participle && (d.base().equals("aux") || d.base().equals("mark")
              || d.base().equals("obj") || d.base().equals("cop") || d.base().equals("ccomp")));
      if (!(hang.relation().equals("dep") || complement) || verb < 0 || participle < verb
          || !(form.equals("VBG") || form.equals("VBN") || complement) || !sentence.token(verb).pos().startsWith("VB")
          || Misparses.hasChild(deps, verb, "obj")
          || !(Misparses.hasChild(deps, verb, "nsubj") || Misparses.hasChild(deps, verb, "nsubj:xsubj"))) {
        continue;
      }
      for (Dependency subj : deps) {
        int noun = subj.dependent();
        boolean passive = subj.relation().equals("nsubj:pass") && form.equals("VBN");
        if (subj.governor() != participle || !(subj.relation().equals("nsubj") || passive) || noun < verb
            || noun > participle || !sentence.token(noun).pos().startsWith("NN") || !phraseRightAfter(sentence, deps, verb, noun)) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(deps);
        }
        if (PARTICLES.contains(sentence.token(verb + 1).word().toLowerCase(java.util.Locale.ROOT))) {
          // "shot down 72 of the missiles launched": the particle hung on the participle is the verb's
          {
            int particle = verb + 1;
            out.removeIf(d -> d.dependent() == particle);
            out.add(new Dependency("compound:prt", verb, particle));
          }
        }
        out.remove(subj);
        out.add(new Dependency("obj", verb, noun));
        if (form.equals("VBN") || complement) {
          // "will return weapons seized last year from peacekeepers": a past participle is a reduced
          // relative on the noun, which it acts on, not its subject
          out.remove(hang);
          // "threatened to cut ties over leaflets sent by activists": the participle right after a noun of the
          // object's phrase modifies that noun
          int last = participle - 1;
          boolean inPhrase = last > noun && sentence.token(last).pos().startsWith("NN")
              && deps.stream().anyMatch(d -> d.dependent() == last && d.governor() == noun && d.base().equals("nmod"));
          out.add(new Dependency("acl", inPhrase ? last : noun, participle));
        }
        break;
      }
    }
    return out == null ? deps : out;
  }

  /** Particles of phrasal verbs of force: "shot down", "fended off". */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("down", "off", "up", "out");

  /**
   * Whether every word between the verb and the noun belongs to the noun's phrase ("roads", "the main
   * roads"), but for a particle of the verb ("shot <b>down</b> the missiles launched").
   */
  private static boolean phraseRightAfter(AnnotatedSentence sentence, List<Dependency> deps, int verb, int noun) {
    for (int t = verb + 1; t < noun; t++) {
      int word = t;
      if (t == verb + 1 && PARTICLES.contains(sentence.token(t).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (deps.stream().noneMatch(d -> d.dependent() == word && d.governor() > verb && d.governor() <= noun)) {
        return false;
      }
    }
    return true;
  }
}
