package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.testing.Parsed;
import org.entente.testing.TestDictionaries;
import org.junit.jupiter.api.Test;

/**
 * How the coder reads the clause structure of news sentences: participle clauses, complements, reason
 * phrases and events without a target. Hand-built parses mirror CoreNLP's enhanced++ output for the
 * same sentences (including its habit of hanging ", accusing ..." clauses as {@code dep}).
 */
class ClauseStructureTest {

  private static final String CAMEO = String.join("\n",
      "0341\t03\t1\t7.0\tState intent to change leadership",
      "100\t10\t3\t-5.0\tDemand",
      "072\t07\t2\t8.3\tProvide military aid",
      "112\t11\t3\t-2.0\tAccuse",
      "120\t12\t3\t-4.0\tReject",
      "166\t16\t4\t-7.0\tExpel",
      "180\t18\t4\t-9.0\tUse unconventional violence",
      "1724\t17\t4\t-7.0\tImpose martial law",
      "1723\t17\t4\t-7.0\tImpose a curfew",
      "152\t15\t4\t-7.2\tIncrease military alert status",
      "045\t04\t1\t5.0\tMediate",
      "202\t20\t4\t-10.0\tEngage in mass killings",
      "175\t17\t4\t-9.0\tUse tactics of violent repression",
      "141\t14\t3\t-6.5\tDemonstrate or rally");

  private static final String PATTERNS = String.join("\n",
      "0341 verb $ agree resign",
      "072 verb $ arm +",
      "112 verb $ accuse +",
      "195 verb $ bomb +",
      "120 verb $ reject +",
      "163 verb $ impose sanction on +",
      "166 verb $ expel diplomat of|from +",
      "166 verb $ expel +",
      "1724 verb $ declare law martial",
      "111 verb $ call + unjustified",
      "195 noun $ launch of +",
      "1723 verb $ impose curfew in +",
      "190 noun $ attack on +",
      "152 verb $ put troops on alert");

  private final EventExtractor extractor = new EventExtractor(TestDictionaries.load(CAMEO, PATTERNS));

  private List<Event> codeWith(String pattern, AnnotatedSentence s) {
    Article a = Article.of("doc", LocalDate.parse("2025-11-20"), "text");
    return new EventExtractor(TestDictionaries.load(CAMEO, PATTERNS + "\n" + pattern)).extract(
        new AnnotatedArticle(a, List.of(s)));
  }

  private List<Event> code(AnnotatedSentence s) {
    Article a = Article.of("doc", LocalDate.parse("2025-11-20"), "text");
    return extractor.extract(new AnnotatedArticle(a, List.of(s)));
  }

  private static String summary(List<Event> events) {
    return EventExtractorTest.summary(events);
  }

  @Test
  void eventOfAPatternWithoutTargetIsKeptWithAnAbsentTarget() {
    var s = Parsed.sentence("Takaichi/NNP agreed/VBD/agree to/TO resign/VB ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,1) punct(2,5)");
    List<Event> events = code(s);
    assertEquals("JPNGOV>:0341", summary(events));
    assertTrue(events.get(0).target().absent());
    assertEquals(-1, events.get(0).target().begin());
    assertFalse(events.get(0).factual(), "no dyad: left out of the relations figures");
  }

  @Test
  void patternWithATargetSlotStillNeedsItsTarget() {
    var s = Parsed.sentence("Japan/NNP accused/VBD/accuse ./.", "root(0,2) nsubj(2,1) punct(2,3)");
    assertEquals("", summary(code(s)));
  }

  @Test
  void participleClauseAfterACommaSharesTheSubjectOfItsClause() {
    var s = Parsed.sentence("China/NNP announced/VBD/announce a/DT ban/NN on/IN Japanese/JJ seafood/NN ,/,"
            + " accusing/VBG/accuse Tokyo/NNP of/IN negligence/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) nmod:on(4,7) case(7,5) amod(7,6) punct(2,8) dep(2,9) obj(9,10)"
            + " obl:of(9,12) case(12,11) punct(2,13)");
    assertEquals("CHN>JPN:163 CHN>JPNGOV:112", summary(code(s)));
  }

