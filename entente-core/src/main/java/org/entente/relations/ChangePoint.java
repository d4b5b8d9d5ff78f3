package org.entente.relations;

/**
 * A ChangePoint is a shift in the level of a series, as found by {@link ChangePointDetector}.
 *
 * @param index the position (in the detector's input) of the first point at the new level
 * @param before the mean of the segment before the change
 * @param after the mean of the segment from the change on (up to the next change)
 * @param segmentStart the position where the segment before the change starts
 * @param segmentEnd the position (exclusive) where the segment after the change ends
 * @param pValue the permutation p-value: the share of shuffles of the two segments' observations whose best
 *     split is at least as strong as this one
 */
public record ChangePoint(int index, double before, double after, int segmentStart, int segmentEnd, double pValue) {

  /** How sure the shift is: 1 − p. */
  public double confidence() {
    return 1 - pValue;
  }

  public boolean upward() {
    return after > before;
  }
}
