package org.entente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Problem;
import org.entente.model.SentenceGraph;
import org.entente.testing.Parsed;
import org.entente.testing.TestDictionaries;
import org.junit.jupiter.api.Test;

/**
 * A pattern line whose code is {@code -} marks a phrasing as no event: it blocks the generic patterns
 * of its trigger ("released treated water into the sea" is no release of persons).
 */
class NotAnEventTest {

  private static final String RELEASE = "08 verb $ release +\n- verb release water|wastewater\n";

  private final List<Problem> problems = new ArrayList<>();

  private PatternSet patterns(String text) throws IOException {
    return TestDictionaries.patterns(text, problems::add);
  }

  @Test
  void aBlockingLineMatchingItsWordsCodesNothing() throws IOException {
    var s = Parsed.sentence("Japan/NNP released/VBD/release treated/VBN/treat water/NN into/IN the/DT sea/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,4) amod(4,3) obl:into(2,7) case(7,5) det(7,6) punct(2,8)");
    List<EventFrame> frames = new EventCoder(patterns(RELEASE)).code(new SentenceGraph(s), i -> true);
    assertEquals(List.of(), problems);
    assertEquals(List.of(), frames);
  }

  @Test
  void theGenericPatternStillCodesOtherObjects() throws IOException {
    var s = Parsed.sentence("Hamas/NNP released/VBD/release 13/CD hostages/NNS/hostage ./.",
        "root(0,2) nsubj(2,1) obj(2,4) nummod(4,3) punct(2,5)");
    List<EventFrame> frames = new EventCoder(patterns(RELEASE)).code(new SentenceGraph(s), i -> true);
    assertEquals(1, frames.size());
    assertEquals("08", frames.get(0).code());
  }

  @Test
  void blockingLinesAreTriedBeforeMoreSpecificOnes() throws IOException {
    // "fired the coach": the blocking line has fewer elements than "$ fire +" but must still win.
    PatternSet set = patterns("195 verb $ fire at +\n190 verb $ fire +\n- verb fire coach|manager\n");
    assertTrue(set.forVerb("fire").get(0).blocks());
    assertEquals(null, set.intentCode(set.forVerb("fire").get(0)));
    var s = Parsed.sentence("Chelsea/NNP fired/VBD/fire its/PRP$/its coach/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,4) nmod:poss(4,3) punct(2,5)");
    assertEquals(List.of(), new EventCoder(set).code(new SentenceGraph(s), i -> true));
  }

  @Test
  void aBlockingLineTakesNoIntentOrPlanCode() throws IOException {
    PatternSet set = patterns("- verb launch phone [intent=036]\n- verb launch product\n");
    assertEquals(1, set.size());
    assertEquals(List.of("p.txt:1"), problems.stream().map(Problem::location).toList());
  }

  @Test
  void aBlockingLineCanNameItsSubjectsWords() throws IOException {
    // "Typhoon Shanshan hit Japan": only the subject tells that nobody attacked anyone.
    PatternSet set = patterns("190 verb $ hit +\n- verb $ hit [subject=typhoon|storm|earthquake]\n");
    var typhoon = Parsed.sentence("Typhoon/NNP Shanshan/NNP hit/VBD/hit Japan/NNP ./.",
        "root(0,3) compound(2,1) nsubj(3,2) obj(3,4) punct(3,5)");
    var missiles = Parsed.sentence("Russian/JJ missiles/NNS/missile hit/VBD/hit Kyiv/NNP ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,4) punct(3,5)");
    assertEquals(List.of(), new EventCoder(set).code(new SentenceGraph(typhoon), i -> true));
    List<EventFrame> frames = new EventCoder(set).code(new SentenceGraph(missiles), i -> true);
    assertEquals(1, frames.size());
    assertEquals("190", frames.get(0).code());
  }

  @Test
  void subjectWordsNeedASubjectSlot() throws IOException {
    patterns("- verb hit [subject=typhoon]\n");
    assertEquals(List.of("p.txt:1"), problems.stream().map(Problem::location).toList());
  }
}
