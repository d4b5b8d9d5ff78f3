package org.entente.coding;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * Decides the {@link Modality} of an event trigger from the words around it in the dependency graph:
 * negators, modal and future auxiliaries, conditional subordinators, questions, and the verb that
 * governs it ("refused to retract": negated; "plans to visit": intent; "urged Japan to withdraw":
 * hypothetical; "began to withdraw": realis).
 *
 * <p>The word lists are the closed classes of English grammar, not domain vocabulary. Thread-safe.
 */
final class ModalityDetector {

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> MODALS = Set.of("could", "would", "may", "might", "should", "can", "must", "ought");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest", "provided");
  /**
   * Governors after which the governed event did happen ("voted to reject the decree": the vote rejects;
   * "forced the troops to withdraw", "prompting Japan to scramble jets": the troops withdrew, Japan scrambled).
   */
  /** Verbs of attempt: a material act attempted is coded as done ({@link #of}). */
  private static final Set<String> ATTEMPTS = Set.of("try", "attempt");
  private static final Set<String> IMPLICATIVE = Set.of(
      "begin", "start", "continue", "manage", "resume", "proceed", "keep", "go", "move", "rush", "step",
      "vote", "force", "prompt", "compel", "cause", "spur");
  /**
   * Verbs of going somewhere or gathering, whose infinitive states the purpose of the trip: "travelled to
   * Kyiv to sign an agreement", "landed in Haiti to lead a mission", "rallied outside the embassy to
   * demand an apology". When the trip is reported as done, news reports the purpose as what was done there.
   */
  private static final Set<String> TRIPS = Set.of(
      "travel", "fly", "arrive", "land", "come", "return", "visit", "sail", "journey", "head", "gather",
      "assemble", "rally", "convene", "meet", "march", "converge", "demonstrate", "protest");
  /** Whether a verb is one of going somewhere or gathering, whose infinitive states the trip's purpose. */
  static boolean trip(String lemma) {
    return TRIPS.contains(lemma);
  }

  /** Governors after which the governed event did not happen. */
  private static final Set<String> NEGATIVE = Set.of(
      "refuse", "fail", "decline", "reject", "deny", "avoid", "stop", "cease", "abandon", "halt", "forgo", "rule");
  /** Negative governors whose object, when it is something said (a call, an offer), was said. */
  private static final Set<String> ANSWERING = Set.of("reject", "deny", "dismiss", "rebuff", "ignore", "defy");
  /** Negative governors that state a refusal of what they govern. */
  private static final Set<String> REFUSALS = Set.of("refuse", "decline");
  /** Governors that announce a plan: the governed event is an intention. */
  private static final Set<String> PLANS = Set.of(
      "plan", "intend", "aim", "pledge", "promise", "vow", "agree", "decide", "offer", "propose", "prepare",
      "schedule", "set", "expect", "hope", "seek", "want", "wish", "commit", "resolve", "arrange", "undertake",
      "threaten", "swear", "ready", "willing", "prepared", "determined", "eager");
  /**
   * Verbs of accusation and punishment: the act named as the reason ("of", "for", "with") is alleged or
   * adjudged, not reported ("was sentenced for obstructing his arrest" reports no obstruction that day).
   */
  private static final Set<String> ACCUSATIONS = Set.of("accuse", "charge", "blame", "suspect", "allege", "indict",
      "arrest", "detain", "sentence", "convict", "jail", "imprison", "prosecute", "fine");
  /** The verbs of {@link #ACCUSATIONS} that only allege, and punish nothing yet. */
  private static final Set<String> ALLEGING = Set.of("accuse", "blame", "suspect", "allege", "charge", "indict", "implicate");
  private static final Set<String> REASONS = Set.of("obl:of", "obl:for", "obl:with", "advcl:of", "advcl:for", "nmod:of");
  /** Passive governors of hearsay and speculation: "is expected to release", "is believed to have fired". */
  private static final Set<String> HEARSAY = Set.of(
      "expect", "believe", "think", "say", "report", "rumor", "rumour", "suppose", "reckon", "fear", "suspect",
      "allege");
  /** Adverbs that make a statement a guess or a claim: "was probably fired", "allegedly ordered". */
  private static final Set<String> GUESSES = Set.of(
      "probably", "likely", "possibly", "perhaps", "maybe", "presumably", "supposedly", "allegedly");
  /** Governors of a that-clause that leave it unasserted. */
  private static final Set<String> SPECULATIVE = Set.of(
      "fear", "speculate", "wonder", "doubt", "suggest", "predict", "suspect", "rumor", "rumour", "worry",
      "consider", "imagine", "suppose", "question", "ask", "hope", "expect", "want", "wish", "threaten", "warn",
      "urge", "demand", "call", "insist", "propose", "recommend", "plan", "allege");
  /** Verbs of warning: a future act of the warner's own that they report is threatened. */
  private static final Set<String> WARNINGS = Set.of("warn", "threaten");
  /** Personal pronouns that, as the subject of a clause warned of, stand for the warner. */
  private static final Set<String> SELF = Set.of("it", "they", "we", "he", "she", "i");

  /** Whether a verb is one of warning ("warned it would retaliate"), whose own future acts are threats. */
  static boolean warns(String lemma) {
    return WARNINGS.contains(lemma);
  }

