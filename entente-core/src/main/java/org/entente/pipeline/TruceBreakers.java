package org.entente.pipeline;

import java.util.List;
import java.util.function.IntFunction;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;
import org.entente.model.SentenceGraph;
import org.entente.model.Speech;

/**
 * "Pakistan's army said Indian troops had violated the ceasefire along the Line of Control": a truce broken
 * (CAMEO 196) with no side named is broken against the other party to it, and the side that reports the
 * breach is that party: the army of Pakistan, not of India. Only a reporter of another country counts, and
 * only through clauses reported ("said", "accused"), so a side reporting its own breach names no one.
 */
final class TruceBreakers {

  private TruceBreakers() {}

  static List<Actor> target(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> group, List<Actor> from,
      IntFunction<List<Actor>> resolve) {
    if (!f.code().startsWith("196") || !to.isEmpty() || !group.isEmpty() || from.size() != 1 || !from.get(0).known()) {
      return to;
    }
    int report = Speech.reporterVerb(g, f.trigger());
    for (int speaker : report < 0 ? List.<Integer>of() : g.children(report, "nsubj")) {
      for (Actor a : resolve.apply(speaker)) {
        if (a.known() && !a.country().equals(from.get(0).country())) {
          return List.of(new Actor(a.country(), "", -1, -1));
        }
      }
    }
    return to;
  }
}