  @Test
  void materialActInAParticipleAfterAnInsertedAttributionIsTheReportedActorsAct() {
    // CoreNLP's parse: "said" is a parataxis of "bombed", and each participle a dep of "said"
    var killing = Parsed.sentence("Chinese/JJ warships/NNS/warship bombed/VBD/bomb Taiwan/NNP ,/, the/DT ministry/NN"
            + " said/VBD/say ,/, killing/VBG/kill Korean/JJ troops/NNS/troops ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,4) punct(3,5) parataxis(3,8) det(7,6) nsubj(8,7) punct(8,9) dep(8,10)"
            + " obj(10,12) amod(12,11) punct(3,13)");
    assertEquals("CHNMIL>TWN:195 CHNMIL>KORMIL:180", summary(codeWith("180 verb $ kill +", killing)),
        "the ministry only reports the killing");
    var calling = Parsed.sentence("Japan/NNP bombed/VBD/bomb China/NNP ,/, the/DT ministry/NN said/VBD/say ,/,"
            + " accusing/VBG/accuse Korea/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,3) punct(2,4) parataxis(2,7) det(6,5) nsubj(7,6) punct(7,8) dep(7,9)"
            + " obj(9,10) punct(2,11)");
    assertEquals("JPN>CHN:195 >KOR:112", summary(code(calling)), "an accusation there is the speaker's");
  }

  @Test
  void participleAfterACommaHungOnAThingObjectSharesTheClauseSubject() {
    // CoreNLP hangs ", accusing ..." on the object "withdrawal" as acl; a withdrawal does not accuse.
    var s = Parsed.sentence("China/NNP announced/VBD/announce a/DT withdrawal/NN from/IN the/DT talks/NNS/talk ,/,"
            + " accusing/VBG/accuse Japan/NNP of/IN provocations/NNS/provocation ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) nmod:from(4,7) case(7,5) det(7,6) punct(4,8) acl(4,9)"
            + " obj(9,10) obl:of(9,12) case(12,11) punct(2,13)");
    assertEquals("CHN>JPN:112", summary(code(s)));
  }

  @Test
  void actDoneInResponseToAnActIsAimedAtItsActor() {
    // CoreNLP hangs "in response to" on the last of the coordinated verbs: obl:in(sent, response).
    var s = Parsed.sentence("China/NNP put/VBD troops/NNS on/IN alert/NN and/CC sent/VBD/send warships/NNS/warship"
            + " in/IN response/NN to/IN Japan/NNP 's/POS exercises/NNS/exercise ./.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,5) case(5,4) conj:and(2,7) cc(7,6) nsubj(7,1) obj(7,8)"
            + " obl:in(7,10) case(10,9) nmod:to(10,14) case(14,11) nmod:poss(14,12) case(12,13) punct(2,15)");
    assertEquals("CHN>JPN:152", summary(code(s)));
  }

  @Test
  void pledgeWithoutATargetIsAimedAtTheTargetOfThePledgedAct() {
    var s = Parsed.sentence("The/DT United/NNP States/NNP pledged/VBD/pledge to/TO arm/VB Taiwan/NNP ./.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) xcomp(4,6) mark(6,5) nsubj:xsubj(6,3) obj(6,7) punct(4,8)");
    assertEquals("USA>TWN:030 USA>TWN:072:hyp", summary(codeWith("030 verb $ pledge", s)));
  }

  @Test
  void passiveClauseWithoutItsOwnSubjectActsOnTheSubjectOfItsGovernor() {
    var s = Parsed.sentence("Takaichi/NNP resigned/VBD/resign after/IN being/VBG/be criticised/VBN/criticise by/IN"
            + " Beijing/NNP ./.",
        "root(0,2) nsubj(2,1) advcl:after(2,5) mark(5,3) aux:pass(5,4) obl:agent(5,7) case(7,6) punct(2,8)");
    assertEquals("CHNGOV>JPNGOV:111", summary(code(s)));
  }

