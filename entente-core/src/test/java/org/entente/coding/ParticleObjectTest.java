package org.entente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.entente.model.SentenceGraph;
import org.entente.testing.Parsed;
import org.entente.testing.TestDictionaries;
import org.junit.jupiter.api.Test;

/** "PARTICLE +" in a pattern ("round up +") is the verb's particle and its direct object, as CoreNLP parses it. */
class ParticleObjectTest {

  private EventCoder coder(String patterns) throws IOException {
    CameoTable table = CameoTable.read("cameo.tsv", new StringReader(TestDictionaries.CAMEO), p -> { });
    return new EventCoder(PatternSet.builder(table, p -> { }).read("p.txt", new StringReader(patterns)).build());
  }

  @Test
  void aParticleWithADirectObjectFillsTheSlot() throws IOException {
    var s = Parsed.sentence("Police/NNS/police rounded/VBD/round up/RP dozens/NNS/dozen of/IN protesters/NNS/protester ./.",
        "root(0,2) nsubj(2,1) compound:prt(2,3) obj(2,4) nmod:of(4,6) case(6,5) punct(2,7)");
    List<EventFrame> frames = coder("190 verb $ round up +\n").code(new SentenceGraph(s), i -> true);
    assertEquals(1, frames.size());
    assertEquals(List.of(3), frames.get(0).targets(), "the object 'dozens'");
  }

  @Test
  void aPrepositionalPhraseStillComesFirst() throws IOException {
    var s = Parsed.sentence("Japan/NNP called/VBD/call on/IN China/NNP ./.", "root(0,2) nsubj(2,1) obl:on(2,4) case(4,3) punct(2,5)");
    List<EventFrame> frames = coder("190 verb $ call on +\n").code(new SentenceGraph(s), i -> true);
    assertEquals(List.of(3), frames.get(0).targets());
  }
}
