package org.entente.relations;

/**
 * The figures of one dyad in one interval.
 *
 * @param period the interval's label ("2023-05")
 * @param sources the number of articles behind the events
 */
public record DyadRow(
    String period, String source, String target, long events, long q1, long q2, long q3, long q4,
    double goldsteinSum, long sources) {

  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }

  /** (cooperation − conflict) / all, in [-1, 1]. */
  public double cooperationRatio() {
    return events == 0 ? 0 : (double) (q1 + q2 - q3 - q4) / events;
  }
}
