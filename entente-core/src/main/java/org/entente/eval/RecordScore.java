package org.entente.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.model.Actor;

/**
 * Per-record shares for suites whose records are single sentences (PETRARCH validation, PLOVER gold):
 * the share of records whose expected actors are produced, whose expected event type is produced, and
 * whose expected events are produced exactly; overall and per record category.
 *
 * <p>The actor measure counts every event produced, negated or hypothetical ones too: it asks whether
 * the actors were resolved, and the suites have no modality ("is about to restore ties" expects an
 * event). It is also given over events neither negated nor hypothetical. Type and exact matches count
 * factual events only (also with both actors known, as the suites' default {@code require_dyad} asks).
 *
 * <p>Special actors of PETRARCH expectations: {@code ---} (a null actor) is met by an actor with no code
 * or by no actor at all; {@code ---GOV} (an agent without a country) by an actor with no code (its role
 * is not checked); {@code "INJURY TOLL"} (new-actor text) by an actor with no code and that text;
 * {@code FRO/BIL/SAM} by each of the actors it names.
 */
public final class RecordScore {

  /** Tallies of one category. */
  public static final class Tally {
    public int records;
    public int actorsRight;
    public int actorsRightFactual;
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
          if (have.stream().noneMatch(h -> Prediction.scored(h.event(), !actorLevel))) {
            t.noneRight++;
          }
        }
        continue;
      }
      // PLOVER records may have no target: an act coded without one counts there (Prediction.scored).
      List<Prediction> factual = have.stream().filter(h -> Prediction.scored(h.event(), !actorLevel)).toList();
      List<Prediction> realis = have.stream().filter(h -> !h.event().negated() && !h.event().hypothetical()).toList();
      boolean actors = want.stream().allMatch(w -> met(w, have, actorLevel));
      boolean actorsFactual = want.stream().allMatch(w -> met(w, realis, actorLevel));
      boolean type = want.stream().allMatch(w -> factual.stream().anyMatch(h -> h.category().equals(w.category())));
      Set<String> wantSet = want.stream().map(w -> key(w.source(), w.target(), w.cameo())).collect(Collectors.toSet());
      Set<String> haveSet = factual.stream().map(h -> key(full(h, true), full(h, false), h.cameo()))
          .collect(Collectors.toSet());
      boolean exact = wantSet.equals(haveSet);
      for (Tally t : List.of(s.overall, c)) {
        t.actorsRight += actors ? 1 : 0;
        t.actorsRightFactual += actorsFactual ? 1 : 0;
        t.typeRight += type ? 1 : 0;
        t.exact += exact ? 1 : 0;
      }
    }
    return s;
  }

  /**
   * Whether the expected event's actors are produced by some event. A PETRARCH code naming several
   * actors ("FRO/BIL/SAM", written so by the UD-PETRARCH records) asks for each of them.
   */
  private static boolean met(GoldEvent w, List<Prediction> have, boolean actorLevel) {
    if (!actorLevel) {
      return have.stream().anyMatch(h -> countriesMatch(w, h));
    }
    for (String source : w.source().split("/")) {
      for (String target : w.target().split("/")) {
        if (have.stream().noneMatch(h -> sideMatches(source, h.event().source()) && sideMatches(target, h.event().target()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** A PETRARCH expected side against a produced actor (see the class comment for the special forms). */
  static boolean sideMatches(String want, Actor a) {
    if (want.equals("---") || want.startsWith("---")) {
      return !a.known();
    }
    if (want.length() > 1 && want.startsWith("\"") && want.endsWith("\"")) {
      return !a.known() && newActorText(a.text()).equals(want.substring(1, want.length() - 1));
    }
    return want.equals(a.code());
  }

  /** An actor's words as PETRARCH writes new actors: upper case, possessive endings dropped. */
  static String newActorText(String text) {
    return text.replace("'s ", " ").replace("\u2019s ", " ").replaceAll("'s$", "").replaceAll("\\s+", " ")
        .strip().toUpperCase(java.util.Locale.ROOT);
  }

  private static String key(String s, String t, String c) {
    return s + ">" + t + ":" + c;
  }

  private static String full(Prediction h, boolean source) {
    return source ? h.event().source().code() : h.event().target().code();
  }

  /** PLOVER records: the same source country and, when one is expected, target country. */
  private static boolean countriesMatch(GoldEvent w, Prediction h) {
    boolean target = w.targetCountry().isEmpty() || w.targetCountry().equals(h.targetCountry());
    return w.sourceCountry().equals(h.sourceCountry()) && target;
  }
}
