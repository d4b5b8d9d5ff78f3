package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.AnnotatedSentence;
import org.entente.model.SentenceGraph;
import org.entente.testing.Parsed;
import org.junit.jupiter.api.Test;

/**
 * Actor codes built the way PETRARCH combines its agents with actors, on hand-built parses that mirror
 * CoreNLP's enhanced++ output. The dictionary entries are written for this test in the PETRARCH format.
 */
class PetrarchAgentsTest {

  private static final String ACTORS = String.join("\n",
      "NORWAY_ [NOR]",
      "+NORWEGIAN",
      "SWEDEN [SWE]",
      "WHITE_HOUSE [USAGOV]",
      "EAST_GERMAN [GMEGOV]",
      "DAGBLADET [NORGOVMED]  # a paper coded as a state medium, to test codes that already hold a role");

  private static final String AGENTS = String.join("\n",
      "!PERSON! = MAN, MEN, WOMAN, WOMEN",
      "DOCTORS_WITHOUT_BORDERS {}  [NGO~]",
      "DIPLOMAT  [~GOV]",
      "OFFICIAL  [~GOV]",
      "SECURITY_OFFICIAL  [~GOV]",
      "GOVERNMENT  [~GOV]",
      "GOVERNMENT_NEWSPAPER  [~GOVMED]",
      "HUMAN_RIGHTS_ACTIVIST  [~OPP]",
      "RIGHTS_ACTIVIST  [~HRI]",
      "POLICE {}  [~COP]",
      "CONGRESS  [~LEG]",
      "CONGRESS!PERSON!  [~LEG]",
      "LAWMAKER  [~LEG]",
      "PEACE_COMMISSION  [~PCE]",
      "MEDIA  [~MED]",
      "ISLAMIST  [~MUS]");

  private final ActorResolver resolver;

  PetrarchAgentsTest() throws IOException {
    ActorDictionary.Builder b = ActorDictionary.builder();
    PetrarchDictionaryReader r = new PetrarchDictionaryReader(b, p -> { throw new AssertionError(p.toString()); });
    r.read("test.actors.txt", new StringReader(ACTORS));
    r.read("test.agents.txt", new StringReader(AGENTS));
    resolver = new ActorResolver(b.build());
  }

  private List<String> codes(AnnotatedSentence s, int head) {
    SentenceGraph g = new SentenceGraph(s);
    SentenceMentions m = SentenceMentions.find(resolver.dictionary(), s);
    return resolver.resolveAll(g, m, head - 1, null).stream().map(Actor::code).toList();
  }

  @Test
  void prefixAgentActorAndSuffixAgentStackInTextOrder() {
    var s = Parsed.sentence("A/DT Doctors/NNPS/Doctors Without/IN/without Borders/NNPS/Borders Norway/NNP diplomat/NN spoke/VBD/speak",
        "root(0,7) nsubj(7,6) det(6,1) compound(6,5) compound(5,2) case(4,3) nmod:without(2,4)");
    assertEquals(List.of("NGONORGOV"), codes(s, 6));
    var alone = Parsed.sentence("Doctors/NNPS/Doctors Without/IN/without Borders/NNPS/Borders Norway/NNP spoke/VBD/speak",
        "root(0,5) nsubj(5,4) compound(4,1) case(3,2) nmod:without(1,3)");
    assertEquals(List.of("NGONOR"), codes(alone, 4), "a prefix agent before an actor head");
  }

  @Test
  void anAgentAlreadyHeldByTheCodeIsNotRepeated() {
    var s = Parsed.sentence("White/NNP House/NNP security/NN officials/NNS/official said/VBD/say",
        "root(0,5) nsubj(5,4) compound(4,2) compound(2,1) compound(4,3)");
    assertEquals(List.of("USAGOV"), codes(s, 4));
    var paper = Parsed.sentence("The/DT Dagbladet/NNP government/NN newspaper/NN reported/VBD/report",
        "root(0,5) nsubj(5,4) det(4,1) compound(4,3) compound(3,2)");
    assertEquals(List.of("NORGOVMED"), codes(paper, 4), "a six-letter agent held by the code");
  }

