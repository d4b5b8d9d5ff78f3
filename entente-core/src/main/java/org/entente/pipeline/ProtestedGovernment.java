package org.entente.pipeline;

import java.util.List;
import java.util.Set;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;

/**
 * "Students staged sit-ins against compulsory veiling", "protesters smashed shop windows in Paris": a
 * protest (CAMEO 14) by a country's own population that names no actor as its target is aimed at that
 * country's government, which is what news means by a protest at home. Protests that name a target
 * ("rallied outside the Japanese embassy") keep it; armed rebels, not protesters, are left alone.
 */
final class ProtestedGovernment {

  private ProtestedGovernment() {}

  /** Roles of a population that protests: civilians, opposition, students, workers, farmers, media, refugees. */
  private static final Set<String> POPULATION = Set.of("CVL", "OPP", "EDU", "LAB", "AGR", "MED", "REF");

  static List<Actor> target(EventFrame f, List<Actor> to, List<Actor> group, List<Actor> from) {
    if (!f.code().startsWith("14") || !group.isEmpty() || !f.group().isEmpty() || from.size() != 1
        || to.stream().anyMatch(Actor::known)) {
      return to;
    }
    Actor s = from.get(0);
    String country = s.country();
    boolean population = s.known() && s.code().length() == 6 && POPULATION.contains(s.code().substring(3));
    if (!population || country.length() != 3 || country.equals("IGO") || country.equals("NGO")) {
      return to;
    }
    return List.of(new Actor(country + "GOV", "", -1, -1));
  }
}
