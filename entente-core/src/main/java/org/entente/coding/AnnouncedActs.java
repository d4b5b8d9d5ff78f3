package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;

/**
 * Codes acts that are announced or refused rather than done, with the codes of
 * {@code dictionaries/verbs/stances.tsv}: "will impose sanctions" is a threat (1312), "agreed to release
 * the crew" an intent (0353), "refused to release the crew" and "will not release the crew" a refusal
 * (1243). An act whose stance has no code stays flagged hypothetical (or negated). Package-private
 * helper of {@link EventCoder}; thread-safe.
 */
final class AnnouncedActs {

  /**
   * A code with the modality it is reported under. An act coded with a stance code is realis (the
   * announcement or refusal happened) and keeps {@code intent} set, so that its governor can absorb it.
   */
  record Coded(String code, Modality modality) {}

  private static final Modality STATED = new Modality(false, false, true);

  /** Verbs of decision: a conflictual measure decided or agreed on is taken, not threatened. */
  private static final java.util.Set<String> DECISIONS = java.util.Set.of("decide", "agree", "vote", "resolve");

  private final PatternSet patterns;

  AnnouncedActs(PatternSet patterns) {
    this.patterns = patterns;
  }

  /**
   * The code of an act with pattern {@code p} and base code {@code code}, reported under modality
   * {@code m}: an intent or refusal code when the stance has one, the act's own code otherwise.
   *
   * @param governor the lemma of the verb governing the act ("" if none)
   */
  Coded decide(EventPattern p, String code, Modality m, String governor) {
    if (!m.intent()) {
      return new Coded(code, m);
    }
    if (m.negated()) {
      String refusal = patterns.stanceCode(Stances.Stance.REFUSAL, code);
      return refusal != null && !m.hypothetical() ? new Coded(refusal, STATED) : new Coded(code, m);
    }
    String intent = code.equals(p.code()) ? patterns.intentCode(p) : patterns.stanceCode(Stances.Stance.INTENT, code);
    if (intent != null && !m.hypothetical() && intent.startsWith("13") && DECISIONS.contains(governor)) {
      // "EU leaders agreed to bar Belarusian airlines": deciding on a measure is taking it, not a threat.
      return new Coded(code, STATED);
    }
    if (intent != null && !m.hypothetical()) {
      return new Coded(intent, STATED);
    }
    return new Coded(code, new Modality(m.negated(), true, m.intent()));
  }

  /**
   * "agreed to restart consultations with Seoul", "refused to lift the curfew", "threatened to impose
   * sanctions": the announcement or refusal is the event, so a governed act coded with a stance code is
   * anchored on its governing verb (its words, its date), and merged with that verb's own event if it
   * has one ("agreed" alone would be an accord, CAMEO 019).
   */
  List<EventFrame> mergeIntoGovernors(SentenceGraph g, List<EventFrame> frames, java.util.function.IntPredicate actor) {
    List<EventFrame> out = new ArrayList<>(frames);
    java.util.BitSet absorbed = new java.util.BitSet();
    for (EventFrame governed : frames) {
      int stanceVerb = governed.modality().equals(STATED) ? stanceVerb(g, governed.trigger()) : -1;
      if (stanceVerb < 0) {
        continue;
      }
      // "agreed to meet every year and to hold exercises": the governor's own frame absorbs the first
      // act; each further act is an event of its own on the same verb.
      EventFrame governor = absorbed.get(stanceVerb) ? null
          : frames.stream().filter(f -> f.trigger() == stanceVerb).findFirst().orElse(null);
      absorbed.set(stanceVerb);
      List<Integer> words = new ArrayList<>(governed.words());
      words.add(governed.trigger());
      if (governor == null) {
        out.set(out.indexOf(governed), new EventFrame(stanceVerb, governed.pattern(), governed.code(),
            governed.sources(), governed.targets(), governed.group(), words, Modality.REALIS, governed.act()));
        continue;
      }
      words.addAll(governor.words());
      List<Integer> targets = governor.targets().isEmpty() ? governed.targets() : governor.targets();
      List<Integer> sources = governor.sources().isEmpty() ? governed.sources() : governor.sources();
      List<Integer> group = governor.group().isEmpty() ? governed.group() : governor.group();
      if (!targets.isEmpty() && !group.isEmpty() && targets.stream().anyMatch(actor::test)) {
        // "Japan and Korea agreed to lift restrictions on China": the group acts together on a target;
        // "they agreed to visit a memorial together" stays mutual.
        sources = governed.sources().isEmpty() ? group : governed.sources();
        group = List.of();
      }
      Modality m = new Modality(governor.modality().negated(), governor.modality().hypothetical(), false);
      out.set(out.indexOf(governor), new EventFrame(governor.trigger(), governed.pattern(), governed.code(), sources,
          targets, group, words, m, governed.act()));
      out.remove(governed);
    }
    return out;
  }

