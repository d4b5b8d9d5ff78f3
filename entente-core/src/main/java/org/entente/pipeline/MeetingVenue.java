package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;

/**
 * A meeting held in one side's country is a visit: "Obama met Raul Castro in Havana" is the US
 * president visiting Cuba (042) and Cuba hosting him (043), as analysts code it, rather than two
 * consultations (040); a meeting in a third country ("Blinken met Wang Yi in Jakarta") is CAMEO's meeting at
 * a third location (044).
 */
final class MeetingVenue {

  /** CAMEO's general meeting code, turned into a visit by a venue in one side's country. */
  static final String MEET = "040";
  static final String VISIT = "042";
  static final String HOST = "043";
  static final String THIRD = "044";

  private MeetingVenue() {
  }

  /**
   * The country of the place a meeting is said to be held in ("in Havana", "at the Kremlin"), looked for
   * on the trigger, the pattern's words and the actors' heads, since the parser often hangs the place on
   * the nearest noun ("met Raul Castro in Havana").
   *
   * @param placeCountry the country of a token that names a place (a city, a capital, a country), else null
   */
  static Optional<String> country(SentenceGraph g, EventFrame f, IntFunction<String> placeCountry) {
    // "talks on the sidelines of the summit" is coded as a third-location meeting, but the summit may be
    // held in one side's country ("in Gyeongju on the sidelines of the APEC summit")
    if (!f.code().equals(MEET) && !f.code().equals(THIRD)) {
      return Optional.empty();
    }
    List<Integer> hosts = new ArrayList<>(List.of(f.trigger()));
    hosts.addAll(f.words());
    hosts.addAll(f.sources());
    hosts.addAll(f.targets());
    hosts.addAll(f.group());
    for (int w : f.words()) {
      // "on the sidelines of the APEC summit in San Francisco": the place hangs on the occasion
      for (Dependency d : g.children(w)) {
        if (d.relation().equals("nmod:of")) {
          hosts.add(d.dependent());
        }
      }
    }
    for (int h : hosts) {
      for (Dependency d : g.children(h)) {
        String rel = d.relation();
        if (rel.equals("obl:in") || rel.equals("nmod:in") || rel.equals("obl:at") || rel.equals("nmod:at")) {
          String c = placeCountry.apply(d.dependent());
          if (c != null) {
            return Optional.of(c);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The code of the meeting between {@code source} and {@code target} held in {@code host}: a visit by the
   * side from elsewhere, hosting by the side at home; the meeting code itself when both or neither are at
   * home or a side is unknown, the third-location code when neither is.
   */
  static String code(String host, Actor source, Actor target) {
    if (!source.known() || !target.known()) {
      return MEET;
    }
    boolean sourceHome = countryOf(source).equals(host);
    boolean targetHome = countryOf(target).equals(host);
    if (sourceHome == targetHome) {
      return sourceHome || countryOf(source).equals(countryOf(target)) ? MEET : THIRD;
    }
    return sourceHome ? HOST : VISIT;
  }

  private static String countryOf(Actor a) {
    return a.code().length() >= 3 ? a.code().substring(0, 3) : a.code();
  }
}
