package org.entente.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.relations.ChangePointDetector;
import org.entente.relations.DyadEvent;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadSeries;
import org.entente.relations.EventCluster;
import org.entente.relations.Interval;
import org.entente.relations.Shift;
import org.entente.relations.ShiftFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente shifts --dyad KOR-CHN [--interval month]}: the turning points of a relation. */
@Command(name = "shifts", description = "Turning points of a dyad's relation, with the events behind each.")
final class ShiftsCommand implements Callable<Integer> {

  @Mixin
  RelationsOptions relations;

  @Option(names = "--dyad", required = true, paramLabel = "AAA-BBB", description = "The pair of countries.")
  String dyad;

  @Option(names = "--interval", defaultValue = "month", description = "day, week, month, quarter or year.")
  String interval;

  @Option(names = "--directed", description = "Only events from the first country to the second.")
  boolean directed;

  @Override
  public Integer call() {
    DyadQuery q = DyadQuery.all(Interval.parse(interval)).withDyad(dyad);
    DyadSeries series = DyadSeries.of(relations.clusters(false), q.source(), q.target(), directed, q.interval());
    List<Shift> shifts = new ShiftFinder(ChangePointDetector.DEFAULT).shifts(series);
    System.out.print(describe(series, shifts));
    return 0;
  }

  static String describe(DyadSeries series, List<Shift> shifts) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s: %d events in %d %s intervals; %d turning point%s%n", series.name(),
        series.eventCount(), series.points().size(), series.interval().sqlUnit(), shifts.size(),
        shifts.size() == 1 ? "" : "s"));
    for (Shift s : shifts) {
      sb.append(String.format(Locale.ROOT, "%n%s  %s: %s %+.2f (%d events) → %s %+.2f (%d events), p = %.3f%n",
          s.period(), s.upward() ? "toward cooperation" : "toward conflict", s.stateBefore().label(), s.before(),
          s.eventsBefore(), s.stateAfter().label(), s.after(), s.eventsAfter(), s.pValue()));
      for (EventCluster c : s.drivers()) {
        DyadEvent e = c.first();
        sb.append(String.format(Locale.ROOT, "  %s %s→%s %s (%+.1f, %d article%s) %s: %s%n", c.date(),
            e.sourceCountry(), e.targetCountry(), e.code(), c.goldstein(), c.sources(), c.sources() == 1 ? "" : "s",
            e.doc(), e.sentence()));
      }
    }
    return sb.toString();
  }
}
