package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.entente.model.Actor;
import org.entente.model.CameoCode;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;

/** Which coded events count as predictions: a target-less act only where gold records may lack a target. */
class PredictionTest {

  private static Event event(Actor target, boolean hypothetical) {
    LocalDate day = LocalDate.of(2005, 3, 26);
    return new Event("d:0:0", "d", day, EventDate.UNKNOWN, new Actor("KGZGOV", "Akayev", 0, 6), target,
        new CameoCode("0341", "03", 1, 7.0, "State intent to change leadership"), false, hypothetical,
        "Akayev agreed to resign.", 0, 0, 24, "agreed", 7, 13, "patterns.txt:1");
  }

  @Test
  void targetlessActCountsOnlyForGoldThatMayLackATarget() {
    assertTrue(Prediction.scored(event(Actor.ABSENT, false), true));
    assertFalse(Prediction.scored(event(Actor.ABSENT, false), false), "a dyad's gold always has a target");
    assertFalse(Prediction.scored(event(Actor.ABSENT, true), true), "hypothetical acts never count");
  }

  @Test
  void unresolvedTargetIsNotAnAbsentOne() {
    assertFalse(Prediction.scored(event(new Actor("", "the Quacker Institute", 20, 41), false), true));
    assertTrue(Prediction.scored(event(new Actor("KGZ", "Kyrgyzstan", 20, 30), false), false));
  }
}
