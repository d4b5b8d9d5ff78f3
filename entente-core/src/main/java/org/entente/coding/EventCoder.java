package org.entente.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * An EventCoder finds the events of a parsed sentence by matching the pattern dictionary on its
 * dependency graph: subject → source, object or prepositional object → target, in either voice.
 *
 * <p>Triggers are tried from the top of the graph down, so a governing verb consumes the words of
 * its pattern ("held talks with" does not also code the noun "talks"). The most specific pattern of a
 * trigger that matches wins. Thread-safe: it only reads its pattern set.
 */
public final class EventCoder {

  private final PatternSet patterns;
  private final ModalityDetector modality = new ModalityDetector();
  private final AnnouncedActs announced;

  public EventCoder(PatternSet patterns) {
    this.patterns = patterns;
    this.announced = new AnnouncedActs(patterns);
  }

  public PatternSet patterns() {
    return patterns;
  }

  /**
   * The event frames of a sentence.
   *
   * @param isActor tells which tokens belong to an actor phrase, so that an actor adjective
   *     ("the Chinese ban") can be a nominal event's source
   */
  public List<EventFrame> code(SentenceGraph g, IntPredicate isActor) {
    return code(g, isActor, i -> false);
  }

  /**
   * The event frames of a sentence.
   *
   * @param isActor tells which tokens belong to an actor phrase (a name, a country adjective)
   * @param isRole tells which tokens are role words ("police", "company"), actors without a name
   */
  public List<EventFrame> code(SentenceGraph g, IntPredicate isActor, IntPredicate isRole) {
    return code(g, isActor, isRole, i -> false);
  }

