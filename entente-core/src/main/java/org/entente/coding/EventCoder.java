package org.entente.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
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

  public EventCoder(PatternSet patterns) {
    this.patterns = patterns;
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
    int n = g.sentence().size();
    List<Integer> order = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingInt(g::depth).thenComparingInt(i -> i)).toList();
    BitSet consumed = new BitSet(n);
    BitSet coded = new BitSet(n);
    List<EventFrame> frames = new ArrayList<>();
    SlotFinder slots = new SlotFinder(g, isActor);
    for (int t : order) {
      if (consumed.get(t)) {
        continue;
      }
      Token tok = g.token(t);
      List<EventPattern> candidates = tok.isVerb() ? patterns.forVerb(tok.key())
          : tok.isNoun() && !predicative(g, t) ? patterns.forNoun(tok.key()) : List.of();
      for (EventPattern p : candidates) {
        EventFrame frame = match(g, slots, t, p, coded);
        if (frame != null && subjectFits(g, p, frame)) {
          // A blocking line ("launched a new phone") matches like any other but codes nothing.
          if (!p.blocks()) {
            frames.add(frame);
            coded.set(t);
          }
          frame.words().forEach(consumed::set);
          break;
        }
      }
    }
    return mergeAnnouncedPlans(g, frames);
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
   * "agreed to restart consultations with Seoul": the agreement is the event, and it is coded with
   * the intent code of what was agreed (CAMEO 03x), not as two events. A governing verb of plan or
   * promise absorbs an infinitive event that has an intent code.
   */
  private List<EventFrame> mergeAnnouncedPlans(SentenceGraph g, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame governed : frames) {
      Dependency head = g.head(governed.trigger());
      String intent = patterns.intentCode(governed.pattern());
      if (intent == null || head == null || !head.relation().startsWith("xcomp")) {
        continue;
      }
      for (EventFrame governor : frames) {
        if (governor.trigger() != head.governor() || !ModalityDetector.announcesPlan(g.token(governor.trigger()).key())) {
          continue;
        }
        List<Integer> targets = governor.targets().isEmpty() ? governed.targets() : governor.targets();
        List<Integer> sources = governor.sources().isEmpty() ? governed.sources() : governor.sources();
        List<Integer> group = governor.group().isEmpty() ? governed.group() : governor.group();
        List<Integer> words = new ArrayList<>(governor.words());
        words.addAll(governed.words());
        words.add(governed.trigger());
        Modality m = new Modality(governor.modality().negated(), governor.modality().hypothetical(), false);
        EventFrame merged = new EventFrame(governor.trigger(), governed.pattern(), intent,
            sources, targets, group, words, m);
        int at = out.indexOf(governor);
        if (at >= 0) {
          out.set(at, merged);
          out.remove(governed);
        }
      }
    }
    return out;
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

  private EventFrame match(SentenceGraph g, SlotFinder slots, int t, EventPattern p, BitSet coded) {
    boolean passive = slots.isPassive(t);
    List<Integer> attach = new ArrayList<>(List.of(t));
    List<Integer> words = new ArrayList<>();
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    List<Integer> group = new ArrayList<>();
    BitSet used = new BitSet();
    used.set(t);
    int[] wordAt = matchWords(slots, t, p.elements(), used);
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
        fill(o.slot(), slots.expand(c), sources, targets, group);
      } else if (e instanceof PatternElement.Prep pr) {
        int c = slots.prep(attach, pr.prepositions(), passive, used);
        if (c < 0) {
          return null;
        }
        used.set(c);
        fill(pr.slot(), slots.expand(c), sources, targets, group);
      }
    }
    if (p.subject() != null) {
      int s = p.kind() == EventPattern.TriggerKind.VERB ? slots.verbSubject(t, passive) : slots.nounSubject(t, used);
      // "was detained in Beijing": a passive without its agent keeps the frame, the source left to the
      // context (see EventExtractor); every other pattern needs its subject.
      boolean agentless = s < 0 && passive && p.kind() == EventPattern.TriggerKind.VERB && p.subject() == Slot.SOURCE;
      if (!agentless && (s < 0 || used.get(s))) {
        return null;
      }
      if (!agentless) {
        fill(p.subject(), slots.expand(s), sources, targets, group);
      }
    }
    if (targets.isEmpty() && group.isEmpty() && !p.hasSlot(Slot.TARGET) && !p.hasSlot(Slot.GROUP)) {
      // "welcomed Seoul's decision": without a target slot, the owner of the act is the target.
      for (int w : words) {
        for (int owner : g.children(w, "nmod:poss")) {
          if (!used.get(owner) && !sources.contains(owner)) {
            targets.addAll(slots.expand(owner));
          }
        }
      }
    }
    Modality m = modality.of(g, t);
    String code = p.planCode() != null && g.children(t, "xcomp").stream().anyMatch(x -> g.token(x).isVerb())
        ? p.planCode() : p.code();
    if (m.intent() && !m.negated()) {
      Dependency head = g.head(t);
      boolean governorCoded = head != null && head.governor() >= 0 && head.relation().startsWith("xcomp")
          && coded.get(head.governor());
      String intent = patterns.intentCode(p);
      if (intent != null && !governorCoded && !m.hypothetical()) {
        code = intent;
      } else {
        m = new Modality(m.negated(), true, m.intent());
      }
    }
    return new EventFrame(t, p, code, sources, targets, group, words, m);
  }

  /**
   * The tokens of a pattern's plain words, in any order of the text: "cut diplomatic ties" matches
   * "cut tie diplomatic" and "cut diplomatic tie" alike, since "diplomatic" hangs from "ties", not from
   * "cut". A word is looked for under the trigger and the words found so far, until no more are found.
   * Marks the words in {@code used}; null when a word is missing.
   */
  private static int[] matchWords(SlotFinder slots, int t, List<PatternElement> elements, BitSet used) {
    int[] at = new int[elements.size()];
    java.util.Arrays.fill(at, -1);
    List<Integer> attach = new ArrayList<>(List.of(t));
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

  private static void fill(Slot slot, List<Integer> heads, List<Integer> sources, List<Integer> targets, List<Integer> group) {
    switch (slot) {
      case SOURCE -> sources.addAll(heads);
      case TARGET -> targets.addAll(heads);
      case GROUP -> group.addAll(heads);
    }
  }
}
