package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "..., killing three people and damaging power lines, regional governor Oleh Kiper said": after a long
 * participle clause the parser often takes the speaker of the inserted reporting clause for an appositive
 * (or a further conjunct) of the last victims named, and leaves "said" without a subject. The victims then
 * read as "three people, governor Kiper", and the report has no source. A noun phrase set off by a comma
 * right before a subjectless verb of saying is that verb's subject: {@code nsubj(said, Kiper)}.
 *
 * <p>"Taiwan's coast guard expelled two Chinese vessels …, the island's Ocean Affairs Council said": when the
 * sentence opens with the reported clause, the parser may instead read its verb as a participle on the
 * clause's subject ("the coast guard expelled vessels", like "soldiers captured by …") and make that subject
 * the speaker. A participle that takes an object and has no auxiliary or "by" agent is no reduced relative:
 * its head is the reported clause's subject and the trailing phrase is the speaker.
 */
final class TrailingSpeaker {

  /** Verbs of a trailing report ("..., an official said"): shared with {@link SpeakerAsRelativeClause}. */
  static final Set<String> SAYING = Set.of("say", "tell", "add", "report", "confirm", "claim", "state", "write");

  private TrailingSpeaker() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (int v = 2; v < sentence.tokens().size(); v++) {
      Token verb = sentence.token(v);
      int speaker = v - 1;
      if (!SAYING.contains(verb.lemma()) || !(verb.pos().equals("VBD") || verb.pos().equals("VBZ"))
          || !sentence.token(speaker).pos().startsWith("NN")) {
        continue;
      }
      Dependency openingSubject = null;
      Dependency participle = null;
      if (hasSubject(deps, v)) {
        int said = v;
        openingSubject = deps.stream().filter(d -> d.governor() == said && d.relation().equals("nsubj")).findFirst().orElse(null);
        participle = openingSubject == null ? null : activeParticiple(sentence, deps, openingSubject.dependent(), speaker);
        if (participle == null) {
          continue;
        }
      }
      Dependency attached = null;
      for (Dependency d : deps) {
        if (d.dependent() == speaker && (d.relation().equals("appos") || d.relation().startsWith("conj"))) {
          attached = d;
        }
      }
      int start = Misparses.phraseStart(deps, speaker);
      if (attached == null || start < 1 || !sentence.token(start - 1).word().equals(",")) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(attached);
      out.add(new Dependency("nsubj", v, speaker));
      if (participle != null) {
        out.remove(openingSubject);
        out.remove(participle);
        out.add(new Dependency("ccomp", v, participle.dependent()));
        out.add(new Dependency("nsubj", participle.dependent(), openingSubject.dependent()));
      }
    }
    return participleOfReport(sentence, out == null ? deps : out);
  }

  /**
   * "The militia shelled a camp on Saturday, killing 40 civilians, local activists said": the parser may
   * hang the participle on the trailing "said" (as {@code advcl}) instead of on the reported verb the
   * "said" clause is a {@code parataxis} of, and the speakers then read as the killers. A participle set off
   * by a comma between the reported verb and the speaker belongs to the reported verb.
   */
  private static List<Dependency> participleOfReport(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency side : deps) {
      int said = side.dependent();
      int reported = side.governor();
      if (!side.relation().equals("parataxis") || reported < 1 || reported > said
          || !SAYING.contains(sentence.token(said).lemma()) || !hasSubject(deps, said)) {
        continue;
      }
      int speaker = deps.stream().filter(d -> d.governor() == said && d.relation().equals("nsubj"))
          .mapToInt(Dependency::dependent).findFirst().orElse(-1);
      int speakerStart = speaker < 1 ? -1 : Misparses.phraseStart(deps, speaker);
      for (Dependency d : deps) {
        int p = d.dependent();
        if (d.governor() == said && d.relation().equals("advcl") && sentence.token(p).pos().equals("VBG")
            && p > reported && p < speakerStart && sentence.token(p - 1).word().equals(",")
            && !hasSubject(deps, p)) {
          if (out == null) {
            out = new ArrayList<>(deps);
          }
          out.remove(d);
          out.add(new Dependency("advcl", reported, p));
        }
      }
    }
    return out == null ? deps : out;
  }

  /** The {@code acl} participle on {@code subject}, before the speaker, that reads as the clause's own verb. */
  private static Dependency activeParticiple(AnnotatedSentence sentence, List<Dependency> deps, int subject, int speaker) {
    for (Dependency d : deps) {
      int verb = d.dependent();
      if (d.governor() != subject || !d.relation().equals("acl") || verb != subject + 1 || verb >= speaker
          || !(sentence.token(verb).pos().equals("VBN") || sentence.token(verb).pos().equals("VBD"))
          || !Misparses.hasChild(deps, verb, "obj")) {
        continue;
      }
      boolean passive = deps.stream().anyMatch(x -> x.governor() == verb && (x.base().equals("aux")
          || x.relation().equals("obl:by") || x.relation().equals("obl:agent")));
      if (!passive) {
        return d;
      }
    }
    return null;
  }

  private static boolean hasSubject(List<Dependency> deps, int verb) {
    return deps.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
  }
}