  /**
   * The event frames of a sentence.
   *
   * @param isActor tells which tokens belong to an actor phrase (a name, a country adjective)
   * @param isRole tells which tokens are role words ("police", "company"), actors without a name
   * @param isPlace tells which tokens name a place (a city, a capital, a country), for the patterns
   *     whose target must be one ("[target=place]")
   */
  public List<EventFrame> code(SentenceGraph g, IntPredicate isActor, IntPredicate isRole, IntPredicate isPlace) {
    int n = g.sentence().size();
    List<Integer> order = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingInt(g::depth).thenComparingInt(i -> i)).toList();
    BitSet consumed = new BitSet(n);
    BitSet filled = new BitSet(n);
    List<EventFrame> frames = new ArrayList<>();
    SlotFinder slots = new SlotFinder(g, isActor, isRole);
    for (int t : order) {
      if (consumed.get(t)) {
        continue;
      }
      Token tok = g.token(t);
      List<EventPattern> candidates = tok.isVerb() || verbTaggedAsNoun(g, t) ? patterns.forVerb(tok.key())
          : tok.isNoun() && !predicative(g, t) ? patterns.forNoun(tok.key())
          : tok.isNoun() && postureState(g, t) ? patterns.forNoun(tok.key()).stream().filter(p -> p.code().startsWith("15")).toList()
          : List.of();
      for (EventPattern p : candidates) {
        EventFrame frame = match(g, slots, t, p, filled);
        if (frame != null && subjectFits(g, p, frame) && targetFits(g, p, frame, isPlace)) {
          // A blocking line ("launched a new phone") matches like any other but codes nothing.
          if (!p.blocks() || !frame.code().equals(EventPattern.NOT_AN_EVENT)) {
            frames.add(frame);
            markFilled(g, frame, filled);
            if (p.alsoCode() != null && frame.code().equals(p.code()) && frame.modality().equals(Modality.REALIS)) {
              // "signed an agreement to cease hostilities": the truce is declared and a formal agreement signed.
              frames.add(new EventFrame(t, p, p.alsoCode(), frame.sources(), frame.targets(), frame.group(), frame.words(),
                  frame.modality(), frame.act()));
            }
          }
          // "defied a warning from the Guards", "ignored calls from Brussels": a spoken act with its own speaker
          // named in a "from" phrase is the speaker's event too, aimed at the one who receives it
          // "secured an arrangement during a visit to Tehran": the occasion a pattern names is an act of its own
          frame.words().stream().filter(w -> w == t || !spokenAct(g, w) || slots.speakerFrom(w, new BitSet()) < 0)
              .filter(w -> w == t || !occasion(g, w))
              // "upheld parliament's impeachment of Yoon": a legal proceeding with its own author is that author's act too
              .filter(w -> w == t || !ownedLegalAct(g, w, isActor, isRole))
              // "described China's ban on seafood as groundless": an owned act a criticism names is an act of its own
              .filter(w -> w == t || !(frame.code().startsWith("11") && ownedAct(g, w, isActor, isRole)))
              .forEach(consumed::set);
          break;
        }
      }
    }
    EventPattern general = patterns.forVerb("demand").stream().filter(p -> p.code().equals("100")).findFirst().orElse(null);
    frames = announced.obligationsAsDemands(g, frames, v -> slots.verbSubject(v, slots.isPassive(v)), slots::mayNameActor, general);
    frames = announced.refineRequests(g, frames);
    frames = announced.mergeIntoGovernors(g, frames, slots::mayNameActor);
    return measureScopes(g, announced.plansAimedAtTheirActs(g, frames));
  }

  /**
   * A noun naming a legal proceeding or finding (a line of CAMEO 115 or 116: "impeachment", "conviction") with
   * an author of its own in a possessor ("upheld <b>parliament's impeachment</b> of Yoon", "overturned the lower
   * court's conviction of the activist"): an earlier act in its own right, not just what the verb judges.
   */
  private boolean ownedLegalAct(SentenceGraph g, int w, IntPredicate isActor, IntPredicate isRole) {
    return ownedAct(g, w, isActor, isRole, code -> code.startsWith("115") || code.startsWith("116"));
  }

  /** A noun the pattern dictionary knows as an act, with an actor for its possessor ("China's ban"). */
  private boolean ownedAct(SentenceGraph g, int w, IntPredicate isActor, IntPredicate isRole) {
    return ownedAct(g, w, isActor, isRole, code -> true);
  }

  /** {@link #ownedAct(SentenceGraph, int, IntPredicate, IntPredicate)} for nouns with a line of one of the codes. */
  private boolean ownedAct(SentenceGraph g, int w, IntPredicate isActor, IntPredicate isRole,
      java.util.function.Predicate<String> codes) {
    return g.token(w).isNoun() && patterns.forNoun(g.token(w).key()).stream().anyMatch(p -> codes.test(p.code()))
        && g.children(w, "nmod:poss").stream().anyMatch(o -> isActor.test(o) || isRole.test(o));
  }

  /**
   * Whether a pattern codes judicial cooperation (CAMEO 063, or its intent 0313) or the refusal of it: its code
   * is one of those, or one of its words is a verb whose own lines code 063 ("refuse extradite +").
   */
  private boolean judicialCooperation(SentenceGraph g, EventPattern p, List<Integer> words) {
    if (p.code().equals("063") || p.code().equals("0313")) {
      return true;
    }
    return p.code().startsWith("12") && words.stream().anyMatch(w -> g.token(w).isVerb()
        && patterns.forVerb(g.token(w).key()).stream().anyMatch(q -> q.code().equals("063")));
  }

  /** Whether a word names the occasion of its governor's act ("during a visit"), an act in its own right. */
  private static boolean occasion(SentenceGraph g, int w) {
    Dependency up = g.head(w);
    return up != null && up.relation().endsWith(":during");
  }

  /**
   * "imposed new sanctions on Iran, <b>targeting</b> its oil exports", "agreed tariffs on steel, <b>hitting</b>
   * Chinese mills": a participle set off by a comma after a sanction, embargo or restriction (CAMEO 16x,
   * 172x) says what the measure reaches; its attack words are no attack of their own. (After force, 175,
   * "..., killing two" is more force.)
   */
  private static List<EventFrame> measureScopes(SentenceGraph g, List<EventFrame> frames) {
    java.util.Set<Integer> measures = new java.util.HashSet<>();
    for (EventFrame f : frames) {
      if (f.code().startsWith("16") || f.code().startsWith("172")) {
        measures.add(f.trigger());
        measures.addAll(f.words());
        // "agreed a package of sanctions": the verb whose object holds the measure noun
        int node = f.trigger();
        for (Dependency up = g.head(node); !g.token(node).isVerb() && up != null && up.governor() >= 0; up = g.head(node)) {
          node = up.governor();
          measures.add(node);
        }
      }
    }
    return frames.stream().filter(f -> !(violent(f.code()) && commaParticiple(g, f.trigger())
        && measures.contains(g.head(f.trigger()).governor()))).toList();
  }

  private static boolean violent(String code) {
    return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  private static boolean commaParticiple(SentenceGraph g, int t) {
    Dependency up = g.head(t);
    return t > 0 && g.token(t).pos().equals("VBG") && g.token(t - 1).word().equals(",") && up != null && up.governor() >= 0
        && Set.of("dep", "advcl", "xcomp", "acl").contains(up.base());
  }

  /**
   * A pattern naming its subject's words ("[subject=typhoon|storm]") holds only when the subject noun,
   * or a compound of it ("Typhoon Shanshan"), has one of them.
   */
  private static boolean subjectFits(SentenceGraph g, EventPattern p, EventFrame frame) {
    if (p.subjectWords().isEmpty()) {
      return true;
    }
    List<Integer> subjects = p.subject() == Slot.TARGET ? frame.targets()
        : p.subject() == Slot.GROUP ? frame.group() : frame.sources();
    for (int h : subjects) {
      List<Integer> words = new ArrayList<>(g.children(h, "compound"));
      words.add(h);
      if (words.stream().anyMatch(w -> p.subjectWords().contains(g.token(w).key()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A pattern whose target must be a place ("[target=place]") holds only when every target is one, named
   * as such: "reopen embassies in a deal mediated by China" puts no embassy in China, though the deal stands
   * for its mediator where a thing is acted on.
   */
  private static boolean targetFits(SentenceGraph g, EventPattern p, EventFrame frame, IntPredicate isPlace) {
    return !p.placeTarget() || !frame.targets().isEmpty() && frame.targets().stream()
        .allMatch(t -> isPlace.test(t) && !agentOfParticiple(g, t));
  }

  private static boolean agentOfParticiple(SentenceGraph g, int t) {
    Dependency up = g.head(t);
    if (up == null || up.governor() < 0 || !(up.relation().equals("obl:by") || up.relation().equals("obl:agent"))) {
      return false;
    }
    Dependency above = g.head(up.governor());
    return above != null && above.base().equals("acl");
  }

  /**
   * "they would blockade/NN Paris": after a modal the tagger sometimes takes a verb for its noun. A noun
   * has no auxiliary and no direct object; a token with both (and no copula) is a verb.
   */
  static boolean verbTaggedAsNoun(SentenceGraph g, int t) {
    return g.token(t).isNoun() && g.hasChild(t, "aux") && g.hasChild(t, "obj") && !g.hasChild(t, "cop");
  }

  /**
   * "Pakistan's army said it was on high alert along the Line of Control", "troops are on standby": a
   * subject put in a state by "be on" is in a force posture (CAMEO 15 only; the noun lines say which).
   */
  private static boolean postureState(SentenceGraph g, int t) {
    return g.hasChild(t, "cop") && g.hasChild(t, "nsubj")
        && g.children(t, "case").stream().anyMatch(c -> g.token(c).key().equals("on"));
  }

  /**
   * A noun that describes rather than reports ("condemned the launch <b>as a threat</b>", "it was
   * <b>a provocation</b>") is not an event of its own.
   */
  private static boolean predicative(SentenceGraph g, int t) {
    if (g.hasChild(t, "cop")) {
      return true;
    }
    Dependency head = g.head(t);
    if (head == null) {
      return false;
    }
    String rel = head.relation();
    return rel.equals("obl:as") || rel.equals("nmod:as") || rel.equals("xcomp") || rel.equals("advcl:as");
  }

  private EventFrame match(SentenceGraph g, SlotFinder slots, int t, EventPattern p, BitSet filled) {
    boolean passive = slots.isPassive(t);
    List<Integer> attach = new ArrayList<>(List.of(t));
    List<Integer> words = new ArrayList<>();
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    List<Integer> group = new ArrayList<>();
    BitSet used = new BitSet();
    used.set(t);
    int[] wordAt = matchWords(g, slots, t, p.elements(), used);
    if (wordAt == null) {
      return null;
    }
    for (int i = 0; i < p.elements().size(); i++) {
      PatternElement e = p.elements().get(i);
      if (e instanceof PatternElement.Word || e instanceof PatternElement.PrepWord) {
        attach.add(wordAt[i]);
        words.add(wordAt[i]);
      } else if (e instanceof PatternElement.Object o) {
        int c = slots.object(attach, passive, p.kind(), used);
        if (c < 0) {
          return null;
        }
        used.set(c);
        fill(o.slot(), slots.actorsOf(slots.expand(c), o.slot(), isAct(g), used), sources, targets, group);
      } else if (e instanceof PatternElement.Prep pr) {
        int c = slots.prep(attach, pr.prepositions(), passive, used);
        if (c < 0 && p.kind() == EventPattern.TriggerKind.NOUN && pr.slot() == Slot.TARGET && !material(p.code())) {
          c = slots.recipientOfSpokenAct(t, used); // "students defied a warning from the Guards": aimed at the students
        }
        if (c < 0) {
          return null;
        }
        used.set(c);
        fill(pr.slot(), slots.actorsOf(slots.expand(c), pr.slot(), isAct(g), used), sources, targets, group);
        if (pr.slot() == Slot.TARGET) {
          for (int other : parallelPhrases(g, c, pr.prepositions(), used)) {
            used.set(other);
            fill(pr.slot(), slots.actorsOf(slots.expand(other), pr.slot(), isAct(g), used), sources, targets, group);
          }
        }
      }
    }
    if (p.subject() != null) {
      int speaker = p.kind() == EventPattern.TriggerKind.NOUN && !material(p.code()) ? slots.speakerFrom(t, used) : -1;
      int s = p.kind() == EventPattern.TriggerKind.VERB ? slots.verbSubject(t, passive, material(p.code()))
          : speaker >= 0 ? speaker : slots.nounSubject(t, used, presupposed(g, t, filled));
      if (p.subject() == Slot.GROUP && p.kind() == EventPattern.TriggerKind.NOUN) {
        // "their talks": a group before a nominal meeting is its possessor, not the agent of a participle
        // ("talks brokered by Qatar and Egypt") or the subject of a governing verb
        s = g.children(t, "nmod:poss").stream().filter(c -> !used.get(c)).findFirst().orElse(-1);
      }
      if (p.subject() == Slot.GROUP && p.kind() == EventPattern.TriggerKind.NOUN
          && (s < 0 || slots.expand(s).size() < 2 && !plural(g.token(s)))) {
        // "warned Wang Yi during a meeting": a meeting without its own parties is held by the clause's actors
        List<Integer> parties = slots.partiesOfClause(t, used);
        if (!parties.isEmpty()) {
          group.addAll(parties);
          s = -2;
        }
      }
      if (s == -2) {
        // the group is filled
      } else if (p.subject() == Slot.GROUP && s >= 0 && slots.expand(s).size() < 2 && !plural(g.token(s))) {
        return null; // "the forum agreed": one actor is no group; "the two sides agreed" may be
      }
      // "was detained in Beijing": a passive without its agent keeps the frame, the source left to the
      // context (see EventExtractor); every other pattern needs its subject.
      // "after weeks of protests against her government": a protest named without its protesters keeps the
      // frame too, its source the population of the side protested against (see EventExtractor).
      boolean agentless = s == -2 || s < 0 && p.subject() == Slot.SOURCE
          && (passive && p.kind() == EventPattern.TriggerKind.VERB || p.kind() == EventPattern.TriggerKind.NOUN && protest(p.code()));
      if (!agentless && (s < 0 || used.get(s))) {
        return null;
      }
      if (!agentless && s >= 0) {
        fill(p.subject(), slots.expand(s), sources, targets, group);
      }
    }
    if (targetSlots(p) > 1) {
      // "condemned the move as a reward for terrorism", "found the reporter guilty of espionage": of two
      // target phrases, the one naming an actor is the target (else the first); the other says why.
      // When both name actors, the first is the one acted on: "accused Belgrade of supporting armed
      // groups in Kosovo" is aimed at Belgrade, not at the groups.
      List<Integer> actors = targets.stream().filter(slots::mayNameActor).toList();
      // "offered to hand over to Britain two of its nationals": people of the subject's own side ("its")
      // are what is handed over; the other actor is the one it is done to.
      List<Integer> others = actors.stream().filter(x -> g.children(x, "nmod:poss").stream()
          .noneMatch(o -> g.token(o).pos().equals("PRP$"))).toList();
      if (actors.size() > 1 && !others.isEmpty()) {
        actors = others;
      }
      List<Integer> kept = actors.isEmpty() || actors.contains(targets.get(0)) ? slots.expand(targets.get(0)) : actors;
      targets.retainAll(kept);
    }
    if (targets.size() == 1 && !slots.mayNameActor(targets.get(0))) {
      // "after talks brokered by Brazil": the talks stand for the parties of the clause they belong to
      List<Integer> parties = new ArrayList<>(slots.partiesOfModifiedAct(t, namesAnAct(g)));
      parties.removeIf(x -> sources.contains(x) || !slots.mayNameActor(x));
      if (!parties.isEmpty() && targets.get(0) == g.head(t).governor()) {
        targets.clear();
        targets.addAll(parties);
      }
    }
    if (judicialCooperation(g, p, words)) {
      // "refused to extradite a Ukrainian man sought by Germany": handing a person over (or refusing to) is
      // cooperation with the state that wants them, not an act on the person
      int requester = slots.requesterOf(targets, used);
      if (requester >= 0) {
        used.set(requester);
        targets.clear();
        targets.addAll(slots.actorsOf(slots.expand(requester), Slot.TARGET, isAct(g), used));
      }
    }
    if (!sources.isEmpty() && targets.stream().anyMatch(x -> reciprocal(g, x))) {
      // "used force against each other", "consult one another": the sources act on each other.
      group.addAll(sources);
      sources.clear();
      targets.clear();
    }
    if (targets.isEmpty() && group.isEmpty() && !p.hasSlot(Slot.TARGET) && !p.hasSlot(Slot.GROUP)) {
      // "demanded that Japan retract the remarks": the subject of the that-clause is the target.
      // A clause whose head is a word of the pattern ("said he was optimistic that ...", "said the
      // verdict was regrettable") is a judgement: what it judges is found below.
      // A warning is no judgement: "warned they could do so if American strikes continued" is aimed at whom the
      // condition names.
      boolean judgement = !ModalityDetector.warns(g.token(t).key()) && words.stream().anyMatch(w -> g.head(w) != null
          && g.head(w).governor() == t && (g.head(w).relation().startsWith("ccomp") || g.head(w).relation().startsWith("xcomp")));
      int addressee = p.kind() == EventPattern.TriggerKind.VERB && !judgement ? slots.clauseSubject(t, passive, used) : -1;
      if (addressee >= 0) {
        targets.addAll(slots.expand(addressee));
      }
    }
    if (targets.isEmpty() && group.isEmpty() && !p.hasSlot(Slot.TARGET) && !p.hasSlot(Slot.GROUP)
        && p.kind() == EventPattern.TriggerKind.VERB) {
      // "called the test absolutely unacceptable": what a judgement is passed on is its target.
      int judged = slots.smallClauseSubject(t, used, words);
      if (judged >= 0 && ModalityDetector.warns(g.token(t).key()) && g.head(judged) != null
          && ModalityDetector.warnersOwnAct(g, g.head(judged).governor())) {
        judged = -1; // "warned they could do so": the warner's own act, not the one warned
      }
      if (judged >= 0) {
        targets.addAll(slots.actorsOf(slots.expand(judged), Slot.TARGET, isAct(g), used));
      }
    }
    if (targets.isEmpty() && group.isEmpty() && !p.hasSlot(Slot.TARGET) && !p.hasSlot(Slot.GROUP)) {
      // "welcomed Seoul's decision": without a target slot, the owner of the act is the target; an owned
      // institution the pattern names ("stormed Kenya's parliament") is the target itself, with its owner.
      for (int w : words) {
        for (int owner : slots.owners(w, false, used)) {
          if (!used.get(owner) && !sources.contains(owner)) {
            targets.addAll(slots.isRoleWord(w) && slots.mayNameActor(owner) ? List.of(w) : slots.expand(owner));
          }
        }
      }
    }
    boolean noActorTarget = targets.isEmpty() && !p.hasSlot(Slot.TARGET)
        || targets.size() == 1 && !slots.mayNameActor(targets.get(0)) && !isAct(g).test(targets.get(0));
    if (noActorTarget && group.isEmpty() && !p.hasSlot(Slot.GROUP) && p.kind() == EventPattern.TriggerKind.VERB) {
      // "phoned his Moroccan counterpart to offer condolences", "marched to the ministry to demand higher
      // pay": a purpose whose target names no actor is aimed at whom its clause's act reached.
      int addressee = slots.purposeAddressee(t, used);
      if (addressee >= 0 && !sources.contains(addressee)) {
        targets.clear();
        targets.addAll(slots.actorsOf(slots.expand(addressee), Slot.TARGET, isAct(g), used));
        targets.removeIf(sources::contains);
      }
    }
    String code = p.planCode() != null && Clauses.governsInfinitive(g, t)
        ? p.planCode() : p.code();
    Dependency up = g.head(t);
    String governor = up != null && up.governor() >= 0 ? g.token(up.governor()).key() : "";
    Modality m = modality.of(g, t, presupposed(g, t, filled), !material(code), slots::mayNameActor);
    boolean judgedNot = words.stream().anyMatch(w -> ModalityDetector.negatedJudgement(g, t, w));
    if (judgedNot) {
      m = m.or(new Modality(true, false, false)); // "said the verdict was not a mistake"
    }
    // "would not tolerate such provocations", "could not accept the findings": a line with [negated=CODE]
    // codes its refusal as a stance of its own, not as an act that did not happen. So does a statement
    // the speaker negates in its clause ("said Canada would never be part of the United States").
    boolean refused = p.negatedCode() != null && (modality.refusedOutright(g, t, m)
        || judgedNot && !m.hypothetical() && !m.intent());
    if (refused && passive && !p.blocks() && p.subject() == Slot.SOURCE && !targets.isEmpty()
        && targets.stream().noneMatch(isAct(g)::test)) {
      // "Taiwan will not be intimidated (by China)": an act done to someone (a line with a code of its own, not
      // "tolerate" or "accept"), refused in the passive, is the stance of the one who refuses to undergo it,
      // against its agent (without one, against the other side, found from the context)
      List<Integer> refuser = new ArrayList<>(targets);
      targets.clear();
      targets.addAll(sources);
      sources.clear();
      sources.addAll(refuser);
    }
    if (refused && targets.isEmpty() && group.isEmpty() && !p.hasSlot(Slot.TARGET)) {
      // "could not accept the findings": the act refused, the object among the pattern's words, stands for
      // its author (resolved with the other acts named as targets)
      for (int w : words) {
        Dependency d = g.head(w);
        if (d != null && d.governor() == t && d.relation().equals("obj")) {
          targets.addAll(slots.expand(w));
        }
      }
    }
    AnnouncedActs.Coded c = refused
        ? new AnnouncedActs.Coded(p.negatedCode(), Modality.REALIS) : announced.decide(p, code, m, governor);
    return new EventFrame(t, p, c.code(), sources, targets, group, words, c.modality(), t);
  }

  private static long targetSlots(EventPattern p) {
    return p.elements().stream().filter(e -> e instanceof PatternElement.Object o && o.slot() == Slot.TARGET
        || e instanceof PatternElement.Prep pr && pr.slot() == Slot.TARGET).count();
  }

  /** "each other", "one another": the reciprocal pronoun (English has only these two). */
  private static boolean reciprocal(SentenceGraph g, int t) {
    String w = g.token(t).word().toLowerCase(java.util.Locale.ROOT);
    String partner = w.equals("other") ? "each" : w.equals("another") ? "one" : null;
    return partner != null && g.children(t).stream()
        .anyMatch(d -> g.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT).equals(partner));
  }

  /** A plural noun or number word that can stand for several actors ("the two sides", "both"). */
  private static boolean plural(Token t) {
    return t.pos().equals("NNS") || t.pos().equals("NNPS") || t.pos().equals("CD") || t.pos().equals("DT")
        || t.pos().equals("PRP");
  }

  /**
   * Nouns that name an act by themselves ("talks", "a deal", "a truce"), not only in a phrase ("state" in
   * "state of emergency"): those with a general nominal pattern.
   */
  private IntPredicate namesAnAct(SentenceGraph g) {
    return i -> patterns.forNoun(g.token(i).key()).stream().anyMatch(EventPattern::general);
  }

  /** Nouns that name an act: those the pattern dictionary knows as nominal triggers. */
  private IntPredicate isAct(SentenceGraph g) {
    return i -> !patterns.forNoun(g.token(i).key()).isEmpty();
  }

  /** The slot heads a frame's trigger governs directly ("condemned <b>the invasion</b>"). */
  private static void markFilled(SentenceGraph g, EventFrame f, BitSet filled) {
    for (List<Integer> heads : List.of(f.sources(), f.targets(), f.group())) {
      for (int h : heads) {
        Dependency d = g.head(h);
        if (d != null && d.governor() == f.trigger()) {
          filled.set(h);
        }
      }
    }
  }

  /**
   * "did not condemn Russia's invasion": a nominal event that fills a slot of the coded verb governing
   * it is taken as given; the verb's negation or modality is not its own.
   */
  private static boolean presupposed(SentenceGraph g, int t, BitSet filled) {
    return g.token(t).isNoun() && filled.get(t);
  }
  /**
   * The tokens of a pattern's plain words, in any order of the text: "cut diplomatic ties" matches
   * "cut tie diplomatic" and "cut diplomatic tie" alike, since "diplomatic" hangs from "ties", not from
   * "cut". A word is looked for under the trigger and the words found so far, until no more are found.
   * Marks the words in {@code used}; null when a word is missing.
   */
  private static int[] matchWords(SentenceGraph g, SlotFinder slots, int t, List<PatternElement> elements, BitSet used) {
    int[] at = new int[elements.size()];
    java.util.Arrays.fill(at, -1);
    List<Integer> attach = new ArrayList<>(List.of(t));
    int first = firstWord(elements);
    if (first >= 0 && elements.get(first) instanceof PatternElement.Word w) {
      int object = relativeObject(g, t, w.lemmas(), used);
      if (object >= 0) {
        at[first] = object;
        attach.add(object);
        used.set(object);
      }
    }
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = 0; i < elements.size(); i++) {
        PatternElement e = elements.get(i);
        if (at[i] >= 0) {
          continue;
        }
        int c = e instanceof PatternElement.Word w ? slots.word(attach, w.lemmas(), used)
            : e instanceof PatternElement.PrepWord pw ? slots.prepWord(attach, pw.prepositions(), pw.lemmas(), used) : -2;
        if (c >= 0) {
          at[i] = c;
          attach.add(c);
          used.set(c);
          progress = true;
        }
      }
    }
    for (int i = 0; i < elements.size(); i++) {
      PatternElement e = elements.get(i);
      if ((e instanceof PatternElement.Word || e instanceof PatternElement.PrepWord) && at[i] < 0) {
        return null;
      }
    }
    return at;
  }

  private static int firstWord(List<PatternElement> elements) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) instanceof PatternElement.Word) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "lift export curbs on three chemicals used to make semiconductors <b>that it had imposed</b> on South Korea":
   * the parser hangs a relative clause that lost its object on a verb above as a that-clause, or gives it the
   * nearest noun for its object. A verb with a subject, no object and "that" as its mark (or a relative clause
   * whose object is a noun the pattern does not name) takes for its object word a noun object of a verb above
   * it, before it in the text (the pattern's word says which of them the clause is about).
   */
  private static int relativeObject(SentenceGraph g, int t, Set<String> lemmas, BitSet used) {
    Dependency clause = g.head(t);
    // "export controls on gases used to make chips that it imposed on Moscow": a relative clause given the
    // nearest noun for its object, when the pattern's word is not that noun, may be about a noun above it
    boolean misplaced = clause != null && clause.relation().equals("acl:relcl") && g.children(t, "obj").equals(List.of(clause.governor()))
        && !lemmas.contains(g.token(clause.governor()).key());
    boolean asComplement = !g.hasChild(t, "obj") && g.children(t, "mark").stream().anyMatch(m -> g.token(m).key().equals("that"));
    if (!g.token(t).isVerb() || !g.hasChild(t, "nsubj") || !(misplaced || asComplement)) {
      return -1;
    }
    int node = t;
    for (int level = 0; level < 5; level++) {
      Dependency up = g.head(node);
      if (up == null || up.governor() < 0) {
        break;
      }
      node = up.governor();
      for (int o : g.children(node, "obj")) {
        if (o < t && !used.get(o) && g.token(o).isNoun() && lemmas.contains(g.token(o).key())) {
          return o;
        }
      }
    }
    return -1;
  }

  /**
   * "includes 61 billion dollars for Ukraine <b>and 26 billion dollars for Israel</b>": the noun a target phrase
   * hangs from, conjoined with another of the same word that has its own phrase of the slot's preposition, names
   * one more receiver in the conjunct's phrase.
   */
  private static List<Integer> parallelPhrases(SentenceGraph g, int c, Set<String> prepositions, BitSet used) {
    Dependency up = g.head(c);
    List<Integer> out = new ArrayList<>();
    // "300 million pounds of aid for Sudan and 50 million pounds for Chad": the conjoined noun may be the one
    // an "of" or "in" phrase holding the target hangs from
    for (int step = 0; step < 3 && up != null && up.governor() >= 0; step++) {
      int head = up.governor();
      // conjoined verbs ("Germany sent aid to Kyiv and Russia sent arms to Syria") are acts of their own; a verb's
      // conjunct that is a noun without a subject is the gapped rest of its own act ("pledged 40 million dollars
      // for Turkey and 10 million dollars for Syria", as the parser joins it)
      boolean verb = g.token(head).isVerb();
      if (!verb && !g.token(head).isNoun()) {
        break;
      }
      for (Dependency d : g.children(head)) {
        int conjunct = d.dependent();
        if (!d.base().equals("conj") || d.subtype().equals("but")) {
          continue;
        }
        boolean parallel = verb ? (g.token(conjunct).isNoun() || g.token(conjunct).pos().equals("$")) && !g.hasChild(conjunct, "nsubj") && !g.hasChild(conjunct, "cop")
            : g.token(conjunct).key().equals(g.token(head).key());
        if (!parallel) {
          continue;
        }
        for (Dependency p : g.children(conjunct)) {
          if ((p.base().equals("nmod") || p.base().equals("obl")) && prepositions.contains(p.subtype().replace('_', ' '))
              && !used.get(p.dependent()) && !out.contains(p.dependent())) {
            out.add(p.dependent());
            break;
          }
        }
      }
      if (!out.isEmpty()) {
        break;
      }
      up = g.head(head);
      if (up == null || !(up.relation().equals("nmod:of") || up.relation().equals("nmod:in"))) {
        break;
      }
    }
    return out;
  }

  private static void fill(Slot slot, List<Integer> heads, List<Integer> sources, List<Integer> targets, List<Integer> group) {
    switch (slot) {
      case SOURCE -> sources.addAll(heads);
      case TARGET -> targets.addAll(heads);
      case GROUP -> group.addAll(heads);
    }
  }

  /**
   * A noun naming a spoken act ("warning", "call", "demand"): one with nominal patterns, none of them a
   * material act (a "withdrawal from ECOWAS" is no message from ECOWAS).
   */
  private boolean spokenAct(SentenceGraph g, int w) {
    List<EventPattern> ps = patterns.forNoun(g.token(w).key());
    return g.token(w).isNoun() && !ps.isEmpty() && ps.stream().noneMatch(p -> material(p.code()));
  }

  /** CAMEO root 14: protests, demonstrations, strikes and boycotts. */
  private static boolean protest(String code) {
    return code.startsWith("14");
  }

  /** CAMEO roots of material acts: cooperation (06-09) and conflict (14-20), not statements. */
  private static boolean material(String code) {
    if (code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
      return false; // a not-an-event line ("-")
    }
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 6 && root <= 9 || root >= 14;
  }
}
