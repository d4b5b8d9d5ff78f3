package org.entente.pipeline;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;
import org.entente.model.SentenceGraph;

/**
 * "struck Hezbollah targets in southern Lebanon", "shelled Russian positions in the Kharkiv region": patterns
 * of force on targets, positions or bases take the place they are in as the target, but targets named after
 * a side belong to it: Hezbollah was struck, not Lebanon. The owner must be another country's, or an armed
 * group, than the attacker; a place named as owner ("Lebanese towns") stays a place.
 */
final class OwnedTargets {

  private OwnedTargets() {}

  static List<Actor> of(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> from, IntPredicate place,
      IntFunction<Actor> resolve) {
    if (!(f.code().startsWith("18") || f.code().startsWith("19")) || to.size() != 1 || from.size() != 1
        || f.targets().size() != 1 || !place.test(f.targets().get(0))) {
      return to;
    }
    for (int word : f.words()) {
      if (!g.token(word).isNoun()) {
        continue;
      }
      for (int owner : g.children(word, "compound", "amod", "nmod:poss")) {
        if (place.test(owner)) {
          continue;
        }
        Actor a = resolve.apply(owner);
        boolean otherSide = !a.country().equals(from.get(0).country())
            || a.code().endsWith("REB") && !a.code().equals(from.get(0).code());
        if (a.known() && otherSide) {
          return List.of(a);
        }
      }
    }
    return to;
  }
}
