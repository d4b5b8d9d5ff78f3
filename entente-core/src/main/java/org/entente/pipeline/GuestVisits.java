package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;
import org.entente.model.SentenceGraph;

/**
 * "Xi told visiting US Secretary of State Antony Blinken that ...", "Modi received visiting Russian Foreign
 * Minister Sergei Lavrov": an actor the subject acts on, called "visiting", is on a visit to the subject's
 * country, whatever the act itself is. The visit (042) and the hosting (043) are events of their own, as
 * a meeting in one side's capital is ({@link MeetingVenue}); the act coded already says the rest.
 */
final class GuestVisits {

  private GuestVisits() {
  }

  /** A visit found: the guest visits the host, at the word "visiting". */
  record Visit(Actor guest, Actor host, int word) {
  }

  /**
   * The visits an event frame tells of: each known target headed by a phrase with "visiting", hosted by
   * the frame's one known source of another country. None when the frame is a visit or hosting already.
   */
  static List<Visit> of(SentenceGraph g, EventFrame f, List<Actor> from, List<Actor> to) {
    if (f.code().equals(MeetingVenue.VISIT) || f.code().equals(MeetingVenue.HOST) || from.size() != 1
        || !from.get(0).known() || f.targets().size() != to.size()) {
      return List.of();
    }
    Actor host = from.get(0);
    List<Visit> out = new ArrayList<>();
    for (int i = 0; i < to.size(); i++) {
      Actor guest = to.get(i);
      if (!guest.known() || guest.country().equals(host.country())) {
        continue;
      }
      for (int a : g.children(f.targets().get(i), "amod")) {
        if (g.token(a).word().equalsIgnoreCase("visiting")) {
          out.add(new Visit(guest, host, a));
        }
      }
    }
    return out;
  }
}
