package org.entente.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted events against gold events. A prediction matches a gold event when they share the
 * document, the source and target countries (first three letters of the actor codes) and the
 * category (CAMEO root); matching is one-to-one, exact codes paired first. Negated and hypothetical
 * gold events are left out of the gold, and flagged or actor-less predictions out of the predictions.
 * Full-code scores repeat the matching requiring the same full code.
 */
public final class Scorer {

  private Scorer() {}

  public static Score score(List<GoldEvent> gold, List<Prediction> predictions, Map<String, String> publication) {
    Score s = new Score();
    Map<String, List<GoldEvent>> goldByDoc = new HashMap<>();
    for (GoldEvent g : gold) {
      if (g.scored()) {
        goldByDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
        s.overall.gold++;
        s.fullCode.gold++;
        s.category(g.category()).gold++;
      }
    }
    Map<String, List<Prediction>> predByDoc = new HashMap<>();
    for (Prediction p : predictions) {
      predByDoc.computeIfAbsent(p.doc(), k -> new ArrayList<>()).add(p);
      s.overall.predicted++;
      s.fullCode.predicted++;
      s.category(p.category()).predicted++;
    }
    for (Map.Entry<String, List<Prediction>> e : predByDoc.entrySet()) {
      List<GoldEvent> golds = new ArrayList<>(goldByDoc.getOrDefault(e.getKey(), List.of()));
      List<Prediction> preds = new ArrayList<>(e.getValue());
      List<GoldEvent> goldsForCode = new ArrayList<>(golds);
      List<Prediction> predsForCode = new ArrayList<>(preds);
      // Full-code level: same code required.
      for (Prediction p : new ArrayList<>(predsForCode)) {
        for (GoldEvent g : goldsForCode) {
          if (sameDyad(g, p) && !g.cameo().isEmpty() && g.cameo().equals(p.cameo())) {
            goldsForCode.remove(g);
            s.fullCode.matched++;
            break;
          }
        }
      }
      // Category level: exact codes first, then same category.
      for (int pass = 0; pass < 2; pass++) {
        for (Prediction p : new ArrayList<>(preds)) {
          for (GoldEvent g : golds) {
            boolean ok = sameDyad(g, p) && g.category().equals(p.category())
                && (pass == 1 || (!g.cameo().isEmpty() && g.cameo().equals(p.cameo())));
            if (ok) {
              golds.remove(g);
              preds.remove(p);
              s.overall.matched++;
              s.category(g.category()).matched++;
              s.matches.add(new Prediction[] {p});
              dateCheck(s, g, p, publication.get(p.doc()));
              break;
            }
          }
        }
      }
      s.falseAlarms.addAll(preds);
      goldByDoc.put(e.getKey(), golds);
    }
    goldByDoc.values().forEach(s.misses::addAll);
    return s;
  }

  private static boolean sameDyad(GoldEvent g, Prediction p) {
    return g.sourceCountry().equals(p.sourceCountry()) && g.targetCountry().equals(p.targetCountry());
  }

  private static void dateCheck(Score s, GoldEvent g, Prediction p, String published) {
    if (g.date() == null || g.date().length() != 10) {
      return;
    }
    s.datedMatches++;
    if (g.date().equals(p.date())) {
      s.datesRight++;
    } else {
      s.dateMisses.add(new Score.DateMiss(g, p));
    }
    if (g.date().equals(published)) {
      s.datesRightByPublication++;
    }
  }
}
