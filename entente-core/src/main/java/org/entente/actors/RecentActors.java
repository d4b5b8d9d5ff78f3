package org.entente.actors;

import java.util.List;
import java.util.Set;
import org.entente.model.Actor;

/** The known actors last seen in one part (speakers, weapon users) of an article's events. */
final class RecentActors {

  private List<Actor> last = List.of();

  /** Remembers the known ones of {@code actors}; an occurrence with none known changes nothing. */
  void record(List<Actor> actors) {
    List<Actor> known = actors.stream().filter(Actor::known).toList();
    if (!known.isEmpty()) {
      last = known;
    }
  }

  /** The last ones remembered, without those of {@code countries}; empty when none. */
  List<Actor> otherThan(Set<String> countries) {
    return last.stream().filter(a -> !countries.contains(a.country())).toList();
  }
}
