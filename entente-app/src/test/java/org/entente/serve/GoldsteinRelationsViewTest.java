package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The documented state thresholds, at and just beside each boundary. */
class GoldsteinRelationsViewTest {

  @Test
  void statesChangeExactlyAtTheDocumentedThresholds() {
    // The dashboard's states are those of the report (RelationState), boundaries included.
    assertEquals("close", GoldsteinRelationsView.label(3.01));
    assertEquals("warm", GoldsteinRelationsView.label(3.0));
    assertEquals("neutral", GoldsteinRelationsView.label(0.5));
    assertEquals("cool", GoldsteinRelationsView.label(-0.51));
    assertEquals("tense", GoldsteinRelationsView.label(-2.01));
    assertEquals("hostile", GoldsteinRelationsView.label(-5.01));
  }
}
