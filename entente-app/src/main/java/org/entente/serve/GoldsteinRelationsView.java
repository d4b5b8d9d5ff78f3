package org.entente.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.Interval;
import org.entente.relations.RelationState;
import org.entente.store.EventStore;

/**
 * A GoldsteinRelationsView labels relationships by the mean Goldstein value of their factual events,
 * with the states and thresholds of {@link RelationState} (the same as {@code entente report} and the
 * README), and reports no turning points of its own. Thread-safe when the store is.
 */
public final class GoldsteinRelationsView implements RelationsView {

  static final String SHIFTS_NOTE = "change-point detection is not wired into the server yet: no turning points"
      + " are computed; the list stays empty until the relations module (issue 6) provides them";

  private final EventStore store;

  public GoldsteinRelationsView(EventStore store) {
    this.store = store;
  }

  @Override
  public Shifts shifts(String a, String b, Interval interval, LocalDate from, LocalDate toExclusive) {
    return new Shifts(List.of(), "none", SHIFTS_NOTE);
  }

  @Override
  public States states(LocalDate from, LocalDate toExclusive) {
    Interval whole = Interval.YEAR;
    List<DyadRow> rows = store.dyads(new DyadQuery(from, toExclusive, whole, null, null, true, false, false));
    // Years are summed here so that one state covers the whole period asked for.
    Map<String, double[]> sums = new TreeMap<>();
    for (DyadRow r : rows) {
      double[] s = sums.computeIfAbsent(r.source() + "-" + r.target(), k -> new double[2]);
      s[0] += r.events();
      s[1] += r.goldsteinSum();
    }
    List<State> states = new ArrayList<>();
    sums.forEach((pair, s) -> {
      double mean = s[1] / s[0];
      states.add(new State(pair.substring(0, 3), pair.substring(4), (long) s[0], DyadJson.round(mean), label(mean)));
    });
    states.sort(Comparator.comparingLong(State::events).reversed().thenComparing(State::a).thenComparing(State::b));
    return new States(states, "goldstein-mean", "state by the mean Goldstein value g of factual events in the"
        + " period: hostile g < -5, tense g < -2, cool g < -0.5, neutral g <= 0.5, warm g <= 3, close g > 3");
  }

  static String label(double mean) {
    return RelationState.of(mean).label();
  }
}