  /**
   * "warned that it would retaliate", "warned they could strike": a clause under a verb of warning whose
   * subject is a personal pronoun (the warner) and whose verb is future or possible. "warned that Russia
   * could attack" is a warning about someone else, left unasserted.
   */
  /** Whether a clause is put in the future or under a modal ("would respond", "will take", "could face"). */
  static boolean futureOrModal(SentenceGraph g, int clause) {
    return hasChild(g, clause, "aux", MODALS) || hasChild(g, clause, "aux", FUTURE);
  }

  static boolean warnersOwnAct(SentenceGraph g, int clause) {
    boolean self = g.children(clause, "nsubj").stream()
        .anyMatch(c -> g.token(c).pos().equals("PRP") && SELF.contains(g.token(c).word().toLowerCase(java.util.Locale.ROOT)));
    return self && (hasChild(g, clause, "aux", MODALS) || hasChild(g, clause, "aux", FUTURE));
  }

  /** Verbs that weigh an act not yet taken: "is weighing sanctions", "discussed a ban". */
  private static final Set<String> WEIGHING = Set.of(
      "weigh", "mull", "discuss", "debate", "study", "contemplate", "explore", "seek", "eye", "float", "moot");
  /** Verbs that put a standing measure under review: its noun names no new act. */
  private static final Set<String> REVISITING = Set.of("reconsider", "review", "revisit", "rethink", "reassess", "reevaluate");
  private static final Set<String> DENIALS = Set.of("deny", "dismiss", "reject", "refute");
  private static final Set<String> UNREAL_ADJECTIVES = Set.of(
      "possible", "potential", "proposed", "planned", "prospective", "future", "hypothetical", "expected",
      "rumored", "rumoured", "mooted", "envisaged", "would-be", "upcoming", "contemplated", "alleged", "purported");
  private static final Set<String> UNREAL_NOUNS = Set.of(
      "plan", "proposal", "possibility", "prospect", "threat", "risk", "idea", "call", "demand", "request",
      "bid", "offer", "hope", "intention", "option", "fear", "warning", "talk", "chance", "likelihood",
      // "had no interest in dialogue with the South": an act wished for (or not) is not held
      "interest", "desire", "wish", "willingness", "readiness", "appetite", "eagerness");

  /** Verbs of asking, whose purpose clause is what the request would bring about. */
  private static final Set<String> ASKING = Set.of("appeal", "ask", "request", "seek", "plead", "beg", "lobby", "petition");

  /** Passive verbs that put an act on the calendar: "talks are <b>scheduled</b> for May". */
  private static final Set<String> SCHEDULING = Set.of("schedule", "plan", "expect", "slate", "set", "envisage",
      "foresee", "pencil");
  /** Adjectives that put an act ahead: "talks are <b>due</b> on Saturday". */
  private static final Set<String> AHEAD = Set.of("due", "likely", "possible", "unlikely", "imminent", "expected");

  /** Whether a nominal event is the subject of a verb or adjective that puts it ahead, not done. */
  private static boolean scheduled(SentenceGraph g, int gov, String rel) {
    return rel.startsWith("nsubj:pass") && SCHEDULING.contains(g.token(gov).key()) && g.hasChild(gov, "aux:pass")
        || rel.equals("nsubj") && AHEAD.contains(g.token(gov).key()) && g.hasChild(gov, "cop");
  }

  /** Whether a verb announces a plan, so that what it governs is an intention. */
  static boolean announcesPlan(String lemma) {
    return PLANS.contains(lemma);
  }

  /** Modals of obligation: "Sudan must return the helicopter". */
  private static final Set<String> OBLIGATIONS = Set.of("must", "should", "ought");

  /** Whether a trigger is stated as an obligation ("must return"), by its own modal auxiliary. */
  static boolean obliged(SentenceGraph g, int trigger) {
    return hasChild(g, trigger, "aux", OBLIGATIONS);
  }

  /** Whether a governing verb refuses what it governs ("refused to lift the curfew"): a stance of its own. */
  static boolean refuses(String lemma) {
    return REFUSALS.contains(lemma);
  }

  /**
   * The modality of a trigger.
   *
   * @param presupposed a nominal event taken as given by the verb that governs it ("did not condemn
   *     Russia's invasion"): it does not take that verb's modality
   */
  Modality of(SentenceGraph g, int trigger, boolean presupposed) {
    return of(g, trigger, presupposed, false);
  }

  /**
   * @param spoken the trigger codes a spoken act (an accusation, a call, criticism): set off by a comma
   *     after a clause reported ("said he would halt aid<b>, accusing</b> its government of ..."), it is
   *     said as the speaker speaks, not planned with the clause
   */
  Modality of(SentenceGraph g, int trigger, boolean presupposed, boolean spoken) {
    return of(g, trigger, presupposed, spoken, i -> true);
  }

