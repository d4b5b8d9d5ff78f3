package org.entente.coding;

import java.util.List;
import java.util.Set;

/**
 * One line of the event pattern dictionary: a trigger lemma with its slots and required words, and
 * the CAMEO code it assigns.
 *
 * @param subject the slot filled by the grammatical subject, or null
 * @param intentCode the code to assign when the event is stated as a plan or future, or null
 * @param planCode the code to assign when the trigger governs an infinitive ("agreed to restore
 *     ties" is an intent, not a mere statement of accord), or null
 * @param subjectWords lemmas one of which the subject slot's noun (or a compound of it) must have
 *     ("a typhoon hit Japan"); empty when any subject will do
 * @param placeTarget whether the target slot must be filled by a place ("rebels captured Goma" is an
 *     occupation, "rebels captured two soldiers" a capture of people)
 * @param origin {@code file:line}, recorded in every event this pattern codes
 * @param alsoCode a second code the same act reports when it is done ("signed a ceasefire agreement" declares
 *     a truce, 0871, and signs a formal agreement, 057), or null
 * @param oneWay whether the act gets no reverse event of reciprocal-codes.tsv ("flew to Spain" is a
 *     journey to a destination, not a visit someone hosted)
 * @param decided whether deciding or agreeing on the act is doing it ("Saudi Arabia and Iran agreed to restore
 *     diplomatic relations": relations are restored by the parties' consent; "agreed to pause the tariffs"),
 *     while under other verbs of plan ("hope to restore", "will restore") it stays an intent
 * @param mutual whether the target is the other party of the act, which answers it as a "with" phrase would
 *     ("secured an arrangement during a visit to Tehran" is Tehran's arrangement too)
 * @param negatedCode the code to assign when the trigger is flatly negated or refused: "would not tolerate
 *     such provocations" is disapproval (111), "could not accept the findings" a rejection (120); or null
 */
public record EventPattern(
    String code, TriggerKind kind, Set<String> triggers, Slot subject, List<PatternElement> elements,
    String intentCode, String planCode, Set<String> subjectWords, boolean placeTarget, String origin, String text,
    String alsoCode, boolean oneWay, boolean decided, boolean mutual, String negatedCode) {

  public EventPattern {
    triggers = Set.copyOf(triggers);
    subjectWords = Set.copyOf(subjectWords);
    elements = List.copyOf(elements);
  }

  /** The code of a line that marks a phrasing as no event ("released treated water", "fired the coach"). */
  public static final String NOT_AN_EVENT = "-";

  /**
   * Whether this line blocks rather than codes: when it matches, its trigger codes no event, so that a
   * specific phrasing of ordinary news ("launched a new phone") stops a generic pattern of the same trigger.
   */
  public boolean blocks() {
    return code.equals(NOT_AN_EVENT);
  }

  /**
   * Whether the line codes its trigger on its own, with no further words ("190 noun attack on +", not
   * "175 noun attack cannon water"): what the trigger means by itself.
   */
  public boolean general() {
    return subjectWords.isEmpty() && !placeTarget && elements.stream()
        .noneMatch(e -> e instanceof PatternElement.Word || e instanceof PatternElement.PrepWord);
  }

  /** Whether the pattern is a verb or a noun pattern. */
  public enum TriggerKind { VERB, NOUN }

  /**
   * More elements make a more specific pattern, and so do subject words and a place target; specific
   * patterns are tried first (after the blocking ones).
   */
  public int specificity() {
    return elements.size() + (subject == null ? 0 : 1) + (subjectWords.isEmpty() ? 0 : 1) + (placeTarget ? 1 : 0);
  }

  public boolean hasSlot(Slot slot) {
    if (subject == slot) {
      return true;
    }
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.Object o && o.slot() == slot) {
        return true;
      }
      if (e instanceof PatternElement.Prep p && p.slot() == slot) {
        return true;
      }
    }
    return false;
  }
}
