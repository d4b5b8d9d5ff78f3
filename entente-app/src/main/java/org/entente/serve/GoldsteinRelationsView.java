package org.entente.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.Interval;
import org.entente.store.EventStore;

/**
 * A GoldsteinRelationsView labels relationships by the mean Goldstein value of their factual events and
 * reports no turning points: it is what can be said honestly before change-point detection exists.
 *
 * <p>States, on the mean Goldstein value (−10 … +10) of all factual events between two countries in the
 * period, both directions together: {@code cooperative} at {@value #COOPERATIVE} or above (the mean of
 * consultations and visits, CAMEO 04x, is about +1 to +4, so a mean this high needs more than talk),
 * {@code hostile} at {@value #HOSTILE} or below (threats and sanctions, 13x–16x, are about −4 to −8),
 * {@code tense} below {@value #TENSE} (criticism and demands outweigh cooperation), {@code neutral}
 * otherwise. Thread-safe when the store is.
 */
public final class GoldsteinRelationsView implements RelationsView {

  static final double COOPERATIVE = 2.0;
  static final double TENSE = 0.0;
  static final double HOSTILE = -4.0;

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
    return new States(states, "goldstein-mean", String.format(Locale.ROOT,
        "state by the mean Goldstein value of factual events in the period: cooperative >= %.1f,"
            + " neutral >= %.1f, tense > %.1f, hostile <= %.1f", COOPERATIVE, TENSE, HOSTILE, HOSTILE));
  }

  static String label(double mean) {
    if (mean >= COOPERATIVE) {
      return "cooperative";
    }
    if (mean <= HOSTILE) {
      return "hostile";
    }
    return mean < TENSE ? "tense" : "neutral";
  }
}