  /**
   * @param speaker whether a token may name an actor: the "would" of a clause reported by a speaker
   *     who names none ("analysts said China would lift the ban", "the report said ...") is a guess
   *     about someone else, not a plan announced
   */
  Modality of(SentenceGraph g, int trigger, boolean presupposed, boolean spoken, java.util.function.IntPredicate speaker) {
    Modality m = own(g, trigger);
    if (isQuestion(g, trigger)) {
      m = m.or(new Modality(false, true, false));
    }
    BitSet seen = new BitSet();
    int node = trigger;
    for (int level = 0; level < 6; level++) {
      seen.set(node);
      Dependency head = g.head(node);
      if (head == null || head.governor() < 0 || seen.get(head.governor())) {
        break;
      }
      int gov = head.governor();
      String lemma = g.token(gov).key();
      String rel = head.relation();
      // "opened fire to disperse them, killing two": CoreNLP may hang a participle set off by a comma as
      // the verb's xcomp; it comments on the clause as a "dep" participle does, it is no complement.
      boolean participle = (rel.equals("dep") || rel.startsWith("xcomp") && Clauses.commaBetween(g, gov, node))
          && g.token(node).pos().equals("VBG");
      if (participle && g.token(gov).isNoun()) {
        // "would cut off all future funding, accusing its government of ...": a participle CoreNLP hangs on
        // a noun comments on the clause as it is said, as when it is parsed "acl"; the noun's "future" is not its own.
        return m;
      }
      if (unacknowledged(g, gov, node, rel)) {
        // "has never acknowledged sending troops", "did not confirm that its jets struck the convoy": what
        // the actor does not own up to is not asserted by the report either
        return m.or(new Modality(false, true, false));
      }
      int asker = participle && node == trigger ? Clauses.askerOfCommentOnInfinitive(g, node) : -1;
      if (asker >= 0) {
        // "urged Georgia to withdraw the law, warning that it would hurt its bid": the warning comments on
        // the urging, as real as it, not on the withdrawal asked for
        node = asker;
        continue;
      }
      if (participle && (Clauses.commaBetween(g, gov, node)
          || !(NEGATIVE.contains(lemma) || IMPLICATIVE.contains(lemma) || PLANS.contains(lemma)))) {
        if (spoken && node == trigger && Clauses.commaBetween(g, gov, node) && reported(g, gov)) {
          return m;
        }
        // "..., hitting Japanese exporters": a participle clause commenting on its clause is as real as it.
        Modality governor = own(g, gov);
        m = m.or(new Modality(false, governor.hypothetical(), governor.intent()));
        if (Clauses.commaBetween(g, gov, node)) {
          // "refused to accept the flights, prompting Trump to announce tariffs": the parser hangs the
          // participle on the infinitive, but it comments on the refusal, which happened
          int top = gov;
          for (Dependency up = g.head(top); up != null && up.governor() >= 0 && up.relation().startsWith("xcomp")
              && Clauses.infinitive(g, up); up = g.head(top)) {
            top = up.governor();
          }
          if (top != gov) {
            seen.set(gov);
            node = top;
            Modality refusing = own(g, top);
            m = m.or(new Modality(false, refusing.hypothetical(), refusing.intent()));
            continue;
          }
        }
      } else if (Clauses.infinitive(g, head) && HEARSAY.contains(lemma) && g.hasChild(gov, "aux:pass")) {
        return m.or(new Modality(false, true, false));
      } else if (Clauses.infinitive(g, head) || participle) {
        // "stop arming Taiwan" is parsed with "arming" as a dep: it is the verb's complement all the same.
        if (NEGATIVE.contains(lemma)) {
          // "refused to lift the curfew": a refusal is a stance taken, coded with the refusal code if any.
          // "warned Tokyo to stop interfering": a stop asked for is not yet made.
          Dependency up = g.head(gov);
          boolean asked = up != null && up.governor() >= 0 && (up.relation().startsWith("xcomp") || up.relation().startsWith("ccomp"))
              && SPECULATIVE.contains(g.token(up.governor()).key());
          return m.or(new Modality(true, asked, REFUSALS.contains(lemma) && !own(g, gov).negated()));
        }
        if (TRIPS.contains(lemma) && head.relation().startsWith("xcomp") && doneTrip(g, gov)) {
          node = gov; // "travelled to Kyiv to sign a security agreement": the signing is reported
          continue;
        }
        if (ATTEMPTS.contains(lemma) && !spoken && node == trigger) {
          // "has tried to hack into army computers", "attempted to storm the embassy": a material act
          // attempted was carried out as far as it went; a verbal one ("tried to persuade") stays unasserted
          m = m.or(inherit(own(g, gov)));
          node = gov;
          continue;
        }
        if (lemma.equals("become") && g.children(gov, "xcomp").stream().anyMatch(x -> g.token(x).isNoun() && ranked(g, x))) {
          // "became the first country to recognise Somaliland", parsed with the infinitive on "became": as
          // real as the becoming
          m = m.or(own(g, gov));
          node = gov;
          continue;
        }
        if (Clauses.takesSteps(g, gov)) {
          // "has taken steps to ease restrictions": the act is under way, as real as the taking
          m = m.or(inherit(own(g, gov)));
          node = gov;
          continue;
        }
        if (!IMPLICATIVE.contains(lemma)) {
          if (PLANS.contains(lemma) && reported(g, gov) && hasChild(g, gov, "aux", Set.of("would"))
              && own(g, gov).equals(new Modality(false, true, false))) {
            // "said he would be ready to host talks": the "would" of reported speech states the plan
            return m.or(new Modality(false, false, true));
          }
          m = m.or(PLANS.contains(lemma) ? new Modality(false, false, true) : new Modality(false, true, false));
          if (own(g, gov).negated()) {
            m = m.or(new Modality(false, true, false));
          }
          return m.or(inherit(own(g, gov)));
        }
      } else if ((rel.startsWith("ccomp") || rel.startsWith("acl") && !rel.equals("acl:relcl"))
          && g.token(gov).isNoun() && hasChild(g, node, "mark", Set.of("that")) && contentOfNoun(g, gov) != null) {
        return m.or(contentOfNoun(g, gov));
      } else if (rel.startsWith("ccomp")) {
        if (DENIALS.contains(lemma)) {
          return m.or(new Modality(true, false, false));
        }
        if (WARNINGS.contains(lemma) && warnersOwnAct(g, node)) {
          // "Iran warned it would retaliate": the warner announces an act of its own, a threat
          return new Modality(m.negated(), false, true);
        }
        if (SPECULATIVE.contains(lemma)) {
          return m.or(new Modality(false, true, false));
        }
        // Reported speech: "Seoul said Pyongyang fired" asserts the firing; "would" there is a reported plan.
        // A question stays one: "it was unclear whether Iran would retaliate" reports no plan.
        if (m.hypothetical() && (hasChild(g, node, "aux", Set.of("would")) || ownHedgedPlan(g, node, gov))
            && speaksForActor(g, node, gov, speaker) && !hasChild(g, node, "mark", CONDITIONS)) {
          m = new Modality(m.negated(), false, true);
        }
        return m;
      } else if (rel.startsWith("conj")) {
        // A joined verb with an auxiliary of its own is a verb group of its own: "has not recognised
        // Maduro's claim and has recognised Gonzalez" does not deny the second recognition.
        // So is one with a subject of its own: "Turkey has not blocked the bid, but Erdogan warned ...".
        List<Integer> shared = g.children(gov, "nsubj");
        boolean ownSubject = g.children(node, "nsubj").stream().anyMatch(c -> !shared.contains(c));
        if (!g.hasChild(node, "aux") && !g.hasChild(node, "aux:pass") && !ownSubject) {
          m = m.or(own(g, gov));
        }
      } else if (rel.equals("obj") || rel.startsWith("nsubj:pass") || rel.equals("nsubj")) {
        if (rel.equals("obj") && g.token(trigger).isNoun() && REVISITING.contains(lemma)) {
          // "would reconsider its ban on arms exports": a standing measure under review is no new act
          return m.or(new Modality(false, true, false));
        }
        // A nominal event inherits the modality of the verb that carries it: "could impose a ban".
        if (!g.token(trigger).isNoun() || presupposed) {
          return m;
        }
        if (node == trigger && misparsedReaction(g, gov, trigger)) {
          // "said it planned to launch a satellite, drawing condemnation from Tokyo": the reaction
          // comments on the whole sentence, which the report asserts, not on the planned launch.
          return m.or(own(g, g.root()));
        }
        if (rel.equals("obj") && (SPECULATIVE.contains(lemma) && !lemma.equals("question") || WEIGHING.contains(lemma))) {
          // "is considering a ban on exports", "threatened countermeasures": the act is only in view
          return m.or(new Modality(false, true, false));
        }
        if (node == trigger && scheduled(g, gov, rel)) {
          // "talks between Serbia and Kosovo are expected next week", "a summit is scheduled for May", "talks
          // are due on Saturday": a meeting put on the calendar has not been held
          return m.or(new Modality(false, true, false));
        }
        if (rel.equals("obj") && spoken && node == trigger && ANSWERING.contains(lemma)) {
          // "rejected calls from France to halt the offensive", "denied the accusation": what is rejected
          // was said all the same
          return m;
        }
        Modality governor = own(g, gov);
        if (rel.equals("obj") && NEGATIVE.contains(lemma) && !REFUSALS.contains(lemma)) {
          // "abandoned the alliance": the act is ended, no longer going on; "would not abandon the
          // alliance": the two negations cancel, and the alliance is kept
          governor = new Modality(!governor.negated(), governor.hypothetical(), governor.intent());
        }
        m = m.or(governor);
        if (rel.equals("nsubj")) {
          return m;
        }
      } else if (rel.equals("obl:with") && node == trigger && g.token(trigger).isNoun() && g.token(gov).isVerb() && !presupposed) {
        // "would retaliate with tariffs", "could respond with sanctions": the means is as real as the act it serves.
        m = m.or(own(g, gov));
      } else if (rel.startsWith("nmod") && UNREAL_NOUNS.contains(lemma) && g.token(trigger).isNoun()) {
        return m.or(new Modality(false, true, false));
      } else if (rel.equals("nmod:of") && HEARSAY_NOUNS.contains(lemma) && g.token(trigger).isNoun()
          && !confirmed(g, gov)) {
        // "claims of a genocide", "allegations of torture": what is claimed is not reported as done
        return m.or(new Modality(false, true, false));
      } else if (node == trigger && rel.startsWith("nmod") && g.token(trigger).isNoun() && g.token(gov).isNoun()
          && inProspect(g, gov)) {
        // "saw little chance of a breakthrough in talks with Washington": the act is named only as the
        // setting of an outcome in view, not reported as held
        return m.or(new Modality(false, true, false));
      } else if (g.token(trigger).isNoun() && g.token(gov).isNoun() && !presupposed && carriedPhrase(g, rel, gov)) {
        // "would reopen channels of dialogue", "could pave the way for a meeting": a nominal event
        // inside the object's phrase is as real as the verb that carries the phrase ("in retaliation
        // for Pelosi's visit" is a cause, taken as given).
        m = m.or(own(g, gov));
      } else if (rel.equals("obl:for") && node == trigger && g.token(trigger).isNoun() && !presupposed
          && (TRIPS.contains(lemma) || pavesTheWay(g, gov))) {
        // "was scheduled to fly to Washington for talks", "could pave the way for a meeting": the act a
        // trip or a step is for is as real as the trip or the step (a cause, "jailed for the attack", is given).
        m = m.or(own(g, gov));
      } else if (allegedReason(g, node) || accusedOf(g, node, gov, rel)) {
        // "accused Russia of the deportation of children", "charged him with spying": the act is alleged.
        return m.or(new Modality(false, true, false));
      } else if (node == trigger && OCCASIONS.contains(rel) && g.token(trigger).isNoun()
          && ALLEGING.contains(g.token(gov).key())) {
        // "accused Indian agents of involvement in the killing of a Sikh leader", with "in the killing" hung
        // on the verb: what someone is accused of a part in is alleged (an arrest "in a raid" is not)
        return m.or(new Modality(false, true, false));
      } else if (node == trigger && OCCASIONS.contains(rel) && g.token(trigger).isNoun() && g.token(gov).isVerb()
          && !presupposed && !Clauses.commaBetween(g, gov, trigger)) {
        // "accused Russia of killing 20 civilians in a missile strike": the strike an act was done in is
        // as much alleged (or planned) as the act; its denial is not the strike's ("was not hurt in the attack")
        Modality act = of(g, gov, false);
        return m.or(new Modality(false, act.hypothetical(), false));
      } else if (node == trigger && (rel.equals("nmod:in") || rel.equals("nmod:during")) && g.token(trigger).isNoun()
          && g.token(gov).isNoun() && allegedReason(g, gov)) {
        // "accused Moscow of killing/amod 14 civilians in a missile strike": parsed as civilians killed in
        // the strike, the phrase still is what the accusation is about
        return m.or(new Modality(false, true, false));
      } else if (rel.equals("acl") && g.token(gov).isNoun() && vetoed(g, gov)) {
        // "vetoed a resolution demanding a ceasefire", "blocked a bill banning imports": a text voted
        // down never demands or bans anything
        return m.or(new Modality(true, false, false));
      } else if (rel.startsWith("acl") || rel.startsWith("advcl")) {
        if (rel.startsWith("acl") && !rel.equals("acl:relcl") && g.token(node).pos().equals("VB")
            && g.token(gov).isNoun() && !ranked(g, gov)) {
          // "submitted a motion to impeach the minister": what a motion, a plan or a bid is for is not done yet
          return m.or(new Modality(false, true, false));
        }
        if (rel.startsWith("acl") && !rel.equals("acl:relcl") && g.token(node).pos().equals("VB")
            && g.token(gov).isNoun() && ranked(g, gov)) {
          // "will become the first country to recognise Somaliland": the act is as real as the clause that ranks
          // its doer ("became": done; "will become": announced)
          m = m.or(own(g, gov));
          Dependency up = g.head(gov);
          node = up != null && up.governor() >= 0 && up.relation().startsWith("xcomp") && g.token(up.governor()).isVerb()
              ? up.governor() : gov;
          m = m.or(own(g, node));
          continue;
        }
        if (rel.startsWith("advcl") && hasChild(g, node, "mark", CONDITIONS)) {
          return m.or(new Modality(false, true, false));
        }
        if (rel.startsWith("advcl") && g.token(node).pos().equals("VB") && hasChild(g, node, "mark", Set.of("to"))) {
          // "said they would blockade Paris to demand an end to the reform": a purpose is only as real as
          // the act it serves, which may itself be planned or reported
          Modality governor = own(g, gov);
          if (ASKING.contains(lemma)) {
            // "appealed for $4.2 billion to help people in Sudan": what the money asked for would do is not done
            return m.or(new Modality(false, true, false));
          }
          m = m.or(new Modality(false, governor.hypothetical(), governor.intent()));
          node = gov;
          continue;
        }
        if (rel.startsWith("advcl") && hasChild(g, node, "mark", Set.of("until", "till")) && own(g, gov).hypothetical()) {
          // "would not stop protesting until Ruto resigned": the awaited act is only in view; after a
          // factual clause ("fighting went on until the army withdrew") it happened.
          return m.or(new Modality(false, true, false));
        }
        return m;
      } else {
        return m;
      }
      node = gov;
    }
    return m;
  }

