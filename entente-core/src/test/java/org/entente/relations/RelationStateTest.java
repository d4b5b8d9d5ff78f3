package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelationStateTest {

  @Test
  void thresholdsAtTheirEdges() {
    assertEquals(RelationState.HOSTILE, RelationState.of(-5.01));
    assertEquals(RelationState.TENSE, RelationState.of(-5));
    assertEquals(RelationState.TENSE, RelationState.of(-2.01));
    assertEquals(RelationState.COOL, RelationState.of(-2));
    assertEquals(RelationState.COOL, RelationState.of(-0.51));
    assertEquals(RelationState.NEUTRAL, RelationState.of(-0.5));
    assertEquals(RelationState.NEUTRAL, RelationState.of(0.5));
    assertEquals(RelationState.WARM, RelationState.of(0.51));
    assertEquals(RelationState.WARM, RelationState.of(3));
    assertEquals(RelationState.CLOSE, RelationState.of(3.01));
  }
}