  @Test
  void agentsStackOntoACodeThatHasARoleAlready() {
    var s = Parsed.sentence("East/JJ/east German/JJ/german peace/NN commission/NN members/NNS/member arrived/VBD/arrive",
        "root(0,6) nsubj(6,5) amod(5,2) amod(2,1) compound(5,4) compound(4,3)");
    assertEquals(List.of("GMEGOVPCE"), codes(s, 5));
  }

  @Test
  void agentPhrasesMatchTheWrittenWordsWhenTheLemmaDiffers() {
    // CoreNLP lemmatises "rights" to "right"; the agent is written with "RIGHTS".
    var s = Parsed.sentence("Human/JJ/human rights/NNS/right activists/NNS/activist in/IN Norway/NNP protested/VBD/protest",
        "root(0,6) nsubj(6,3) compound(3,2) amod(2,1) nmod:in(3,5) case(5,4)");
    assertEquals(List.of("NOROPP"), codes(s, 3));
  }

  @Test
  void regularPluralsAreGeneratedAndAnEmptyPluralListForbidsThem() {
    // A capitalised plural keeps its form as lemma; PETRARCH's generated plural still matches it.
    var s = Parsed.sentence("The/DT Norwegian/NNP Congresses/NNPS/Congresses voted/VBD/vote",
        "root(0,4) nsubj(4,3) det(3,1) compound(3,2)");
    assertEquals(List.of("NORLEG"), codes(s, 3));
    var men = Parsed.sentence("Norwegian/JJ/norwegian congressmen/NNS/congressman voted/VBD/vote",
        "root(0,3) nsubj(3,2) amod(2,1)");
    assertEquals(List.of("NORLEG"), codes(men, 2), "a phrase from a substitution set");
    var polices = Parsed.sentence("Norway/NNP 's/POS polices/NNS/police changed/VBD/change",
        "root(0,4) nsubj(4,3) nmod:poss(3,1) case(1,2)");
    assertEquals(List.of("NOR"), codes(polices, 3), "POLICE {} has no plural: 'polices' is not the police");
  }

  @Test
  void agentsDistributeOverCoordinatedCountriesAndCoordinatedAgentsShareThem() {
    // "Lawmakers and officials in Norway and Sweden": CoreNLP hangs the place phrase on the first noun.
    var s = Parsed.sentence("Lawmakers/NNS/lawmaker and/CC officials/NNS/official in/IN Norway/NNP and/CC Sweden/NNP met/VBD/meet",
        "root(0,8) nsubj(8,1) nsubj(8,3) conj:and(1,3) cc(3,2) nmod:in(1,5) nmod:in(1,7) case(5,4) conj:and(5,7) cc(7,6)");
    assertEquals(List.of("NORLEG", "SWELEG"), codes(s, 1));
    assertEquals(List.of("NORGOV", "SWEGOV"), codes(s, 3));
  }

  @Test
  void anAgentCoordinatedAfterAnotherSharesItsPremodifiers() {
    // "The Norwegian Islamist media and government": CoreNLP hangs both adjectives on the first noun.
    var s = Parsed.sentence("The/DT Norwegian/JJ/norwegian Islamist/JJ/islamist media/NNS/media and/CC government/NN warned/VBD/warn",
        "root(0,7) nsubj(7,4) nsubj(7,6) det(4,1) amod(4,2) amod(4,3) conj:and(4,6) cc(6,5)");
    assertEquals(List.of("NORMUSMED"), codes(s, 4));
    assertEquals(List.of("NORMUSGOV"), codes(s, 6));
  }

  @Test
  void anActBelongsToAllTheCountriesCoordinatedInIt() {
    var both = Parsed.sentence("Norway/NNP welcomed/VBD/welcome a/DT resumption/NN of/IN ties/NNS/tie between/IN Sweden/NNP and/CC the/DT White/NNP House/NNP",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) nmod:of(4,6) case(6,5) nmod:between(6,8) nmod:between(6,12) case(8,7)"
            + " conj:and(8,12) cc(12,9) det(12,10) compound(12,11)");
    assertEquals(List.of("SWE", "USAGOV"), codes(both, 4));
  }
}