  @Test
  void participleClauseHappensWhereTheMoveItFollowsEnds() {
    var s = Parsed.sentence("Chinese/JJ troops/NNS crossed/VBD/cross from/IN China/NNP into/IN Taiwan/NNP ,/,"
            + " killing/VBG/kill hundreds/NNS/hundred of/IN civilians/NNS/civilian ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obl:from(3,5) case(5,4) obl:into(3,7) case(7,6) punct(3,8) dep(3,9)"
            + " obj(9,12) det:qmod(12,10) fixed(10,11) punct(3,13)");
    assertEquals("CHNMIL>TWNCVL:202", summary(codeWith("202 verb $ kill civilian hundreds", s)));
  }

  @Test
  void actRenamedInTheSameSentenceIsOneEvent() {
    // CoreNLP hangs the appositive "the first visit to Korea by a Japanese leader" as obj of "travelled".
    var s = Parsed.sentence("Takaichi/NNP travelled/VBD/travel to/IN Seoul/NNP ,/, the/DT first/JJ visit/NN to/IN"
            + " Korea/NNP by/IN a/DT Japanese/JJ leader/NN ./.",
        "root(0,2) nsubj(2,1) obl:to(2,4) case(4,3) punct(2,5) obj(2,8) det(8,6) amod(8,7) nmod:to(8,10) case(10,9)"
            + " nmod:by(8,14) case(14,11) det(14,12) amod(14,13) punct(2,15)");
    assertEquals("JPNGOV>KORGOV:042", summary(code(s)));
  }

  @Test
  void differentActsOnTheSamePairStayApart() {
    var s = Parsed.sentence("Japan/NNP criticised/VBD/criticise China/NNP and/CC accused/VBD/accuse Beijing/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,3) cc(5,4) conj:and(2,5) nsubj(5,1) obj(5,6) punct(2,7)");
    assertEquals("JPN>CHN:111 JPN>CHNGOV:112", summary(code(s)), "same root, other codes: two acts");
  }

  @Test
  void judgementAfterAReportingClauseIsTheReportersComment() {
    // "..., Tokyo said, calling the attack unjustified": parataxis(attacked, said), dep(attacked, calling).
    var s = Parsed.sentence("Japanese/JJ boats/NNS/boat were/VBD/be attacked/VBN/attack by/IN Chinese/JJ warships/NNS/warship"
            + " ,/, Tokyo/NNP said/VBD/say ,/, calling/VBG/call the/DT attack/NN unjustified/JJ ./.",
        "root(0,4) amod(2,1) nsubj:pass(4,2) aux:pass(4,3) obl:agent(4,7) case(7,5) amod(7,6) punct(10,8)"
            + " parataxis(4,10) nsubj(10,9) punct(10,11) dep(4,12) xcomp(12,15) det(14,13) nsubj(15,14) punct(4,16)");
    assertEquals("CHNMIL>JPN:190 JPNGOV>CHNMIL:111", summary(code(s)));
  }

  @Test
  void roughCountStandsForWhatItCounts() {
    var s = Parsed.sentence("Japan/NNP imposed/VBD/impose dozens/NNS/dozen of/IN sanctions/NNS/sanction on/IN China/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,3) nmod:of(3,5) case(5,4) obl:on(2,7) case(7,6) punct(2,8)");
    assertEquals("JPN>CHN:163", summary(code(s)));
  }

  @Test
  void whatAJudgementIsPassedOnIsItsTarget() {
    // A pattern naming the judgement's words has no target slot; the small clause's subject is the target.
    var s = Parsed.sentence("Japan/NNP called/VBD/call the/DT Chinese/JJ test/NN absolutely/RB unacceptable/JJ ./.",
        "root(0,2) nsubj(2,1) xcomp(2,7) det(5,3) amod(5,4) nsubj(7,5) advmod(7,6) punct(2,8)");
    assertEquals("JPN>CHN:111", summary(codeWith("111 verb $ call unacceptable absolutely", s)));
  }

  @Test
  void whatAStatedJudgementIsPassedOnIsItsTarget() {
    var s = Parsed.sentence("Japan/NNP said/VBD/say the/DT Chinese/JJ proposal/NN was/VBD/be regrettable/JJ ./.",
        "root(0,2) nsubj(2,1) ccomp(2,7) det(5,3) amod(5,4) nsubj(7,5) cop(7,6) punct(2,8)");
    assertEquals("JPN>CHN:111", summary(codeWith("111 verb $ say regrettable", s)));
  }

