package org.entente.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.relations.ChangePointDetector;
import org.entente.relations.HtmlReport;
import org.entente.relations.Interval;
import org.entente.relations.ShiftFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente report --db entente.duckdb --out report.html}: a self-contained HTML report. */
@Command(name = "report", description = "Write a self-contained HTML report: series, turning points, network of states.")
final class ReportCommand implements Callable<Integer> {

  @Mixin
  RelationsOptions relations;

  @Option(names = "--out", defaultValue = "report.html", description = "HTML file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--interval", defaultValue = "month", description = "day, week, month, quarter or year.")
  String interval;

  @Option(names = "--min-events", defaultValue = "4", description = "Leave out dyads with fewer events (default: ${DEFAULT-VALUE}).")
  int minEvents;

  @Override
  public Integer call() throws Exception {
    HtmlReport report = new HtmlReport(Interval.parse(interval), minEvents, new ShiftFinder(ChangePointDetector.DEFAULT));
    Files.writeString(out, report.render(relations.clusters(false)), StandardCharsets.UTF_8);
    System.out.println("Wrote " + out);
    return 0;
  }
}
