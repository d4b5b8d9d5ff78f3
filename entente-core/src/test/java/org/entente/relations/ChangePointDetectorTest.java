package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChangePointDetectorTest {

  private static final ChangePointDetector DETECTOR = ChangePointDetector.DEFAULT;

  private static double[] noise(Random r, int n, double sd) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextGaussian() * sd;
    }
    return x;
  }

  @Test
  void findsAKnownShiftAtItsPlace() {
    double[] x = noise(new Random(1), 48, 1.0);
    for (int i = 21; i < x.length; i++) {
      x[i] -= 3.0;
    }
    List<ChangePoint> found = DETECTOR.detect(x);
    assertEquals(1, found.size(), found.toString());
    assertTrue(Math.abs(found.get(0).index() - 21) <= 1, found.toString());
    assertTrue(found.get(0).before() > found.get(0).after());
    assertTrue(found.get(0).pValue() <= 0.05);
  }

  @Test
  void findsAKnownShiftWithinOneIntervalIn90PercentOf100Trials() {
    // A 3σ drop at a random place; noise alone sometimes pulls the best split further away.
    int near = 0;
    for (long seed = 1; seed <= 100; seed++) {
      Random r = new Random(seed);
      int at = 12 + r.nextInt(24);
      double[] x = noise(r, 48, 1.0);
      for (int i = at; i < x.length; i++) {
        x[i] -= 3.0;
      }
      if (DETECTOR.detect(x).stream().anyMatch(c -> Math.abs(c.index() - at) <= 1 && !c.upward())) {
        near++;
      }
    }
    assertTrue(near >= 90, "found within one interval in only " + near + " of 100 trials");
  }

  @Test
  void reportsNoShiftOnStationaryNoiseIn95PercentOf200Trials() {
    int quiet = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Random r = new Random(1000 + seed);
      if (DETECTOR.detect(noise(r, 48, 1.0 + r.nextDouble() * 3)).isEmpty()) {
        quiet++;
      }
    }
    assertTrue(quiet >= 190, "no shift in only " + quiet + " of 200 noise series");
  }

  @Test
  void reportsNoShiftOnStationaryEventGroups() {
    // Like a real dyad: months with 1 to 4 events of Goldstein values drawn from the same distribution.
    double[] codes = {-10, -5, -2, 1, 1.9, 3.4, 4, 7};
    int quiet = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Random r = new Random(seed);
      List<double[]> months = new ArrayList<>();
      for (int m = 0; m < 30; m++) {
        double[] events = new double[1 + r.nextInt(4)];
        for (int i = 0; i < events.length; i++) {
          events[i] = codes[r.nextInt(codes.length)];
        }
        months.add(events);
      }
      if (DETECTOR.detect(months).isEmpty()) {
        quiet++;
      }
    }
    assertTrue(quiet >= 190, "no shift in only " + quiet + " of 200 event series");
  }

  @Test
  void findsTwoShifts() {
    Random r = new Random(7);
    double[] x = noise(r, 60, 1.0);
    for (int i = 20; i < 40; i++) {
      x[i] += 3;
    }
    List<ChangePoint> found = DETECTOR.detect(x);
    assertEquals(2, found.size(), found.toString());
    assertTrue(Math.abs(found.get(0).index() - 20) <= 1 && found.get(0).upward());
    assertTrue(Math.abs(found.get(1).index() - 40) <= 1 && !found.get(1).upward());
    assertEquals(found.get(0).index(), found.get(1).segmentStart());
  }

  @Test
  void aLargerPenaltyFindsFewerCandidates() {
    Random r = new Random(3);
    double[] x = noise(r, 40, 1.0);
    for (int i = 20; i < 40; i++) {
      x[i] += 1.2;
    }
    ChangePointDetector lax = new ChangePointDetector(2.0, 0.05, 999, 1);
    ChangePointDetector strict = new ChangePointDetector(50.0, 0.05, 999, 1);
    assertEquals(1, lax.detect(x).size());
    assertEquals(0, strict.detect(x).size());
  }

  @Test
  void theSameSeedGivesTheSameAnswer() {
    Random r = new Random(11);
    double[] x = noise(r, 30, 1.0);
    for (int i = 15; i < 30; i++) {
      x[i] += 2.5;
    }
    assertEquals(DETECTOR.detect(x), DETECTOR.detect(x));
  }

  @Test
  void aConstantSeriesHasNoShift() {
    assertEquals(List.of(), DETECTOR.detect(new double[] {1, 1, 1, 1, 1, 1}));
    assertEquals(List.of(), DETECTOR.detect(new double[] {4}));
  }
}