  @Test
  void repressionOfAProtestIsAimedAtTheProtesters() {
    var s = Parsed.sentence("China/NNP 's/POS crackdown/NN on/IN protests/NNS/protest continued/VBD/continue ./.",
        "root(0,6) nmod:poss(3,1) case(1,2) nsubj(6,3) nmod:on(3,5) case(5,4) punct(6,7)");
    // and the protest put down is one of the repressing state's population, against its state
    assertEquals("CHN>CHNCVL:175 CHNCVL>CHNGOV:141", summary(codeWith("175 noun $ crackdown on +\n141 noun protest", s)));
  }

  @Test
  void participleCommentingOnARefusalIsNotRefused() {
    var s = Parsed.sentence("Japan/NNP refused/VBD/refuse to/TO comment/VB ,/, accusing/VBG/accuse China/NNP"
            + " of/IN an/DT attack/NN on/IN Taiwan/NNP ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,1) punct(2,5) dep(2,6) obj(6,7) obl:of(6,10)"
            + " case(10,8) det(10,9) nmod:on(10,12) case(12,11) punct(2,13)");
    assertEquals("JPN>CHN:112 CHN>TWN:190:hyp", summary(code(s)), "the attack is alleged, and China's");
  }

  @Test
  void participleRightAfterAnAspectVerbIsItsComplement() {
    // CoreNLP: "Washington stop arming Taiwan" with "arming" as dep of "stop", no comma between.
    var s = Parsed.sentence("The/DT United/NNP States/NNP stopped/VBD/stop arming/VBG/arm Taiwan/NNP ./.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) dep(4,5) obj(5,6) punct(4,7)");
    assertEquals("USA>TWN:072:neg", summary(code(s)));
  }

  @Test
  void actNamedInTheReasonForAnAccusationIsTheAccusedActorsAllegedAct() {
    var s = Parsed.sentence("Japan/NNP accused/VBD/accuse China/NNP of/IN an/DT attack/NN on/IN Taiwan/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:of(2,6) case(6,4) det(6,5) nmod:on(6,8) case(8,7) punct(2,9)");
    assertEquals("JPN>CHN:112 CHN>TWN:190:hyp", summary(code(s)), "the attack is alleged, and China's");
  }

  @Test
  void clauseOpenedByAWhWordIsNotTheAddresseeOfTheVerb() {
    var s = Parsed.sentence("Japan/NNP bombed/VBD/bomb what/WP China/NNP called/VBD/call a/DT camp/NN ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) obj(5,3) nsubj(5,4) xcomp(5,7) det(7,6) punct(2,8)");
    assertEquals("", summary(code(s)), "no object: the bombing has no target here");
  }

  @Test
  void thingInATargetSlotStandsForTheActorItComesFrom() {
    var proposal = Parsed.sentence("Japan/NNP rejected/VBD/reject a/DT Chinese/JJ proposal/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,5) det(5,3) amod(5,4) punct(2,6)");
    assertEquals("JPN>CHN:120", summary(code(proposal)));
    var offer = Parsed.sentence("Japan/NNP rejected/VBD/reject an/DT offer/NN from/IN Beijing/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) nmod:from(4,6) case(6,5) punct(2,7)");
    assertEquals("JPN>CHNGOV:120", summary(code(offer)));
  }

  @Test
  void thingInATargetSlotStandsForTheAgentOfItsParticiple() {
    var s = Parsed.sentence("Japan/NNP criticised/VBD/criticise the/DT abuses/NNS/abuse committed/VBN/commit by/IN"
            + " Chinese/JJ troops/NNS ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) acl(4,5) obl:agent(5,8) case(8,6) amod(8,7) punct(2,9)");
    assertEquals("JPN>CHNMIL:111", summary(code(s)));
  }

  @Test
  void actInATargetSlotStandsForTheAgentOfItsParticiple() {
    var s = Parsed.sentence("Japan/NNP criticised/VBD/criticise the/DT attacks/NNS/attack carried/VBN/carry out/RP by/IN"
            + " Chinese/JJ troops/NNS ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) acl(4,5) compound:prt(5,6) obl:agent(5,9) case(9,7) amod(9,8) punct(2,10)");
    assertEquals("JPN>CHNMIL:111", summary(code(s)));
  }

