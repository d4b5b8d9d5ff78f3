package org.entente.eval;

import java.util.Locale;
import java.util.Map;

/** Prints scores as the aligned text the {@code eval} command shows. */
public final class EvalReport {

  private EvalReport() {}

  public static String format(Score s, boolean show) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %6s %6s %6s%n", "level", "gold", "predicted", "matched",
        "P", "R", "F1"));
    line(b, "root", s.overall);
    line(b, "full code", s.fullCode);
    b.append('\n').append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %6s %6s %6s%n", "category", "gold",
        "predicted", "matched", "P", "R", "F1"));
    for (Map.Entry<String, Score.Counts> e : s.byCategory.entrySet()) {
      line(b, e.getKey(), e.getValue());
    }
    b.append('\n').append(String.format(Locale.ROOT,
        "date accuracy of matched day-precise events: %.3f (%d of %d); dating every event by publication: %.3f%n",
        s.dateAccuracy(), s.datesRight, s.datedMatches, s.publicationDateAccuracy()));
    if (show) {
      b.append("\nmisses (gold events not produced):\n");
      for (GoldEvent g : s.misses) {
        b.append(String.format("  %s  %s>%s %s %s%n", g.doc(), g.source(), g.target(), g.cameo(), g.date()));
      }
      b.append("\ndate misses (matched day-precise events dated otherwise: gold date, produced date):\n");
      for (Score.DateMiss m : s.dateMisses) {
        Prediction p = m.prediction();
        b.append(String.format("  %s  %s>%s %s  gold %s  produced %s (%s)  %s%n", p.doc(), m.gold().source(),
            m.gold().target(), m.gold().cameo(), m.gold().date(), p.date(), p.event().when().basis().label(),
            p.event().sentence()));
      }
      b.append("\nfalse alarms (events produced, not in gold):\n");
      for (Prediction p : s.falseAlarms) {
        b.append(String.format("  %s  %s>%s %s %s  [%s]  %s%n", p.doc(), p.event().source().code(),
            p.event().target().code(), p.cameo(), p.date(), p.event().pattern(), p.event().sentence()));
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String name, Score.Counts c) {
    b.append(String.format(Locale.ROOT, "%-12s %9d %9d %9d %6.3f %6.3f %6.3f%n", name, c.gold, c.predicted, c.matched,
        c.precision(), c.recall(), c.f1()));
  }

  public static String format(RecordScore s, String kind) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-12s %8s %12s %12s %12s %12s %12s%n", "category", "records", "actors right",
        "(factual)", "type right", "exact", "none right"));
    for (Map.Entry<String, RecordScore.Tally> e : s.byCategory.entrySet()) {
      tally(b, e.getKey(), e.getValue());
    }
    tally(b, "all " + kind, s.overall);
    return b.toString();
  }

  /** What the columns of {@link #format(RecordScore, String)} count. */
  public static final String RECORD_COLUMNS = String.join("\n",
      "actors right: records expecting events whose expected source and target actors are all produced, by",
      "  any event (negated or hypothetical ones too: the suites have no modality, and the actors were resolved);",
      "  (factual): the same over events that are neither negated nor hypothetical;",
      "  type right, exact: factual events (not negated or hypothetical, both actors known) only;",
      "  none right: records expecting no event that get no factual one.",
      "");

  private static void tally(StringBuilder b, String name, RecordScore.Tally t) {
    int withEvents = t.records - t.expectNone;
    b.append(String.format(Locale.ROOT, "%-12s %8d %12s %12s %12s %12s %12s%n", name, t.records,
        share(t.actorsRight, withEvents), share(t.actorsRightFactual, withEvents), share(t.typeRight, withEvents),
        share(t.exact, withEvents), share(t.noneRight, t.expectNone)));
  }

  private static String share(int n, int of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) n / of);
  }
}
