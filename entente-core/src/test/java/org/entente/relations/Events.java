package org.entente.relations;

import java.time.LocalDate;

/** Hand-made events for the relations tests. */
final class Events {

  private static int next;

  private Events() {}

  /** A factual event "source did code to target" on {@code date}, reported in {@code doc}. */
  static DyadEvent event(String doc, String date, String source, String target, String code, int quad,
      double goldstein) {
    return new DyadEvent(doc + ":" + (next++), doc, LocalDate.parse(date), source, target, source + "GOV",
        target + "GOV", code, code.substring(0, 2), quad, goldstein, source + " " + code + " " + target, false,
        false);
  }
}