  @Test
  void triggerParticiplesOwnAgentDoesNotOwnItsObject() {
    // "a truce mediated by the United States": the mediator is the source, not also the owner of the truce.
    var s = Parsed.sentence("A/DT truce/NN mediated/VBN/mediate by/IN the/DT United/NNP States/NNP began/VBD/begin ./.",
        "root(0,8) det(2,1) nsubj(8,2) acl(2,3) obl:agent(3,7) case(7,4) det(7,5) compound(7,6) punct(8,9)");
    assertEquals("USA>:045", summary(codeWith("045 verb $ mediate +", s)));
  }

  @Test
  void roleWordInATargetSlotKeepsItsOwnRole() {
    var s = Parsed.sentence("Japan/NNP criticised/VBD/criticise a/DT Chinese/JJ company/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,5) det(5,3) amod(5,4) punct(2,6)");
    assertEquals("JPN>CHNBUS:111", summary(code(s)));
  }

  @Test
  void moveNamedInAReducedRelativeIsTheActOfTheClauseItRenames() {
    // "..., a move China criticised": CoreNLP hangs the relative clause without "that" as dep of "move".
    var s = Parsed.sentence("Japan/NNP lifted/VBD/lift restrictions/NNS/restriction on/IN Korea/NNP ,/, a/DT move/NN"
            + " China/NNP criticised/VBD/criticise ./.",
        "root(0,2) nsubj(2,1) obj(2,3) nmod:on(3,5) case(5,4) punct(2,6) obl:npmod(2,8) det(8,7) dep(8,10)"
            + " nsubj(10,9) punct(2,11)");
    assertEquals("JPN>KOR:081 CHN>JPN:111", summary(code(s)));
  }

  @Test
  void passiveSubjectIsThePatternsObjectWord() {
    var s = Parsed.sentence("Sanctions/NNS/sanction were/VBD/be imposed/VBN/impose on/IN China/NNP by/IN Japan/NNP ./.",
        "root(0,3) nsubj:pass(3,1) aux:pass(3,2) obl:on(3,5) case(5,4) obl:agent(3,7) case(7,6) punct(3,8)");
    assertEquals("JPN>CHN:163", summary(code(s)));
  }

  @Test
  void phraseOneLevelDownFillsASlotOnlyWithAnActor() {
    var s = Parsed.sentence("Japan/NNP expelled/VBD/expel diplomats/NNS/diplomat on/IN suspicion/NN of/IN spying/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,5) case(5,4) nmod:of(5,7) case(7,6) punct(2,8)");
    List<Event> events = code(s);
    assertEquals(1, events.size());
    assertEquals("diplomats", events.get(0).target().text(), "not 'spying', found under 'suspicion'");
  }

  @Test
  void administrativeMeasureWithoutTargetActsOnTheActorsOwnPopulation() {
    var s = Parsed.sentence("South/NNP Korea/NNP declared/VBD/declare martial/JJ law/NN on/IN Tuesday/NNP/Tuesday/2024-12-03 ./.",
        "root(0,3) compound(2,1) nsubj(3,2) obj(3,5) amod(5,4) obl:on(3,7) case(7,6) punct(3,8)");
    assertEquals("KOR>KORCVL:1724", summary(code(s)));
  }

  @Test
  void actorsActingOnEachOtherAreAGroup() {
    var s = Parsed.sentence("Japan/NNP and/CC China/NNP accused/VBD/accuse each/DT other/JJ ./.",
        "root(0,4) nsubj(4,1) nsubj(4,3) conj:and(1,3) cc(3,2) obj(4,6) det(6,5) punct(4,7)");
    assertEquals("JPN>CHN:112 CHN>JPN:112", summary(code(s)));
  }