  /**
   * Relations of the occasion an act was done in: "killed 20 in a strike". Not "during": "warned X of
   * consequences if Y acted, during a meeting" is often hung on the condition.
   */
  private static final Set<String> OCCASIONS = Set.of("obl:in");

  /** Whether a word is the reason phrase of an accusation or a punishment ("accused Moscow of <b>killing civilians</b>"). */
  private static boolean allegedReason(SentenceGraph g, int word) {
    Dependency up = g.head(word);
    return up != null && up.governor() >= 0 && REASONS.contains(up.relation())
        && ACCUSATIONS.contains(g.token(up.governor()).key());
  }

  /**
   * "accused the rebels of killing civilians" parsed with the gerund on the accused ({@code acl:of}):
   * the act is the accusation's reason all the same.
   */
  private static boolean accusedOf(SentenceGraph g, int node, int gov, String rel) {
    boolean gerund = rel.equals("nmod:of") && g.token(node).pos().equals("VBG");
    if (!(rel.equals("acl:of") || rel.equals("acl:for") || gerund) || !g.token(gov).isNoun()) {
      return false;
    }
    Dependency up = g.head(gov);
    return up != null && up.governor() >= 0 && (up.relation().equals("obj") || up.relation().equals("nsubj:pass"))
        && ACCUSATIONS.contains(g.token(up.governor()).key());
  }

