package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.testing.Parsed;
import org.junit.jupiter.api.Test;

/**
 * A subject the parser made the root, its speech verb hung on it as a bare dep, gets its verb back. The
 * dependencies are CoreNLP's for this sentence (copied from {@code entente explain}).
 */
class SpeakerAsRootTest {

  @Test
  void aSpeechVerbHungOnItsSubjectAsADepHeadsTheSentence() {
    var s = Parsed.sentence("Algeria/NNP ,/, which/WDT drafted/VBD/draft the/DT text/NN ,/, said/VBD/say the/DT veto/NN"
            + " sent/VBD/send the/DT wrong/JJ message/NN to/IN the/DT world/NN ./.",
        "root(0,1) punct(1,2) dep(1,8) punct(1,18) dep(8,3) dep(8,4) punct(8,7) ccomp(8,11) obj(4,6) det(6,5)"
            + " det(10,9) nsubj(11,10) obj(11,14) obl:to(11,17) det(14,12) amod(14,13) case(17,15) det(17,16)");
    AnnotatedSentence mended = Misparses.repair(s);
    assertTrue(mended.dependencies().contains(new Dependency("nsubj", 7, 0)), mended.dependencies().toString());
    assertEquals(7, mended.dependencies().stream().filter(d -> d.relation().equals("root")).findFirst().orElseThrow()
        .dependent());
  }

  @Test
  void aNounRootWithoutASpeechVerbIsLeftAlone() {
    var s = Parsed.sentence("Talks/NNS/talk in/IN Geneva/NNP ,/, officials/NNS/official hope/VBP ./.",
        "root(0,1) nmod:in(1,3) case(3,2) punct(1,4) dep(1,6) nsubj(6,5) punct(1,7)");
    assertEquals(s.dependencies(), Misparses.repair(s).dependencies());
  }
}
