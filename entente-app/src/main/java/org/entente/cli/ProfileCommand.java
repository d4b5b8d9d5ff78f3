package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.relations.CountryProfile;
import org.entente.relations.DyadQuery;
import org.entente.relations.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente profile KOR}: a country's relations with its partners side by side. */
@Command(name = "profile", description = "A country's relation state with each partner, period by period.")
final class ProfileCommand implements Callable<Integer> {

  @Mixin
  RelationsOptions relations;

  @Parameters(index = "0", paramLabel = "AAA", description = "The country (three letters).")
  String country;

  @Option(names = "--interval", defaultValue = "quarter", description = "day, week, month, quarter or year.")
  String interval;

  @Option(names = "--min-events", defaultValue = "2", description = "Leave out partners with fewer events (default: ${DEFAULT-VALUE}).")
  int minEvents;

  @Override
  public Integer call() {
    String c = new DyadQuery(null, null, Interval.MONTH, country, null, false, false, false).source();
    CountryProfile p = CountryProfile.of(relations.clusters(false), c, Interval.parse(interval), minEvents);
    System.out.println(c + " and its partners (state, mean Goldstein value, events):");
    System.out.print(p.format());
    return 0;
  }
}
