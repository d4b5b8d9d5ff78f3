package org.entente.coding;

import java.util.List;

/**
 * An event found in a sentence before its actors and date are resolved: the trigger token, the
 * pattern that matched, the code to assign, and the head tokens of the source and target phrases.
 *
 * @param sources heads of the source phrases (several for "Japan and South Korea agreed")
 * @param targets heads of the target phrases
 * @param group for {@code %} patterns: the heads of a group acting on each other (sources and
 *     targets are then empty)
 * @param words tokens the pattern consumed besides the trigger ("talks" in "held talks with")
 * @param act the trigger of the act itself: the trigger, or, for an act announced or refused
 *     ("threatened to <b>storm</b> his residence in Tbilisi"), the governed verb whose clause places it
 */
public record EventFrame(
    int trigger, EventPattern pattern, String code, List<Integer> sources, List<Integer> targets,
    List<Integer> group, List<Integer> words, Modality modality, int act) {

  public EventFrame {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    group = List.copyOf(group);
    words = List.copyOf(words);
  }
}