  @Test
  void activeConjunctOfAPassiveSharesItsSurfaceSubject() {
    // CoreNLP copies the passive subject to the active conjunct as nsubj:pass.
    var s = Parsed.sentence("Japan/NNP was/VBD/be criticised/VBN/criticise by/IN China/NNP and/CC banned/VBD/ban"
            + " imports/NNS/import from/IN Korea/NNP ./.",
        "root(0,3) nsubj:pass(3,1) aux:pass(3,2) obl:agent(3,5) case(5,4) conj:and(3,7) cc(7,6) nsubj:pass(7,1)"
            + " obj(7,8) obl:from(7,10) case(10,9) punct(3,11)");
    assertEquals("CHN>JPN:111 JPN>KOR:163", summary(code(s)));
  }

  @Test
  void objectOfASmallClauseIsItsSubject() {
    var s = Parsed.sentence("Japan/NNP called/VBD/call the/DT ban/NN unjustified/JJ ./.",
        "root(0,2) nsubj(2,1) xcomp(2,5) nsubj(5,4) det(4,3) punct(2,6)");
    List<Event> events = code(s);
    assertEquals(1, events.size());
    assertEquals("the ban", events.get(0).target().text());
  }

  @Test
  void objectPlacedAfterAPhraseIsStillTheObject() {
    // CoreNLP: "rejected on Thursday a Chinese proposal" with "proposal" as dep of "Thursday".
    var s = Parsed.sentence("Japan/NNP rejected/VBD/reject on/IN Thursday/NNP/Thursday/2025-11-20 a/DT Chinese/JJ"
            + " proposal/NN ./.",
        "root(0,2) nsubj(2,1) obl:on(2,4) case(4,3) dep(4,7) det(7,5) amod(7,6) punct(2,8)");
    assertEquals("JPN>CHN:120", summary(code(s)));
  }

  @Test
  void actCriticisedIsNotTheCriticsAct() {
    // "criticised the attack on Taiwan": the critic did not attack; the attack's agent is not named here.
    var s = Parsed.sentence("Japan/NNP criticised/VBD/criticise the/DT attack/NN on/IN Taiwan/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) nmod:on(4,6) case(6,5) punct(2,7)");
    String coded = summary(code(s));
    assertTrue(!coded.contains("JPN>TWN:190"), coded);
  }

  @Test
  void ofTwoTargetPhrasesTheActorIsTheTarget() {
    // "accused China of an attack": with "accuse + of +", the attack is the reason, not a second target.
    var s = Parsed.sentence("Japan/NNP accused/VBD/accuse China/NNP of/IN an/DT attack/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:of(2,6) case(6,4) det(6,5) punct(2,7)");
    assertEquals("JPN>CHN:112", summary(codeWith("112 verb $ accuse + of +", s)));
  }

  @Test
  void actNounPointsBackToTheLatestActOfItsKind() {
    var launch = Parsed.sentence(0, 0, "Pyongyang/NNP fired/VBD/fire a/DT missile/NN toward/IN Japan/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) nmod:toward(4,6) case(6,5) punct(2,7)");
    var warning = Parsed.sentence(1, 40, "Seoul/NNP criticised/VBD/criticise Pyongyang/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,3) punct(2,4)");
    var protest = Parsed.sentence(2, 70, "Tokyo/NNP criticised/VBD/criticise the/DT launch/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) punct(2,5)");
    Article a = Article.of("doc", LocalDate.parse("2025-11-20"), "text");
    List<Event> events = new EventExtractor(TestDictionaries.load(CAMEO, PATTERNS)).extract(
        new AnnotatedArticle(a, List.of(launch, warning, protest)));
    assertEquals("PRKGOV>JPN:195 KORGOV>PRKGOV:111 JPNGOV>PRKGOV:111", summary(events),
        "the launch is North Korea's, not Seoul's, the latest actor");
  }

  @Test
  void ofSeveralPhrasesWithThePrepositionTheActorFillsTheSlot() {
    var s = Parsed.sentence("Japan/NNP imposed/VBD/impose a/DT curfew/NN in/IN response/NN to/IN unrest/NN in/IN Korea/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) obl:in(2,6) case(6,5) nmod:to(6,8) case(8,7) nmod:in(4,10) case(10,9)"
            + " punct(2,11)");
    assertEquals("JPN>KOR:1723", summary(code(s)), "not 'in response'");
  }

