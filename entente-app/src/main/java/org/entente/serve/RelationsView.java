package org.entente.serve;

import java.time.LocalDate;
import java.util.List;
import org.entente.relations.Interval;

/**
 * A RelationsView tells the dashboard where a relationship turned and what state each relationship is in.
 *
 * <p>It is the seam between the web layer and the relations analysis: the server only talks to this
 * interface, so a change-point implementation replaces {@link GoldsteinRelationsView} without touching
 * handlers or the dashboard. Implementations must be thread-safe.
 */
public interface RelationsView {

  /** A turning point of the dyad a–b: the first period of a new regime and the index before and after. */
  record Shift(String period, String a, String b, String direction, double before, double after, double pValue,
      int eventsBefore, int eventsAfter, String stateBefore, String stateAfter, List<Driver> drivers) {

    public Shift {
      drivers = List.copyOf(drivers);
    }
  }

  /**
   * An event that weighs most in a shift, with what traces it to text: the earliest report of the event
   * cluster, and how many articles reported it.
   */
  record Driver(String id, String doc, String date, String source, String target, String code, double goldstein,
      String sentence, int articles) {}

  /** The shifts found, the method that found them, and a note for readers (e.g. what is not wired yet). */
  record Shifts(List<Shift> shifts, String method, String note) {}

  /** The state of the undirected relationship a–b over a period, with the figures behind it. */
  record State(String a, String b, long events, double goldsteinMean, String state) {}

  /** The states of every pair with events in the period, and how states were assigned. */
  record States(List<State> states, String method, String note) {}

  /** Turning points of the dyad a–b (either direction) in the series by {@code interval}; bounds may be null. */
  Shifts shifts(String a, String b, Interval interval, LocalDate from, LocalDate toExclusive);

  /** The state of every relationship with events in the period; bounds may be null. */
  States states(LocalDate from, LocalDate toExclusive);
}