  /**
   * "the United States pledged to send a submarine to South Korea", "agreed to sell arms to Taiwan": a
   * pledge, promise or agreement with no target of its own is aimed at the target of the act it announces,
   * when that act (left hypothetical, with no stance code to absorb it) names one.
   */
  List<EventFrame> plansAimedAtTheirActs(SentenceGraph g, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      EventFrame plan = out.get(i);
      if (!plan.targets().isEmpty() || !plan.group().isEmpty() || plan.sources().isEmpty() || plan.modality().hypothetical()) {
        continue;
      }
      for (EventFrame planned : frames) {
        Dependency head = g.head(planned.trigger());
        if (head != null && head.governor() == plan.trigger() && Clauses.infinitive(g, head)
            && planned.modality().hypothetical() && !planned.targets().isEmpty()) {
          out.set(i, new EventFrame(plan.trigger(), plan.pattern(), plan.code(), plan.sources(), planned.targets(),
              plan.group(), plan.words(), plan.modality(), plan.act()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * "urged Tokyo to release the crew" (020 → 0253), "demanded that Seoul lift the ban" (100 → 1054): a
   * general appeal or demand takes the subcode of the act it asks for, when CAMEO has one. The act
   * itself stays as it was coded (hypothetical).
   */
  List<EventFrame> refineRequests(SentenceGraph g, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      EventFrame request = out.get(i);
      Stances.Stance stance = request.code().equals("020") ? Stances.Stance.APPEAL
          : request.code().equals("100") ? Stances.Stance.DEMAND : null;
      if (stance == null) {
        continue;
      }
      for (EventFrame asked : frames) {
        Dependency head = g.head(asked.trigger());
        if (head == null || head.governor() != request.trigger() || !asked.modality().hypothetical()
            || !(Clauses.infinitive(g, head) || head.relation().equals("ccomp"))) {
          continue;
        }
        String code = patterns.stanceCode(stance, asked.code());
        if (code != null) {
          out.set(i, new EventFrame(request.trigger(), request.pattern(), code, request.sources(), request.targets(),
              request.group(), request.words(), request.modality(), request.act()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * "Russia said Sudan must return the helicopter": an obligation laid on someone else in reported
   * speech is a demand by the speaker (CAMEO 10, the act's DEMAND subcode), anchored on the verb of
   * saying, with the obliged actor as its target. The obliged act itself stays hypothetical.
   */
  List<EventFrame> obligationsAsDemands(SentenceGraph g, List<EventFrame> frames, java.util.function.IntUnaryOperator subjectOf) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame act : frames) {
      Dependency head = g.head(act.trigger());
      if (head == null || head.governor() < 0 || !head.relation().equals("ccomp") || act.sources().isEmpty()
          || !org.entente.model.Speech.reports(g.token(head.governor()).key()) || !ModalityDetector.obliged(g, act.trigger())) {
        continue;
      }
      int speaker = subjectOf.applyAsInt(head.governor());
      String code = patterns.stanceCode(Stances.Stance.DEMAND, act.code());
      boolean taken = out.stream().anyMatch(f -> f.trigger() == head.governor());
      if (speaker < 0 || code == null || taken || act.sources().contains(speaker)) {
        continue;
      }
      List<Integer> words = new ArrayList<>(act.words());
      words.add(act.trigger());
      out.add(new EventFrame(head.governor(), act.pattern(), code, List.of(speaker), act.sources(), List.of(), words,
          Modality.REALIS, act.trigger()));
    }
    return out;
  }

  /**
   * The verb of plan, promise or refusal that governs an act: through infinitive complements and the
   * object of a complement ("promised to continue <b>military aid</b>"), at most three steps up; -1 if none.
   */
  private static int stanceVerb(SentenceGraph g, int act) {
    int node = act;
    for (int step = 0; step < 3; step++) {
      Dependency head = g.head(node);
      if (head == null || head.governor() < 0
          || !(isComplement(g, head) || head.relation().equals("obj") && g.token(node).isNoun())) {
        return -1;
      }
      String lemma = g.token(head.governor()).key();
      if (ModalityDetector.announcesPlan(lemma) || ModalityDetector.refuses(lemma)) {
        return head.governor();
      }
      node = head.governor();
    }
    return -1;
  }

  /** An infinitive complement, or the participle CoreNLP hangs as "dep" ("stop arming Taiwan"). */
  private static boolean isComplement(SentenceGraph g, Dependency head) {
    return Clauses.infinitive(g, head)
        || head.relation().equals("dep") && g.token(head.dependent()).pos().equals("VBG");
  }
}
