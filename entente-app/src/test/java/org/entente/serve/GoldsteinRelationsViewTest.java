package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The documented state thresholds, at and just beside each boundary. */
class GoldsteinRelationsViewTest {

  @Test
  void statesChangeExactlyAtTheDocumentedThresholds() {
    assertEquals("cooperative", GoldsteinRelationsView.label(2.0));
    assertEquals("neutral", GoldsteinRelationsView.label(1.99));
    assertEquals("neutral", GoldsteinRelationsView.label(0.0));
    assertEquals("tense", GoldsteinRelationsView.label(-0.01));
    assertEquals("tense", GoldsteinRelationsView.label(-3.99));
    assertEquals("hostile", GoldsteinRelationsView.label(-4.0));
  }
}
