package org.entente.relations;

import java.time.LocalDate;
import java.util.List;

/**
 * A Shift is a turning point in a dyad's relation: when it happened, from which level to which, how sure
 * it is, and the events that weigh most in it.
 *
 * @param start the first day of the first interval at the new level
 * @param period that interval's label
 * @param before the mean Goldstein value of the events before (back to the previous shift)
 * @param after the mean Goldstein value of the events from the shift on (up to the next shift)
 * @param pValue the permutation p-value (see {@link ChangePointDetector})
 * @param drivers up to five events that contribute most to the difference of the two levels
 */
public record Shift(
    LocalDate start, String period, double before, double after, int eventsBefore, int eventsAfter,
    double pValue, List<EventCluster> drivers) {

  public Shift {
    drivers = List.copyOf(drivers);
  }

  public double confidence() {
    return 1 - pValue;
  }

  /** Whether the relation turned toward cooperation. */
  public boolean upward() {
    return after > before;
  }

  public RelationState stateBefore() {
    return RelationState.of(before);
  }

  public RelationState stateAfter() {
    return RelationState.of(after);
  }
}
