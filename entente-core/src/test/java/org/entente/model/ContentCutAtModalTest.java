package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.testing.Parsed;
import org.junit.jupiter.api.Test;

/**
 * A that-clause the parser ended at an infinitive in its subject, the speech verbs made clausal subjects of the
 * modal verb that follows, gets its modal verb back as what was said. The dependencies are CoreNLP's for this
 * sentence (copied from {@code entente explain}).
 */
class ContentCutAtModalTest {

  private static final String WORDS = "Islamabad/NNP denied/VBD/deny any/DT involvement/NN in/IN the/DT attack/NN"
      + " and/CC warned/VBD/warn that/IN any/DT attempt/NN to/TO stop/VB the/DT flow/NN of/IN water/NN would/MD"
      + " be/VB considered/VBN/consider an/DT/a act/NN of/IN war/NN ./.";

  @Test
  void theModalVerbIsWhatWasWarned() {
    var s = Parsed.sentence(WORDS,
        "root(0,21) nsubj(2,1) obj(2,4) conj:and(2,9) nsubj(9,1) cc(9,8) ccomp(9,14) csubj:pass(21,2)"
            + " csubj:pass(21,9) aux(21,19) aux:pass(21,20) obj(21,23) punct(21,26) det(4,3) nmod:in(4,7) case(7,5)"
            + " det(7,6) mark(14,10) nsubj(14,12) mark(14,13) obj(14,16) det(12,11) det(16,15) nmod:of(16,18)"
            + " case(18,17) det(23,22) nmod:of(23,25) case(25,24)");
    var deps = Misparses.repair(s).dependencies();
    assertTrue(deps.contains(new Dependency("ccomp", 8, 20)), deps.toString());
    assertTrue(deps.contains(new Dependency("nsubj:pass", 20, 11)), deps.toString());
    assertTrue(deps.contains(new Dependency("acl", 11, 13)), deps.toString());
    assertEquals(1, deps.stream().filter(d -> d.relation().equals("root")).findFirst().orElseThrow().dependent());
  }

  @Test
  void aClauseWithoutAnInfinitiveSubjectIsLeftAlone() {
    var s = Parsed.sentence("Iran/NNP warned/VBD/warn that/IN Israel/NNP attacked/VBD/attack ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) mark(5,3) nsubj(5,4) punct(2,6)");
    assertEquals(s.dependencies(), Misparses.repair(s).dependencies());
  }
}
