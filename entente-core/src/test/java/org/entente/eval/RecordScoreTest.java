package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.model.Actor;
import org.entente.model.CameoCode;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;

/** The per-record actor measure of PETRARCH-style suites. */
class RecordScoreTest {

  private static Prediction made(String doc, Actor source, Actor target, boolean hypothetical) {
    CameoCode code = new CameoCode("050", "05", 1, 3.5, "Engage in diplomatic cooperation");
    Event e = new Event(doc + ":0", doc, null, EventDate.UNKNOWN, source, target, code, false, hypothetical, "s", 0, 0,
        1, "restore", 0, 1, "test");
    return new Prediction(doc, source.country(), target.country(), "050", "05", "", e);
  }

  private static GoldEvent expected(String doc, String source, String target) {
    return new GoldEvent(doc, source, target, "064", "06", "", false, false);
  }

  private static Actor known(String code) {
    return new Actor(code, code, 0, 1);
  }

  @Test
  void aHypotheticalEventProducesItsActorsButIsNotFactual() {
    RecordScore s = RecordScore.score(List.of("a"), List.of("DEMO"), List.of(expected("a", "ARN", "GON")),
        List.of(made("a", known("ARN"), known("GON"), true)), true);
    assertEquals(1, s.overall.actorsRight);
    assertEquals(0, s.overall.actorsRightFactual);
    assertEquals(0, s.overall.typeRight, "the event type counts factual events only");
  }

  @Test
  void nullActorsAndNewActorTextAreMetByActorsWithoutACode() {
    List<GoldEvent> gold = List.of(expected("a", "---GOV", "---"), expected("b", "\"INJURY TOLL\"", "OSG"),
        expected("c", "GON", "---"));
    List<Prediction> made = List.of(
        made("a", new Actor("", "a senior official", 0, 1), new Actor("", "", -1, -1), false),
        made("b", new Actor("", "Eriador's injury toll", 0, 1), known("OSG"), false),
        made("c", known("GON"), known("OSG"), false));
    RecordScore s = RecordScore.score(List.of("a", "b", "c"), List.of("X", "X", "X"), gold, made, true);
    assertEquals(1, s.byCategory.get("X").actorsRight, "b's text is not INJURY TOLL; c's target is a known actor");
    assertEquals("ERIADOR INJURY TOLL", RecordScore.newActorText("Eriador's injury toll"));
  }

  @Test
  void aCodeNamingSeveralActorsAsksForEachOfThem() {
    List<GoldEvent> gold = List.of(expected("a", "FRO/BIL", "GON"), expected("b", "FRO/BIL", "GON"));
    List<Prediction> made = List.of(made("a", known("FRO"), known("GON"), false), made("a", known("BIL"), known("GON"), false),
        made("b", known("FRO"), known("GON"), false));
    RecordScore s = RecordScore.score(List.of("a", "b"), List.of("X", "X"), gold, made, true);
    assertEquals(1, s.overall.actorsRight, "b lacks BIL>GON");
  }
}
