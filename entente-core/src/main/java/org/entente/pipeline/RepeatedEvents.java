package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.model.DateBasis;
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

  /** Participles that give the toll of an attack: "..., killing 43 people". */
  private static final Set<String> TOLLS = Set.of("killing", "wounding", "injuring");

  /** Drops the repeats among {@code events} from index {@code from} on (one sentence's events), in place. */
  static void drop(List<Event> events, int from) {
    List<Event> sentence = events.subList(from, events.size());
    List<Event> kept = new ArrayList<>();
    for (Event e : sentence) {
      if (tollOfAnother(sentence, e)) {
        continue;
      }
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

  /**
   * "dropped a chlorine cylinder on Douma, killing 43 people": the toll a participle gives belongs to the
   * attack of its clause, one event coded as that attack (a chemical one, not plain force); a toll with its
   * own victims' country ("struck a convoy, killing two aid workers from France") stays an event of its own.
   */
  private static boolean tollOfAnother(List<Event> sentence, Event toll) {
    if (!toll.factual() || !violent(toll) || !TOLLS.contains(toll.trigger().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return sentence.stream().anyMatch(e -> e != toll && e.factual() && violent(e) && !abduction(e)
        && !TOLLS.contains(e.trigger().toLowerCase(Locale.ROOT))
        && !nested(e.code(), toll.code()) // one code for both: a repeat, kept with its more specific actors below
        && nested(e.source().code(), toll.source().code()) && e.target().country().equals(toll.target().country()));
  }

  /** "..., killing 30 people and taking 20 hostages": a hostage-taking (181) is an act beside the killing, not its cause. */
  private static boolean abduction(Event e) {
    return e.code().startsWith("181");
  }

  private static boolean violent(Event e) {
    return e.code().startsWith("18") || e.code().startsWith("19") || e.code().startsWith("20");
  }

  private static int indexOfSame(List<Event> kept, Event e) {
    for (int i = 0; i < kept.size(); i++) {
      Event k = kept.get(i);
      if (k.factual() && nested(k.code(), e.code()) && nested(k.source().code(), e.source().code())
          && nested(k.target().code(), e.target().code()) && !datedApart(k, e) && !truceBeside(k, e)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "A ceasefire took effect, and Israeli troops began pulling back": a truce (0871) and a de-escalation
   * of another word are two acts, not one act and its more specific name.
   */
  private static boolean truceBeside(Event a, Event b) {
    return !a.code().equals(b.code()) && (a.code().equals("0871") || b.code().equals("0871"))
        && a.triggerStart() != b.triggerStart();
  }

  /**
   * "signed an agreement in July, and the Senate ratified it on Monday": two acts the text itself dates
   * (explicitly or relative to the publication) on different days or months are two acts.
   */
  private static boolean datedApart(Event a, Event b) {
    return stated(a) && stated(b) && !a.when().date().equals(b.when().date());
  }

  private static boolean stated(Event e) {
    return e.when() != null && e.when().date() != null
        && (e.when().basis() == DateBasis.EXPLICIT || e.when().basis() == DateBasis.RELATIVE);
  }

  private static boolean nested(String a, String b) {
    return a.startsWith(b) || b.startsWith(a);
  }

  private static int specificity(Event e) {
    return e.code().length() + e.source().code().length() + e.target().code().length();
  }
}