  @Test
  void purposeOfACallIsAimedAtWhoWasCalled() {
    var s = Parsed.sentence("Takaichi/NNP phoned/VBD/phone the/DT Korean/JJ president/NN to/TO offer/VB help/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,5) det(5,3) amod(5,4) advcl:to(2,7) mark(7,6) obj(7,8) punct(2,9)");
    assertEquals("JPNGOV>KORGOV:030", summary(codeWith("030 verb $ offer help", s)));
  }

  @Test
  void purposeOfAThingDoneIsAimedAtNoActor() {
    var s = Parsed.sentence("Japan/NNP issued/VBD/issue a/DT statement/NN to/TO offer/VB help/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) advcl:to(2,6) mark(6,5) obj(6,7) punct(2,8)");
    List<Event> events = codeWith("030 verb $ offer help", s);
    assertEquals("JPN>:030", summary(events));
    assertTrue(events.get(0).target().absent());
  }

  @Test
  void purposeOfAMarchIsDoneAndAimedAtWhereItWent() {
    var s = Parsed.sentence("Korean/JJ activists/NNS/activist marched/VBD/march to/IN the/DT Japanese/JJ embassy/NN"
        + " to/TO demand/VB compensation/NN ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obl:to(3,7) case(7,4) det(7,5) amod(7,6) xcomp(3,9) mark(9,8)"
            + " nsubj:xsubj(9,2) obj(9,10) punct(3,11)");
    assertEquals("KOR>JPN:100", summary(codeWith("100 verb $ demand compensation", s)));
  }

  @Test
  void countInFiguresReadsAsItsNumberWord() {
    String kill = "180 verb $ kill +\n202 verb $ kill villager thousands|thousand";
    var many = Parsed.sentence("Chinese/JJ troops/NNS/troops killed/VBD/kill 2,000/CD villagers/NNS/villager ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) nummod(5,4) punct(3,6)");
    assertEquals("CHNMIL>:202", summary(codeWith(kill, many)));
    var few = Parsed.sentence("Chinese/JJ troops/NNS/troops killed/VBD/kill 300/CD villagers/NNS/villager ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,5) nummod(5,4) punct(3,6)");
    assertEquals("CHNMIL>:180", summary(codeWith(kill, few)).replaceAll(">\\S*:", ">:"));
  }

  @Test
  void spokenActInACommaParticipleAfterAReportedClauseIsTheSpeakers() {
    var s = Parsed.sentence("Japan/NNP said/VBD/say Chinese/JJ warships/NNS/warship bombed/VBD/bomb Taiwan/NNP ,/,"
        + " accusing/VBG/accuse Beijing/NNP ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) amod(4,3) nsubj(5,4) obj(5,6) punct(5,7) dep(5,8) obj(8,9) punct(2,10)");
    assertEquals("CHNMIL>TWN:195 JPN>CHNGOV:112", summary(code(s)));
  }

  private static List<Event> codeWarning(AnnotatedSentence s) {
    Article a = Article.of("doc", LocalDate.parse("2025-11-20"), "text");
    var dictionaries = TestDictionaries.load("138\t13\t3\t-7.0\tThreaten with military force\n"
        + "130\t13\t3\t-4.4\tThreaten", "130 verb $ warn +", "19\t138\t-\t-\t-");
    return new EventExtractor(dictionaries).extract(new AnnotatedArticle(a, List.of(s)));
  }

  @Test
  void warnersOwnFutureActIsAThreat() {
    var s = Parsed.sentence("China/NNP warned/VBD/warn it/PRP would/MD attack/VB Taiwan/NNP ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) nsubj(5,3) aux(5,4) obj(5,6) punct(2,7)");
    assertEquals("CHN>TWN:138", summary(codeWarning(s)), "a threat, and 'it' is not the one warned");
  }

  @Test
  void warningAboutAnotherActorsActIsNoThreatOfTheirs() {
    var s = Parsed.sentence("China/NNP warned/VBD/warn Japan/NNP would/MD attack/VB Taiwan/NNP ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) nsubj(5,3) aux(5,4) obj(5,6) punct(2,7)");
    assertEquals("CHN>JPN:130 JPN>TWN:190:hyp", summary(codeWarning(s)));
  }