  /** Verbs of owning up to an act: "admitted sending troops", "confirmed that its jets struck". */
  private static final Set<String> ACKNOWLEDGING = Set.of("acknowledge", "admit", "confirm", "concede");

  /**
   * Whether {@code node} is the act a negated verb of owning up to it governs, as its gerund or its
   * that-clause: "has never admitted sending troops", "has not confirmed that it struck the base".
   */
  private boolean unacknowledged(SentenceGraph g, int gov, int node, String rel) {
    boolean content = rel.startsWith("ccomp") || (rel.equals("dep") || rel.startsWith("xcomp"))
        && g.token(node).pos().equals("VBG") && !Clauses.commaBetween(g, gov, node);
    return content && ACKNOWLEDGING.contains(g.token(gov).key()) && own(g, gov).negated();
  }

  /** Nouns of hearsay: what "reports that ..." say is not asserted by the writer. */
  private static final Set<String> HEARSAY_NOUNS = Set.of(
      "report", "claim", "allegation", "rumor", "rumour", "speculation", "suggestion", "accusation", "charge",
      "assertion", "suspicion");
  /** Verbs that take a report as true: "confirmed reports that ...". */
  private static final Set<String> CONFIRMING = Set.of("confirm", "acknowledge", "verify", "corroborate");

