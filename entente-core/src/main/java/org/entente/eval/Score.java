package org.entente.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring predictions against gold: counts at category level and at full-code level,
 * per category, and date accuracy, with the misses and false alarms for inspection.
 */
public final class Score {

  /** Counts of one category (or overall). */
  public static final class Counts {
    public long gold;
    public long predicted;
    public long matched;

    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public final Counts overall = new Counts();
  public final Counts fullCode = new Counts();
  public final Map<String, Counts> byCategory = new TreeMap<>();
  public long datedMatches;
  public long datesRight;
  public long datesRightByPublication;
  public final List<GoldEvent> misses = new ArrayList<>();
  public final List<Prediction> falseAlarms = new ArrayList<>();
  public final List<Prediction[]> matches = new ArrayList<>();
  /** Matched day-precise gold events whose predicted date differs, in scoring order. */
  public final List<DateMiss> dateMisses = new ArrayList<>();

  /** A matched event dated differently from its gold event. */
  public record DateMiss(GoldEvent gold, Prediction prediction) {}

  Counts category(String c) {
    return byCategory.computeIfAbsent(c, k -> new Counts());
  }

  public double dateAccuracy() {
    return datedMatches == 0 ? 0 : (double) datesRight / datedMatches;
  }

  public double publicationDateAccuracy() {
    return datedMatches == 0 ? 0 : (double) datesRightByPublication / datedMatches;
  }
}
