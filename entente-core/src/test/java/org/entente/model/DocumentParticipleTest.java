package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.testing.Parsed;
import org.junit.jupiter.api.Test;

/**
 * A participle the parser hung on the court a document was filed at modifies the document. The
 * dependencies are CoreNLP's for these sentences (copied from {@code entente explain}).
 */
class DocumentParticipleTest {

  @Test
  void aParticipleOnThePlaceAFiledCaseWentToModifiesTheCase() {
    var s = Parsed.sentence("South/NNP Africa/NNP filed/VBD/file a/DT case/NN at/IN the/DT International/NNP Court/NNP"
            + " of/IN Justice/NNP accusing/VBG/accuse Israel/NNP of/IN genocide/NN ./.",
        "root(0,3) compound(2,1) nsubj(3,2) obj(3,5) obl:at(3,9) punct(3,16) det(5,4) case(9,6) det(9,7) compound(9,8)"
            + " nmod:of(9,11) acl(9,12) case(11,10) obj(12,13) obl:of(12,15) case(15,14)");
    var deps = Misparses.repair(s).dependencies();
    assertTrue(deps.contains(new Dependency("acl", 4, 11)), deps.toString());
    assertTrue(!deps.contains(new Dependency("acl", 8, 11)), deps.toString());
  }

  @Test
  void aParticipleOnAPlaceWithoutADocumentStays() {
    var s = Parsed.sentence("Protesters/NNS/protester gathered/VBD/gather at/IN the/DT embassy/NN chanting/VBG/chant slogans/NNS/slogan ./.",
        "root(0,2) nsubj(2,1) obl:at(2,5) case(5,3) det(5,4) acl(5,6) obj(6,7) punct(2,8)");
    assertEquals(s.dependencies(), Misparses.repair(s).dependencies());
  }
}
