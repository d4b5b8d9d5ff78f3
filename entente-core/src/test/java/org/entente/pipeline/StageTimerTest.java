package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.entente.pipeline.StageTimer.Stage;
import org.junit.jupiter.api.Test;

class StageTimerTest {

  @Test
  void addsUpPerStageAcrossThreadsAndResets() {
    StageTimer t = new StageTimer();
    IntStream.range(0, 1000).parallel().forEach(i -> t.add(i % 2 == 0 ? Stage.HEAVY_ANNOTATION : Stage.STORE, 3));
    assertEquals(1500, t.nanos(Stage.HEAVY_ANNOTATION));
    assertEquals(1500, t.nanos(Stage.STORE));
    assertEquals(0, t.nanos(Stage.EXTRACTION));
    assertEquals(3000, t.total());
    t.reset();
    assertEquals(0, t.total());
  }
}
