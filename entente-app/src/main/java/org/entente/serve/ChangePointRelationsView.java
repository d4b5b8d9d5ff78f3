package org.entente.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.relations.ChangePointDetector;
import org.entente.relations.DyadEvent;
import org.entente.relations.EventCluster;
import org.entente.relations.DyadSeries;
import org.entente.relations.EventClusterer;
import org.entente.relations.Interval;
import org.entente.relations.ShiftFinder;
import org.entente.store.duckdb.DuckDbEventStore;
import org.entente.store.duckdb.DuckDbRelations;

/**
 * A RelationsView whose turning points come from the change-point detection of {@code entente shifts}
 * (PELT with a permutation test, on deduplicated event clusters), so the dashboard and the command line
 * agree. States are labelled as {@link GoldsteinRelationsView} does. Thread-safe: each call reads the store.
 */
public final class ChangePointRelationsView implements RelationsView {

  private final DuckDbEventStore store;
  private final GoldsteinRelationsView states;

  public ChangePointRelationsView(DuckDbEventStore store) {
    this.store = store;
    this.states = new GoldsteinRelationsView(store);
  }

  @Override
  public Shifts shifts(String a, String b, Interval interval, LocalDate from, LocalDate toExclusive) {
    List<DyadEvent> events = new ArrayList<>();
    for (DyadEvent e : new DuckDbRelations(store).events(false, false)) {
      boolean inPeriod = (from == null || !e.date().isBefore(from)) && (toExclusive == null || e.date().isBefore(toExclusive));
      if (inPeriod) {
        events.add(e);
      }
    }
    DyadSeries series = DyadSeries.of(new EventClusterer(EventClusterer.DEFAULT_WINDOW_DAYS).cluster(events), a, b,
        false, interval);
    List<Shift> out = new ArrayList<>();
    for (org.entente.relations.Shift s : new ShiftFinder(ChangePointDetector.DEFAULT).shifts(series)) {
      List<Driver> drivers = new ArrayList<>();
      for (EventCluster c : s.drivers()) {
        DyadEvent e = c.first();
        drivers.add(new Driver(e.id(), e.doc(), e.date().toString(), e.source(), e.target(), e.code(), e.goldstein(),
            e.sentence(), c.sources()));
      }
      out.add(new Shift(s.period(), a, b, s.upward() ? "improvement" : "deterioration", s.before(), s.after(),
          s.pValue(), s.eventsBefore(), s.eventsAfter(), s.stateBefore().label(), s.stateAfter().label(), drivers));
    }
    return new Shifts(out, "PELT change points on the mean Goldstein value of deduplicated events, permutation-tested",
        "Same method as `entente shifts` (README: Relations).");
  }

  @Override
  public States states(LocalDate from, LocalDate toExclusive) {
    return states.states(from, toExclusive);
  }
}