  /** Whether a hearsay noun is taken as true by the verb that governs it ("confirmed reports of ..."). */
  private static boolean confirmed(SentenceGraph g, int noun) {
    Dependency up = g.head(noun);
    return up != null && up.governor() >= 0 && up.relation().equals("obj")
        && CONFIRMING.contains(g.token(up.governor()).key());
  }

  /**
   * The modality of a that-clause completing a noun ("reports that it had sent troops"): denied when
   * the noun is denied ("denied reports that ...", "rejected claims that ..."); unasserted when the noun
   * is hearsay, unless confirmed; null when the noun says nothing of it ("its demand that ...", left to
   * the rules for the noun's own kind).
   */
  private static Modality contentOfNoun(SentenceGraph g, int noun) {
    Dependency up = g.head(noun);
    String verb = up != null && up.governor() >= 0 && up.relation().equals("obj") ? g.token(up.governor()).key() : "";
    if (DENIALS.contains(verb)) {
      return new Modality(true, false, false);
    }
    if (HEARSAY_NOUNS.contains(g.token(noun).key()) && !CONFIRMING.contains(verb)) {
      return new Modality(false, true, false);
    }
    return null;
  }

  /**
   * Whether the clause a verb of saying reports can state its subject's own plan: the clause's subject is
   * a personal pronoun ("said it would"), or the one saying it may name an actor ("Trump said Washington
   * would", any name) or is a text issued in an actor's name ("a statement said"). "Analysts said China
   * would lift the ban" only guesses; a speaker left unnamed (a passive) is given the benefit of the doubt.
   */
  private static boolean speaksForActor(SentenceGraph g, int clause, int saying, java.util.function.IntPredicate speaker) {
    if (g.children(clause, "nsubj").stream().anyMatch(c -> g.token(c).pos().equals("PRP"))) {
      return true;
    }
    List<Integer> sayers = g.children(saying, "nsubj");
    // "the two agreed that Wang would visit Japan": parties settle a plan between them, they do not guess
    return sayers.isEmpty() || AGREEING.contains(g.token(saying).lemma())
        || sayers.stream().anyMatch(c -> speaker.test(c) || g.token(c).pos().equals("PRP")
        || g.token(c).isProperNoun() || OWN_TEXTS.contains(g.token(c).key()));
  }

  /** Verbs by which parties settle a plan between them. */
  private static final Set<String> AGREEING = Set.of("agree", "decide");

  /** Texts an actor issues in its own name: "a statement said Beijing would ...". */
  private static final Set<String> OWN_TEXTS = Set.of(
      "statement", "communique", "communiqué", "declaration", "letter", "message", "announcement", "decree", "order");

  /** Modals that hedge a plan when the speaker says them of itself: "said he might impose tariffs". */
  private static final Set<String> HEDGES = Set.of("might", "may", "could");

  /**
   * "Trump said he might impose tariffs", "Moscow said it could cut gas supplies": a speaker hedging its
   * own next step announces it all the same (a threat, when the step is conflictual). Not so for a guess
   * about others ("said Iran could build a bomb") or about the past ("said it may have hit a school").
   */
  private static boolean ownHedgedPlan(SentenceGraph g, int clause, int saying) {
    if (!hasChild(g, clause, "aux", HEDGES) || hasChild(g, clause, "aux", Set.of("have", "'ve", "be"))) {
      return false;
    }
    for (int subject : g.children(clause, "nsubj")) {
      Token t = g.token(subject);
      if (t.pos().equals("PRP") || g.children(saying, "nsubj").stream().anyMatch(s -> g.token(s).word().equals(t.word()))) {
        return true;
      }
    }
    return false;
  }

