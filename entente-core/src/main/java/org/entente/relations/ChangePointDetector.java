package org.entente.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A ChangePointDetector finds shifts in the mean of a series with PELT and keeps those a permutation test
 * confirms.
 *
 * <p>The series is a list of points (intervals), each holding one or more observations (the Goldstein
 * values of the interval's events); changes can fall only between points. Step one is PELT (Killick,
 * Fearnhead and Eckley 2012, "Optimal detection of changepoints with a linear computational cost") with
 * the Gaussian mean-change cost: the squared deviations of each segment's observations from the segment
 * mean, divided by the noise variance σ². σ is estimated robustly from the data (median absolute
 * difference of consecutive observations / (0.6745·√2)), so a shift does not inflate it. The penalty per
 * change is {@code penaltyFactor · σ² · ln N} (N = number of observations); the default factor 3 is
 * stricter than BIC's 2, because candidates are cheap to propose but each must then pass the test.
 * Step two tests each candidate with a permutation test: the observations of the two segments around it
 * are shuffled (keeping each point's number of observations) {@code permutations} times, and the p-value
 * is the share of shuffles whose best split between those segments reduces the squared deviations at least
 * as much as the candidate does (taking the best split of each shuffle accounts for having searched for the
 * split). With k candidates each must have p ≤ alpha / k (Bonferroni); failing ones are dropped one at a
 * time, weakest first, and the rest are tested again against their new neighbours.
 *
 * <p>Deterministic for a given seed; thread-safe (each call uses its own random generator).
 *
 * @param penaltyFactor the PELT penalty per change, in units of ln N
 * @param alpha the largest permutation p-value a reported change may have
 * @param permutations how many shuffles the permutation test draws
 * @param seed the seed of the shuffles
 */
public record ChangePointDetector(double penaltyFactor, double alpha, int permutations, long seed) {

  /** Penalty 3·σ²·ln N, a 5% test, 999 shuffles. */
  public static final ChangePointDetector DEFAULT = new ChangePointDetector(3.0, 0.05, 999, 20230316L);

  public ChangePointDetector {
    if (penaltyFactor <= 0 || alpha <= 0 || alpha >= 1 || permutations < 19) {
      throw new IllegalArgumentException("penalty > 0, 0 < alpha < 1 and at least 19 permutations");
    }
  }

  /** Changes in a series of single observations. */
  public List<ChangePoint> detect(double[] series) {
    List<double[]> points = new ArrayList<>();
    for (double v : series) {
      points.add(new double[] {v});
    }
    return detect(points);
  }

  /** Changes in a series of points, each with its observations (none empty). */
  public List<ChangePoint> detect(List<double[]> points) {
    Segments obs = new Segments(points);
    double sigma2 = noiseVariance(obs.flat);
    if (points.size() < 2 || sigma2 <= 0) {
      return List.of();
    }
    List<Integer> cuts = pelt(obs, penaltyFactor * Math.log(obs.flat.length) * sigma2);
    Random random = new Random(seed);
    while (true) {
      List<ChangePoint> tested = new ArrayList<>();
      int weakest = -1;
      for (int k = 0; k < cuts.size(); k++) {
        int start = k == 0 ? 0 : cuts.get(k - 1);
        int end = k + 1 == cuts.size() ? points.size() : cuts.get(k + 1);
        int cut = cuts.get(k);
        double p = pValue(points, start, cut, end, random);
        tested.add(new ChangePoint(cut, obs.mean(start, cut), obs.mean(cut, end), start, end, p));
        if (p > alpha / cuts.size() && (weakest < 0 || p > tested.get(weakest).pValue())) {
          weakest = k;
        }
      }
      if (weakest < 0) {
        return tested;
      }
      cuts.remove(weakest);
    }
  }

  /** Optimal partition under the penalty, pruned as in PELT; returns the starts of the new segments. */
  private static List<Integer> pelt(Segments obs, double beta) {
    int m = obs.size();
    double[] f = new double[m + 1];
    int[] last = new int[m + 1];
    f[0] = -beta;
    List<Integer> candidates = new ArrayList<>(List.of(0));
    for (int t = 1; t <= m; t++) {
      double best = Double.POSITIVE_INFINITY;
      for (int s : candidates) {
        double v = f[s] + obs.cost(s, t) + beta;
        if (v < best) {
          best = v;
          last[t] = s;
        }
      }
      f[t] = best;
      final int tt = t;
      final double ft = best;
      candidates.removeIf(s -> f[s] + obs.cost(s, tt) > ft);
      candidates.add(t);
    }
    List<Integer> cuts = new ArrayList<>();
    for (int t = last[m]; t > 0; t = last[t]) {
      cuts.add(0, t);
    }
    return cuts;
  }

  private double pValue(List<double[]> points, int start, int cut, int end, Random random) {
    List<double[]> window = points.subList(start, end);
    Segments obs = new Segments(window);
    double observed = obs.gain(0, cut - start, window.size());
    double[] pool = obs.flat.clone();
    int atLeast = 0;
    for (int r = 0; r < permutations; r++) {
      shuffle(pool, random);
      Segments shuffled = obs.refill(pool);
      double best = 0;
      for (int k = 1; k < window.size(); k++) {
        best = Math.max(best, shuffled.gain(0, k, window.size()));
      }
      if (best >= observed - 1e-9) {
        atLeast++;
      }
    }
    return (atLeast + 1.0) / (permutations + 1.0);
  }

  private static void shuffle(double[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      double x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
  }

  /** σ² from the median absolute difference of consecutive observations (robust to level shifts). */
  static double noiseVariance(double[] x) {
    if (x.length < 3) {
      return variance(x);
    }
    double[] d = new double[x.length - 1];
    for (int i = 1; i < x.length; i++) {
      d[i - 1] = Math.abs(x[i] - x[i - 1]);
    }
    Arrays.sort(d);
    double median = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
    double sigma = median / (0.6745 * Math.sqrt(2));
    // Repeated values (many events share a Goldstein value) can make the median difference 0.
    return sigma > 0 ? sigma * sigma : variance(x);
  }

  private static double variance(double[] x) {
    double mean = Arrays.stream(x).average().orElse(0);
    return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, x.length - 1);
  }

  /** Prefix sums over points, for O(1) segment means and costs. */
  private static final class Segments {
    final double[] flat;
    final int[] sizes;
    final long[] n;
    final double[] sum;
    final double[] sumSq;

    Segments(List<double[]> points) {
      this(points.stream().mapToInt(p -> p.length).toArray(),
          points.stream().flatMapToDouble(Arrays::stream).toArray());
    }

    Segments(int[] sizes, double[] flat) {
      this.sizes = sizes;
      this.flat = flat;
      n = new long[sizes.length + 1];
      sum = new double[sizes.length + 1];
      sumSq = new double[sizes.length + 1];
      int o = 0;
      for (int i = 0; i < sizes.length; i++) {
        if (sizes[i] == 0) {
          throw new IllegalArgumentException("point " + i + " has no observations");
        }
        double s = 0;
        double q = 0;
        for (int j = 0; j < sizes[i]; j++, o++) {
          s += flat[o];
          q += flat[o] * flat[o];
        }
        n[i + 1] = n[i] + sizes[i];
        sum[i + 1] = sum[i] + s;
        sumSq[i + 1] = sumSq[i] + q;
      }
    }

    Segments refill(double[] values) {
      return new Segments(sizes, values);
    }

    int size() {
      return sizes.length;
    }

    double mean(int from, int to) {
      return (sum[to] - sum[from]) / (n[to] - n[from]);
    }

    /** Squared deviations from the segment mean of the points [from, to). */
    double cost(int from, int to) {
      double s = sum[to] - sum[from];
      return Math.max(0, sumSq[to] - sumSq[from] - s * s / (n[to] - n[from]));
    }

    /** How much splitting [from, to) at k reduces the squared deviations. */
    double gain(int from, int k, int to) {
      return cost(from, to) - cost(from, k) - cost(k, to);
    }
  }
}
