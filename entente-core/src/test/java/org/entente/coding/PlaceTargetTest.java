package org.entente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Problem;
import org.entente.model.SentenceGraph;
import org.entente.testing.Parsed;
import org.entente.testing.TestDictionaries;
import org.junit.jupiter.api.Test;

/**
 * A pattern with {@code [target=place]} holds only when its target names a place: a town captured is
 * occupied (192), people captured are arrested (173).
 */
class PlaceTargetTest {

  // The test CAMEO table has no 173 or 192: its 16 and 19 stand in for them.
  private static final String CAPTURE = "16 verb $ capture +\n19 verb $ capture + [target=place]\n";

  private final List<Problem> problems = new ArrayList<>();

  private PatternSet patterns(String text) throws IOException {
    return TestDictionaries.patterns(text, problems::add);
  }

  @Test
  void aPlaceTakenIsOccupied() throws IOException {
    var s = Parsed.sentence("M23/NNP rebels/NNS/rebel captured/VBD/capture Goma/NNP ./.",
        "root(0,3) compound(2,1) nsubj(3,2) obj(3,4) punct(3,5)");
    List<EventFrame> frames = new EventCoder(patterns(CAPTURE)).code(new SentenceGraph(s), i -> true, i -> false,
        i -> i == 3);
    assertEquals(List.of(), problems);
    assertEquals(List.of("19"), frames.stream().map(EventFrame::code).toList());
  }

  @Test
  void peopleCapturedAreArrested() throws IOException {
    var s = Parsed.sentence("Ukrainian/JJ forces/NNS/force captured/VBD/capture two/CD soldiers/NNS/soldier ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) nummod(5,4) punct(3,6)");
    List<EventFrame> frames = new EventCoder(patterns(CAPTURE)).code(new SentenceGraph(s), i -> true, i -> false,
        i -> false);
    assertEquals(List.of("16"), frames.stream().map(EventFrame::code).toList());
  }

  @Test
  void aPlaceTargetNeedsATargetSlot() throws IOException {
    patterns("19 verb $ capture [target=place]\n");
    assertEquals(List.of("p.txt:1"), problems.stream().map(Problem::location).toList());
  }
}