  /** Pronouns that deny their clause as subject or object: "nobody was arrested", "none were freed". */
  private static final Set<String> NEGATIVE_PRONOUNS = Set.of("none", "nobody", "neither", "noone", "no-one", "nothing");

  /**
   * Whether a subject or object is a negative quantifier, which denies the act of its clause: headed by
   * "none (of)", "nobody", "neither", or determined by "no" / "neither" ("no country has recognised",
   * "neither side fired", "neither Russia nor Ukraine fired"). "none other than the president" names
   * someone; "no fewer than 20 people" counts them: neither is a denial.
   */
  private static boolean negativeQuantifier(SentenceGraph g, int node) {
    Token t = g.token(node);
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    if (NEGATIVE_PRONOUNS.contains(w)) {
      return !(w.equals("none") && g.children(node).stream().anyMatch(
          d -> g.token(d.dependent()).word().equalsIgnoreCase("other")));
    }
    for (Dependency d : g.children(node)) {
      String cw = g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if ((d.base().equals("det") && (cw.equals("no") || cw.equals("neither")))
          || (d.relation().equals("cc:preconj") && cw.equals("neither"))) {
        return true;
      }
    }
    return false;
  }

  /** Markers on the trigger itself. */
  /**
   * Whether a word of a pattern, an adjective or noun judgement the trigger states ("said the ruling was <b>not</b> a
   * mistake", "said he was not optimistic"), is negated by a negator of its own.
   */
  static boolean negatedJudgement(SentenceGraph g, int trigger, int word) {
    Dependency up = g.head(word);
    // a verb of the pattern carries its own negation ("vowed the attacks would not go unpunished")
    if (word == trigger || up == null || up.governor() != trigger || g.token(word).isVerb()
        || !(up.relation().startsWith("ccomp") || up.relation().startsWith("xcomp"))) {
      return false;
    }
    return g.children(word).stream().anyMatch(d -> (d.base().equals("advmod") || d.base().equals("neg"))
        && NEGATORS.contains(g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** Modals that hedge a negation: "might not accept" is no refusal, "could not accept" is. */
  private static final Set<String> NEGATION_HEDGES = Set.of("may", "might", "should", "must", "ought");

  /**
   * Whether a trigger reported under modality {@code m} is refused outright by its own actor: negated by its
   * own negator with no hedging modal or condition ("would not tolerate", "could not accept", "never
   * accepted"), or governed by a refusal ("refused to accept"). What is hypothetical only through its own
   * "could" or "would" counts; a clause made hypothetical from outside ("if ...", "may") does not.
   */
  boolean refusedOutright(SentenceGraph g, int t, Modality m) {
    if (!m.negated()) {
      return false;
    }
    Modality own = own(g, t);
    if (!own.negated()) {
      return m.intent() && !m.hypothetical(); // "refused to accept the ruling"
    }
    if (hasChild(g, t, "aux", NEGATION_HEDGES) || hasChild(g, t, "mark", CONDITIONS)) {
      return false;
    }
    return !m.hypothetical() || own.hypothetical();
  }

  private Modality own(SentenceGraph g, int t) {
    boolean negated = false;
    boolean hypothetical = false;
    boolean intent = false;
    for (Dependency d : g.children(t)) {
      Token c = g.token(d.dependent());
      String w = c.word().toLowerCase(java.util.Locale.ROOT);
      String base = d.base();
      if ((base.equals("advmod") || base.equals("neg") || base.equals("det") || base.equals("cc:preconj"))
          && (NEGATORS.contains(w) || NEGATORS.contains(c.key()))) {
        negated = true;
      } else if ((base.equals("nsubj") || base.equals("obj")) && negativeQuantifier(g, d.dependent())) {
        negated = true; // "none of the hostages were freed", "no troops were sent", "neither side fired"
      } else if (base.equals("advmod") && w.equals("longer") && hasChild(g, d.dependent(), "advmod", Set.of("no"))) {
        negated = true; // "would no longer pursue reconciliation": the act is given up
      } else if (base.equals("aux")) {
        if (MODALS.contains(w) || (w.equals("ca") && c.pos().equals("MD"))) {
          hypothetical = true;
        } else if (FUTURE.contains(w)) {
          intent = true;
        }
      } else if (base.equals("mark") && CONDITIONS.contains(w)) {
        hypothetical = true;
      } else if (base.equals("advmod") && GUESSES.contains(w)) {
        hypothetical = true; // "was most likely fired by Ukrainian air defences": a guess, not a report
      } else if (base.equals("amod") && (UNREAL_ADJECTIVES.contains(c.key()) || UNREAL_ADJECTIVES.contains(w))) {
        hypothetical = true;
      }
    }
    if (!intent && isGoingTo(g, t)) {
      intent = true;
    }
    return new Modality(negated, hypothetical, intent);
  }

  /**
   * A trip reported as made: a finite or perfect verb with no negator, modal or future of its own ("is
   * travelling to Kyiv to sign", "will fly to Paris to meet" leave the purpose still to come).
   */
  private boolean doneTrip(SentenceGraph g, int verb) {
    String pos = g.token(verb).pos();
    boolean perfect = pos.equals("VBN") && hasChild(g, verb, "aux", Set.of("has", "have", "had"));
    return (Clauses.finite(pos) || perfect) && own(g, verb).equals(Modality.REALIS);
  }

  private static Modality inherit(Modality governor) {
    return new Modality(false, governor.hypothetical(), governor.intent());
  }

  /** "is going to visit": the trigger is an xcomp of "go" with a progressive auxiliary. */
  private static boolean isGoingTo(SentenceGraph g, int t) {
    Dependency head = g.head(t);
    return head != null && head.governor() >= 0 && Clauses.infinitive(g, head)
        && g.token(head.governor()).key().equals("go") && g.token(head.governor()).pos().equals("VBG");
  }

  private static boolean hasChild(SentenceGraph g, int t, String base, Set<String> words) {
    for (Dependency d : g.children(t)) {
      if (d.base().equals(base) && words.contains(g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The noun phrase of an act that a carrier noun holds: "channels <b>of</b> dialogue", "the way <b>for</b> talks". */
  /** Nouns of an outcome's odds: "little chance of a breakthrough", "the prospect of progress". */
  private static final Set<String> PROSPECTS = Set.of("chance", "prospect", "possibility", "likelihood", "hope");

  /** Whether a noun is the outcome a noun of odds weighs ("chance of a <b>breakthrough</b>"). */
  private static boolean inProspect(SentenceGraph g, int noun) {
    Dependency up = g.head(noun);
    return up != null && up.governor() >= 0 && up.relation().startsWith("nmod")
        && PROSPECTS.contains(g.token(up.governor()).key());
  }

  private static boolean carriedPhrase(SentenceGraph g, String rel, int carrier) {
    Dependency up = g.head(carrier);
    return rel.equals("nmod:of") || rel.equals("nmod:for") && up != null && up.relation().equals("obj");
  }

  /** Verbs that stop a text from taking effect: "vetoed a resolution", "blocked a bill". */
  private static final Set<String> VETOES = Set.of("veto", "block", "defeat", "kill", "torpedo", "scuttle");

  /** Verbs that make a text take effect, unless they failed or were negated. */
  private static final Set<String> ADOPTIONS = Set.of("adopt", "pass", "approve", "endorse", "ratify", "issue");

  /**
   * Whether a noun (a resolution, a bill, a motion) is the object of a veto, or of an adoption that did not
   * happen ("failed to adopt a resolution demanding a ceasefire", "did not pass a bill banning imports").
   */
  private static boolean vetoed(SentenceGraph g, int noun) {
    Dependency up = g.head(noun);
    if (up == null || up.governor() < 0 || !(up.relation().equals("obj") || up.relation().equals("nsubj:pass"))) {
      return false;
    }
    int verb = up.governor();
    String lemma = g.token(verb).key();
    if (VETOES.contains(lemma)) {
      return true;
    }
    if (!ADOPTIONS.contains(lemma)) {
      return false;
    }
    Dependency above = g.head(verb);
    // the parser may read "failed on Thursday to adopt" as a purpose clause (advcl:to)
    boolean failed = above != null && above.governor() >= 0
        && (above.relation().startsWith("xcomp") || above.relation().equals("advcl:to"))
        && NEGATIVE.contains(g.token(above.governor()).key());
    return failed || g.children(verb).stream().anyMatch(d -> (d.base().equals("advmod") || d.base().equals("neg"))
        && NEGATORS.contains(g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** "pave the way for", "open the way for", "clear the way for": a step towards an act not yet taken. */
  private static boolean pavesTheWay(SentenceGraph g, int verb) {
    return Set.of("pave", "open", "clear").contains(g.token(verb).key())
        && g.children(verb, "obj").stream().anyMatch(o -> g.token(o).key().equals("way"));
  }

  /** Words that rank a noun: "the first president to visit Japan" did visit it. */
  private static final Set<String> RANKS = Set.of("first", "second", "third", "last", "only", "next");

  /** Whether a noun is ranked by an ordinal, "last" or "only", so that its infinitive states a fact. */
  private static boolean ranked(SentenceGraph g, int noun) {
    return g.children(noun, "amod").stream()
        .anyMatch(a -> g.token(a).ner().equals("ORDINAL") || RANKS.contains(g.token(a).key()));
  }

  /**
   * "planned to launch a satellite<b>, drawing</b> condemnation": CoreNLP makes the participle an adjective
   * of its object and that object a second object of the verb before the comma.
   */
  private static boolean misparsedReaction(SentenceGraph g, int verb, int noun) {
    boolean earlierObject = g.children(verb, "obj").stream().anyMatch(o -> o < noun);
    return earlierObject && g.children(noun, "amod").stream()
        .anyMatch(a -> a > 0 && a < noun && g.token(a).pos().equals("VBG") && g.token(a - 1).word().equals(","));
  }

  /** Whether a verb heads the clause a verb of saying reports ("said <b>he would halt</b> aid"). */
  private static boolean reported(SentenceGraph g, int verb) {
    Dependency up = g.head(verb);
    return up != null && up.governor() >= 0 && up.relation().startsWith("ccomp")
        && org.entente.model.Speech.reports(g.token(up.governor()).key());
  }

  
  /** A question: the sentence ends with "?" and the trigger is in its main clause. */
  private static boolean isQuestion(SentenceGraph g, int t) {
    var tokens = g.sentence().tokens();
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals("?");
  }
}
