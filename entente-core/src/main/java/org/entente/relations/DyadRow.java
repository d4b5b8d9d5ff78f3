package org.entente.relations;

/**
 * The figures of one dyad in one interval.
 *
 * @param period the interval's label ("2023-05")
 * @param events the number of events (event clusters, or articles behind them when weighted)
 * @param sources the number of articles behind the events
 * @param volumeShare the dyad's events over all events involving either country in the interval, in
 *     [0, 1]; NaN when not computed
 */
public record DyadRow(
    String period, String source, String target, long events, long q1, long q2, long q3, long q4,
    double goldsteinSum, long sources, double volumeShare) {

  /** A row without a volume share (figures computed straight from the store). */
  public DyadRow(String period, String source, String target, long events, long q1, long q2, long q3, long q4,
      double goldsteinSum, long sources) {
    this(period, source, target, events, q1, q2, q3, q4, goldsteinSum, sources, Double.NaN);
  }

  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }

  /** (cooperation − conflict) / all, in [-1, 1]. */
  public double cooperationRatio() {
    return events == 0 ? 0 : (double) (q1 + q2 - q3 - q4) / events;
  }
}