  @Test
  void protestNamedWithoutProtestersIsByThePopulationProtestedAgainst() {
    var s = Parsed.sentence("The/DT president/NN resigned/VBD/resign after/IN demonstrations/NNS/demonstration"
        + " against/IN the/DT Korean/JJ government/NN ./.",
        "root(0,3) det(2,1) nsubj(3,2) obl:after(3,5) case(5,4) nmod:against(5,9) case(9,6) det(9,7) amod(9,8)"
            + " punct(3,10)");
    assertEquals("KORCVL>KORGOV:141", summary(codeWith("141 noun $ demonstration against +", s)));
  }

  @Test
  void protestWithoutProtestersOrCountryStaysUncoded() {
    var s = Parsed.sentence("The/DT president/NN resigned/VBD/resign after/IN demonstrations/NNS/demonstration"
        + " against/IN the/DT reform/NN ./.",
        "root(0,3) det(2,1) nsubj(3,2) obl:after(3,5) case(5,4) nmod:against(5,8) case(8,6) det(8,7) punct(3,9)");
    assertEquals("", summary(codeWith("141 noun $ demonstration against +", s)));
  }

  @Test
  void relativeClauseWhoseVerbWasParsedAsAnAdjectiveHasItsVerbBack() {
    // CoreNLP tags "imposed" VBD but parses "which imposed sanctions" as a noun phrase in apposition
    var s = Parsed.sentence("Japan/NNP ,/, which/WDT imposed/VBD/impose sanctions/NNS/sanction on/IN China/NNP ,/,"
        + " said/VBD/say ./.",
        "root(0,9) nsubj(9,1) punct(1,2) appos(1,5) det(5,3) amod(5,4) nmod:on(5,7) case(7,6) punct(1,8) punct(9,10)");
    assertEquals("JPN>CHN:163", summary(code(s)));
  }

  @Test
  void participleParsedAsTheVerbGivesItsSubjectToTheVerbItHolds() {
    // CoreNLP makes "armed" the root, with "warships" its subject and "bombed" an unlabelled dep
    var s = Parsed.sentence("Chinese/JJ warships/NNS/warship armed/VBN/arm with/IN missiles/NNS/missile bombed/VBD/bomb"
        + " Taiwan/NNP 's/POS ports/NNS/port ,/, officials/NNS/official said/VBD/say ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obl:with(3,5) case(5,4) dep(3,6) obj(6,9) nmod:poss(9,7) case(7,8)"
            + " punct(3,10) parataxis(3,12) nsubj(12,11) punct(3,13)");
    assertEquals("CHNMIL>TWN:195", summary(code(s)));
  }

  @Test
  void threatRightAfterOnesOwnHostileActAimsAtItsTarget() {
    var struck = Parsed.sentence("Chinese/JJ warships/NNS/warship bombed/VBD/bomb Taiwan/NNP ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,4) punct(3,5)");
    var threat = Parsed.sentence(1, 100, "Beijing/NNP threatened/VBD/threaten further/JJ strikes/NNS/strike ./.",
        "root(0,2) nsubj(2,1) obj(2,4) amod(4,3) punct(2,5)");
    var praised = Parsed.sentence("Chinese/JJ warships/NNS/warship visited/VBD/visit Taiwan/NNP ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,4) punct(3,5)");
    Article a = Article.of("doc", LocalDate.parse("2025-11-20"), "text");
    var dictionaries = TestDictionaries.load("138\t13\t3\t-7.0\tThreaten with military force",
        "195 verb $ bomb +\n042 verb $ visit +\n138 verb $ threaten strike", "");
    var extractor = new EventExtractor(dictionaries);
    assertEquals("CHNMIL>TWN:195 CHNGOV>TWN:138",
        summary(extractor.extract(new AnnotatedArticle(a, List.of(struck, threat)))));
    assertEquals("CHNMIL>TWN:042 CHNGOV>:138",
        summary(extractor.extract(new AnnotatedArticle(a, List.of(praised, threat)))),
        "a visit is no hostile act to answer");
  }
}
