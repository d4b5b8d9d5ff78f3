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

  /** The CAMEO root of intents: "offer a route to citizenship" (0343), "pledge support" (030). */
  private static final String INTENTS = "03";

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
    if (intent == null && code.startsWith(INTENTS)) {
      // "said it would offer residents a route to citizenship": an act whose own code is already an intent
      // (CAMEO 03) says the same when it is announced
      intent = code;
    }
    if (intent != null && !m.hypothetical() && (intent.startsWith("13") || p.decided() && code.equals(p.code()))
        && DECISIONS.contains(governor)) {
      // "EU leaders agreed to bar Belarusian airlines": deciding on a measure is taking it, not a threat;
      // so is agreeing on an act done by consent ("the two countries agreed to restore diplomatic relations").
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

  /** Verbs of saying that lay an obligation on someone besides those of {@link org.entente.model.Speech}. */
  private static final java.util.Set<String> WARNINGS = java.util.Set.of("warn", "remind");
  /** Verbs of state or mind: "Tokyo must remain calm", "Seoul should know" ask no act of anyone. */
  private static final java.util.Set<String> STATES = java.util.Set.of(
      "be", "have", "remain", "stay", "become", "seem", "feel", "know", "understand", "realize", "realise",
      "recognize", "recognise", "learn", "think", "consider", "expect", "hope", "worry", "fear", "prepare", "bear");

  /**
   * "Russia said Sudan must return the helicopter": an obligation laid on someone else in reported
   * speech is a demand by the speaker (CAMEO 10, the act's DEMAND subcode), anchored on the verb of
   * saying, with the obliged actor as its target. The obliged act itself stays hypothetical. An act
   * whose code has no DEMAND subcode ("must agree", "must negotiate"), or a verb that codes nothing but
   * names an act by an actor ("must hand over the suspects"), is the general demand (100); verbs of
   * state or mind ("must be careful", "should remain calm") and conflictual acts are no demand.
   *
   * @param isActor whether a token may name an actor (a name or a role word)
   * @param general the pattern of the general demand, or null
   */
  List<EventFrame> obligationsAsDemands(SentenceGraph g, List<EventFrame> frames, java.util.function.IntUnaryOperator subjectOf,
      java.util.function.IntPredicate isActor, EventPattern general) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (int clause = 0; clause < g.sentence().size(); clause++) {
      Dependency head = g.head(clause);
      int say = head == null || head.governor() < 0 || !head.relation().equals("ccomp") ? -1 : sayingVerb(g, head.governor());
      if (say < 0) {
        continue;
      }
      int verb = obligedVerb(g, clause);
      // "told China that it must release ...": a plain statement (010) on the verb of saying is the demand
      // it makes; any other event of that verb ("warned", "demanded") is coded as it is
      EventFrame statement = out.stream().filter(f -> f.trigger() == say).findFirst().orElse(null);
      if (verb < 0 || statement != null && !statement.code().equals(STATEMENT)) {
        continue;
      }
      int speaker = subjectOf.applyAsInt(say);
      // The act is coded on the verb or on its object ("must reach an agreement"); each of its frames
      // names some of those obliged ("the government and the rebels must reach an agreement").
      List<EventFrame> acts = frames.stream().filter(f -> !(f.sources().isEmpty() && f.group().isEmpty())
          && (f.trigger() == verb || actedOn(g, f.trigger(), verb))).toList();
      EventFrame act = acts.isEmpty() ? null : acts.get(0);
      List<Integer> obliged;
      String code;
      EventPattern p;
      List<Integer> words = new ArrayList<>();
      if (act != null) {
        obliged = acts.stream().flatMap(f -> java.util.stream.Stream.concat(f.sources().stream(), f.group().stream()))
            .distinct().toList();
        code = patterns.stanceCode(Stances.Stance.DEMAND, act.code());
        if (code == null && act.code().compareTo("13") < 0) {
          code = "100";
        }
        p = act.pattern();
        words.addAll(act.words());
        words.add(act.trigger());
      } else {
        int subject = subjectOf.applyAsInt(verb);
        boolean other = frames.stream().anyMatch(f -> f.trigger() == verb);
        if (other || subject < 0 || !isActor.test(subject) || !g.token(verb).isVerb() || g.hasChild(verb, "cop")
            || STATES.contains(g.token(verb).key()) || general == null) {
          continue;
        }
        obliged = List.of(subject);
        code = "100";
        p = general;
      }
      if (speaker < 0 || code == null || obliged.contains(speaker) || act == null && !isActor.test(speaker)) {
        continue;
      }
      if (!words.contains(verb)) {
        words.add(verb);
      }
      int addressee = addressee(g, say, isActor);
      if (addressee >= 0 && obliged.size() == 1 && g.token(obliged.get(0)).pos().equals("PRP")) {
        obliged = List.of(addressee); // "told China that it must ...": the one told is the one obliged
      }
      if (statement != null) {
        out.remove(statement);
      }
      out.add(new EventFrame(say, p, code, List.of(speaker), obliged, List.of(), words, Modality.REALIS, verb));
    }
    return out;
  }

  private static final String STATEMENT = "010";

  /** Nouns of a message sent or issued, whose that-clause says what the message says. */
  private static final java.util.Set<String> MESSAGES = java.util.Set.of("message", "reminder", "letter", "note", "statement");

  /**
   * The verb that says a that-clause governed by {@code governor}: a verb of saying ("said that"), or a verb
   * whose object is a message ("issued a reminder to Iraq that", "sent a message to Tehran that"), also
   * when the clause hangs from the message noun; -1 if none.
   */
  private static int sayingVerb(SentenceGraph g, int governor) {
    if (g.token(governor).isVerb()) {
      return saying(g.token(governor).key()) || message(g, governor) >= 0 ? governor : -1;
    }
    Dependency up = g.head(governor);
    return MESSAGES.contains(g.token(governor).key()) && up != null && up.governor() >= 0 && up.relation().equals("obj")
        ? up.governor() : -1;
  }

  /** The message noun a verb sends or issues; -1 if none. */
  private static int message(SentenceGraph g, int verb) {
    return g.children(verb, "obj").stream().filter(o -> MESSAGES.contains(g.token(o).key())).findFirst().orElse(-1);
  }

  /**
   * The actor a verb of saying addresses: its object ("told China"), its "to" phrase ("said to Iran"), or
   * that of the message it sends ("issued a reminder to Iraq"); -1 if none.
   */
  private static int addressee(SentenceGraph g, int say, java.util.function.IntPredicate isActor) {
    List<Integer> candidates = new ArrayList<>(g.children(say, "obj", "iobj", "obl:to"));
    int message = message(g, say);
    if (message >= 0) {
      candidates.addAll(g.children(message, "nmod:to"));
    }
    for (int c : candidates) {
      if (isActor.test(c)) {
        return c;
      }
    }
    return -1;
  }

  /** A noun act that a verb does: its object or a prepositional object ("must agree to reforms"). */
  private static boolean actedOn(SentenceGraph g, int act, int verb) {
    Dependency head = g.head(act);
    return head != null && head.governor() == verb && g.token(act).isNoun()
        && (head.relation().equals("obj") || head.relation().startsWith("obl:"));
  }

  /** Verbs of saying that report an obligation: "said", "announced", "insisted", "warned". */
  private static boolean saying(String lemma) {
    return org.entente.model.Speech.reports(lemma) || WARNINGS.contains(lemma);
  }

  /** Adjectives of readiness whose infinitive is the act an obligation asks for. */
  private static final java.util.Set<String> READINESS = java.util.Set.of("ready", "willing", "prepared");

  /**
   * The verb a clause obliges its subject to do: the clause's own verb under "must", "should" or "ought",
   * or the complement of "has to" ("Tokyo has to lift the ban"); -1 if the clause lays no obligation.
   */
  private static int obligedVerb(SentenceGraph g, int clause) {
    if (ModalityDetector.obliged(g, clause)) {
      // "the United States must be ready to mediate": the readiness asked for is the act asked for
      if (READINESS.contains(g.token(clause).key())) {
        for (int x : g.children(clause, "xcomp")) {
          if (g.token(x).isVerb() && g.children(x, "mark").stream().anyMatch(m -> g.token(m).key().equals("to"))) {
            return x;
          }
        }
      }
      return clause;
    }
    if (g.token(clause).key().equals("have")) {
      for (int x : g.children(clause, "xcomp")) {
        if (g.token(x).isVerb() && g.children(x, "mark").stream().anyMatch(m -> g.token(m).key().equals("to"))) {
          return x;
        }
      }
    }
    return -1;
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
