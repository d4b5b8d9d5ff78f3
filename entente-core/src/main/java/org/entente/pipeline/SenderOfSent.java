package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.actors.SentenceMentions;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;
import org.entente.model.SentenceGraph;

/**
 * "A Japanese rescue team was flown to Turkey", "Russian troops were deployed to Belarus": a sending,
 * delivery or deployment reported in the passive without its agent is the act of whoever owns what was
 * sent, when an actor adjective, possessive or compound names the owner. Only acts of giving and of
 * moving one's own forces (CAMEO 07 aid, 15 force posture) qualify: "Ukrainian soldiers were captured"
 * names the victims, not the captors.
 */
final class SenderOfSent {

  private SenderOfSent() {}

  private static final Set<String> OWN_THINGS_SENT = Set.of("07", "15");

  private static final Set<String> OWNING = Set.of("amod", "nmod:poss", "compound");

  static List<Actor> source(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> from,
      IntFunction<Actor> resolve) {
    if (!f.sources().isEmpty() || !f.group().isEmpty() || !from.isEmpty()
        || !OWN_THINGS_SENT.contains(f.code().substring(0, 2))) {
      return from;
    }
    List<Actor> out = new ArrayList<>();
    for (int sent : g.children(f.trigger(), "nsubj:pass")) {
      for (org.entente.model.Dependency d : g.children(sent)) {
        if (OWNING.contains(d.relation()) && mentions.actorAt(d.dependent()).isPresent()) {
          Actor a = resolve.apply(d.dependent());
          if (a.known() && out.stream().noneMatch(o -> o.code().equals(a.code()))) {
            out.add(a);
          }
        }
      }
    }
    return out.isEmpty() ? from : out;
  }
}
