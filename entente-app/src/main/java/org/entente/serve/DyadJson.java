package org.entente.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.relations.DyadRow;

/** DyadJson writes a dyad row with the field names of {@code entente dyads --format json}. */
final class DyadJson {

  private DyadJson() {}

  static Map<String, Object> of(DyadRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", r.period());
    m.put("source", r.source());
    m.put("target", r.target());
    m.put("events", r.events());
    m.put("verbal_coop", r.q1());
    m.put("material_coop", r.q2());
    m.put("verbal_conflict", r.q3());
    m.put("material_conflict", r.q4());
    m.put("goldstein_sum", round(r.goldsteinSum()));
    m.put("goldstein_mean", round(r.goldsteinMean()));
    m.put("coop_ratio", round(r.cooperationRatio()));
    m.put("articles", r.sources());
    return m;
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
