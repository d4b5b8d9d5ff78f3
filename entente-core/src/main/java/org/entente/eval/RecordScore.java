package org.entente.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Per-record shares for suites whose records are single sentences (PETRARCH validation, PLOVER gold):
 * the share of records whose expected actors are produced, whose expected event type is produced, and
 * whose expected events are produced exactly; overall and per record category.
 */
public final class RecordScore {

  /** Tallies of one category. */
  public static final class Tally {
    public int records;
    public int actorsRight;
    public int typeRight;
    public int exact;
    public int expectNone;
    public int noneRight;
  }

  public final Tally overall = new Tally();
  public final Map<String, Tally> byCategory = new TreeMap<>();

  /**
   * @param categories the category of each record, in the order of {@code docs}
   * @param actorLevel compare full actor codes (PETRARCH) instead of countries (PLOVER)
   */
  public static RecordScore score(List<String> docs, List<String> categories, List<GoldEvent> gold,
      List<Prediction> predictions, boolean actorLevel) {
    Map<String, List<GoldEvent>> g = gold.stream().collect(Collectors.groupingBy(GoldEvent::doc, LinkedHashMap::new,
        Collectors.toList()));
    Map<String, List<Prediction>> p = predictions.stream().collect(Collectors.groupingBy(Prediction::doc));
    RecordScore s = new RecordScore();
    for (int i = 0; i < docs.size(); i++) {
      String doc = docs.get(i);
      Tally c = s.byCategory.computeIfAbsent(categories.get(i), k -> new Tally());
      List<GoldEvent> want = g.getOrDefault(doc, List.of());
      List<Prediction> have = p.getOrDefault(doc, List.of());
      for (Tally t : List.of(s.overall, c)) {
        t.records++;
      }
      if (want.isEmpty()) {
        for (Tally t : List.of(s.overall, c)) {
          t.expectNone++;
          if (have.isEmpty()) {
            t.noneRight++;
          }
        }
        continue;
      }
      boolean actors = want.stream().allMatch(w -> have.stream().anyMatch(h -> actorsMatch(w, h, actorLevel)));
      boolean type = want.stream().allMatch(w -> have.stream().anyMatch(h -> h.category().equals(w.category())));
      Set<String> wantSet = want.stream().map(w -> key(w.source(), w.target(), w.cameo())).collect(Collectors.toSet());
      Set<String> haveSet = have.stream().map(h -> key(full(h, true), full(h, false), h.cameo()))
          .collect(Collectors.toSet());
      boolean exact = wantSet.equals(haveSet);
      for (Tally t : List.of(s.overall, c)) {
        t.actorsRight += actors ? 1 : 0;
        t.typeRight += type ? 1 : 0;
        t.exact += exact ? 1 : 0;
      }
    }
    return s;
  }

  private static String key(String s, String t, String c) {
    return s + ">" + t + ":" + c;
  }

  private static String full(Prediction h, boolean source) {
    return source ? h.event().source().code() : h.event().target().code();
  }

  private static boolean actorsMatch(GoldEvent w, Prediction h, boolean actorLevel) {
    if (actorLevel) {
      return w.source().equals(h.event().source().code()) && w.target().equals(h.event().target().code());
    }
    boolean target = w.targetCountry().isEmpty() || w.targetCountry().equals(h.targetCountry());
    return w.sourceCountry().equals(h.sourceCountry()) && target;
  }
}
