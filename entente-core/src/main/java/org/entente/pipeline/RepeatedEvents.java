package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Event;

/**
 * "Kishida arrived in Seoul on Sunday, the first trip to South Korea by a Japanese leader in five years":
 * a sentence that reports an act and renames it (a noun in apposition, a second verb for the same act)
 * gives one event, not two. Two factual events of one sentence are the same when their codes and their
 * actors agree, one being at most more specific than the other (042 and 042, KOR and KORGOV); the more
 * specific one is kept. Different acts on the same pair ("expelled diplomats and suspended contacts":
 * 166 and 160) stay apart.
 */
final class RepeatedEvents {

  private RepeatedEvents() {}

  /** Drops the repeats among {@code events} from index {@code from} on (one sentence's events), in place. */
  static void drop(List<Event> events, int from) {
    List<Event> kept = new ArrayList<>();
    for (Event e : events.subList(from, events.size())) {
      int same = e.factual() ? indexOfSame(kept, e) : -1;
      if (same < 0) {
        kept.add(e);
      } else if (specificity(e) > specificity(kept.get(same))) {
        kept.set(same, e);
      }
    }
    events.subList(from, events.size()).clear();
    events.addAll(kept);
  }

  private static int indexOfSame(List<Event> kept, Event e) {
    for (int i = 0; i < kept.size(); i++) {
      Event k = kept.get(i);
      if (k.factual() && nested(k.code(), e.code()) && nested(k.source().code(), e.source().code())
          && nested(k.target().code(), e.target().code())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean nested(String a, String b) {
    return a.startsWith(b) || b.startsWith(a);
  }

  private static int specificity(Event e) {
    return e.code().length() + e.source().code().length() + e.target().code().length();
  }
}
