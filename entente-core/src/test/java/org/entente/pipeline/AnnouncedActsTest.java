package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Acts announced, promised, threatened or refused instead of done are coded with CAMEO's stance codes
 * (dictionaries/verbs/stances.tsv): intents (03x), threats (13x), refusals (12x). Hand-built parses
 * mirror CoreNLP's enhanced++ output for the same sentences.
 */
class AnnouncedActsTest {

  private static final String CAMEO = String.join("\n",
      "02\t02\t1\t3.0\tAppeal", "025\t02\t1\t-0.3\tAppeal to give in", "0251\t02\t1\t-0.3\tAppeal to ease sanctions",
      "035\t03\t1\t7.0\tIntent to give in", "033\t03\t1\t5.2\tIntent to give aid",
      "023\t02\t1\t3.4\tAppeal for aid", "103\t10\t3\t-5.0\tDemand aid", "122\t12\t3\t-4.0\tRefuse aid", "0351\t03\t1\t7.0\tIntent to ease administrative sanctions",
      "10\t10\t3\t-5.0\tDemand", "100\t10\t3\t-5.0\tDemand, general", "105\t10\t3\t-5.0\tDemand to give in", "1051\t10\t3\t-5.0\tDemand easing",
      "120\t12\t3\t-4.0\tReject", "124\t12\t3\t-4.0\tRefuse to give in", "1241\t12\t3\t-4.0\tRefuse to ease sanctions",
      "13\t13\t3\t-6.0\tThreaten", "130\t13\t3\t-4.4\tThreaten, general", "138\t13\t3\t-7.0\tThreaten force", "131\t13\t3\t-5.8\tThreaten non-military", "1312\t13\t3\t-5.8\tThreaten sanctions");

  private static final String PATTERNS = String.join("\n",
      "163 verb $ impose sanction on +",
      "120 verb $ refuse",
      "100 verb $ demand +",
      "019 verb $ agree [plan=030]",
      "030 verb $ promise",
      "070 noun $ aid to +",
      "040 noun $ dialogue with +  [intent=036]",
      "130 verb $ warn +");

  private static final String STANCES = String.join("\n",
      "08\t035\t025\t105\t124",
      "081\t0351\t0251\t1051\t1241",
      "16\t131\t-\t-\t-",
      "163\t1312\t-\t-\t-",
      "19\t138\t-\t-\t-",
      "07\t033\t023\t103\t122");

  private final EventExtractor extractor = new EventExtractor(TestDictionaries.load(CAMEO, PATTERNS, STANCES));

  private List<Event> code(AnnotatedSentence... s) {
    Article a = Article.of("doc", LocalDate.parse("2025-11-20"), "text");
    return extractor.extract(new AnnotatedArticle(a, List.of(s)));
  }

  @Test
  void threatToActIsAThreatWithTheActsSubcode() {
    var s = Parsed.sentence("China/NNP threatened/VBD/threaten to/TO impose/VB sanctions/NNS/sanction on/IN Japan/NNP ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,1) obj(4,5) obl:on(4,7) case(7,6) punct(2,8)");
    List<Event> events = code(s);
    assertEquals("CHN>JPN:1312", EventExtractorTest.summary(events));
    assertEquals("threatened", events.get(0).trigger());
  }

  @Test
  void reportedPlanOfAConflictualActIsAThreat() {
    var s = Parsed.sentence("Japan/NNP said/VBD/say it/PRP would/MD impose/VB sanctions/NNS/sanction on/IN China/NNP ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) nsubj(5,3) aux(5,4) obj(5,6) obl:on(5,8) case(8,7) punct(2,9)");
    assertEquals("JPN>CHN:1312", EventExtractorTest.summary(code(s)));
  }

  @Test
  void promiseOfACooperativeActIsAnIntent() {
    var s = Parsed.sentence("Japan/NNP is/VBZ/be ready/JJ to/TO lift/VB restrictions/NNS/restriction on/IN China/NNP ./.",
        "root(0,3) nsubj(3,1) cop(3,2) xcomp(3,5) mark(5,4) nsubj:xsubj(5,1) obj(5,6) nmod:on(6,8) case(8,7) punct(3,9)");
    assertEquals("JPN>CHN:0351", EventExtractorTest.summary(code(s)));
  }

  @Test
  void refusalIsOneEventOnTheRefusingVerbWithTheRefusalSubcode() {
    var s = Parsed.sentence("Japan/NNP refused/VBD/refuse to/TO lift/VB restrictions/NNS/restriction on/IN China/NNP ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,1) obj(4,5) nmod:on(5,7) case(7,6) punct(2,8)");
    List<Event> events = code(s);
    assertEquals("JPN>CHN:1241", EventExtractorTest.summary(events));
    assertEquals("refused", events.get(0).trigger());
    assertTrue(events.get(0).factual(), "the refusal happened");
  }

  @Test
  void negatedFutureIsARefusal() {
    var s = Parsed.sentence("Japan/NNP will/MD not/RB lift/VB restrictions/NNS/restriction on/IN China/NNP ./.",
        "root(0,4) nsubj(4,1) aux(4,2) advmod(4,3) obj(4,5) nmod:on(5,7) case(7,6) punct(4,8)");
    assertEquals("JPN>CHN:1241", EventExtractorTest.summary(code(s)));
  }

  @Test
  void expectationOfOthersIsSpeculation() {
    var s = Parsed.sentence("China/NNP is/VBZ/be expected/VBN/expect to/TO lift/VB restrictions/NNS/restriction on/IN Japan/NNP ./.",
        "root(0,3) nsubj:pass(3,1) aux:pass(3,2) xcomp(3,5) mark(5,4) nsubj:xsubj(5,1) obj(5,6) nmod:on(6,8) case(8,7)"
            + " punct(3,9)");
    assertEquals("CHN>JPN:081:hyp", EventExtractorTest.summary(code(s)));
  }

  @Test
  void nominalEventTakenAsGivenByANegatedReactionIsNotNegated() {
    var s = Parsed.sentence("Japan/NNP did/VBD/do not/RB criticise/VB China/NNP 's/POS ban/NN on/IN Korean/JJ seafood/NN ./.",
        "root(0,4) nsubj(4,1) aux(4,2) advmod(4,3) obj(4,7) nmod:poss(7,5) case(5,6) nmod:on(7,10) case(10,8)"
            + " amod(10,9) punct(4,11)");
    String coded = EventExtractorTest.summary(code(s));
    assertTrue(coded.contains("CHN>KOR:163") && !coded.contains("CHN>KOR:163:neg"), coded);
    assertTrue(coded.contains(":111:neg"), coded);
  }

  @Test
  void demandThatSomeoneActIsADemandOnTheClausesSubjectWithTheActsSubcode() {
    var s = Parsed.sentence("China/NNP demanded/VBD/demand that/IN Japan/NNP lift/VB restrictions/NNS/restriction on/IN"
            + " Korean/JJ companies/NNS/company ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) mark(5,3) nsubj(5,4) obj(5,6) nmod:on(6,9) case(9,7) amod(9,8) punct(2,10)");
    assertEquals("CHN>JPN:1051 JPN>KORBUS:081:hyp", EventExtractorTest.summary(code(s)));
  }

  @Test
  void obligationInReportedSpeechIsADemandBySpeaker() {
    var s = Parsed.sentence("Japan/NNP said/VBD/say China/NNP must/MD lift/VB restrictions/NNS/restriction on/IN"
            + " Korean/JJ companies/NNS/company ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) nsubj(5,3) aux(5,4) obj(5,6) nmod:on(6,9) case(9,7) amod(9,8) punct(2,10)");
    List<Event> events = code(s);
    assertEquals("CHN>KORBUS:081:hyp JPN>CHN:1051", EventExtractorTest.summary(events));
    assertEquals("said", events.get(1).trigger());
  }

  @Test
  void obligationToAnActWithoutDemandSubcodeOrPatternIsAGeneralDemand() {
    // A dialogue (040) has no DEMAND subcode here; "hand over" has no pattern at all: both are the general demand.
    var agree = Parsed.sentence("Japan/NNP said/VBD/say that/IN China/NNP must/MD open/VB a/DT dialogue/NN with/IN Korea/NNP ./.",
        "root(0,2) nsubj(2,1) ccomp(2,6) mark(6,3) nsubj(6,4) aux(6,5) obj(6,8) det(8,7) nmod:with(8,10) case(10,9) punct(2,11)");
    assertTrue(EventExtractorTest.summary(code(agree)).contains("JPN>CHN:100"), EventExtractorTest.summary(code(agree)));
    var handOver = Parsed.sentence("Japan/NNP insisted/VBD/insist that/IN China/NNP must/MD hand/VB over/RP the/DT suspects/NNS/suspect ./.",
        "root(0,2) nsubj(2,1) ccomp(2,6) mark(6,3) nsubj(6,4) aux(6,5) compound:prt(6,7) obj(6,9) det(9,8) punct(2,10)");
    assertEquals("JPN>CHN:100", EventExtractorTest.summary(code(handOver)));
  }

  @Test
  void obligationWithHasToIsADemandOnTheClausesSubject() {
    var s = Parsed.sentence("Japan/NNP said/VBD/say China/NNP has/VBZ/have to/TO lift/VB restrictions/NNS/restriction on/IN"
            + " Korean/JJ companies/NNS/company ./.",
        "root(0,2) nsubj(2,1) ccomp(2,4) nsubj(4,3) xcomp(4,6) mark(6,5) obj(6,7) nmod:on(7,10) case(10,8) amod(10,9) punct(2,11)");
    assertTrue(EventExtractorTest.summary(code(s)).contains("JPN>CHN:1051"), EventExtractorTest.summary(code(s)));
  }

  @Test
  void obligationOfStateOrFactReportedIsNoDemand() {
    var careful = Parsed.sentence("Japan/NNP said/VBD/say China/NNP must/MD be/VB careful/JJ ./.",
        "root(0,2) nsubj(2,1) ccomp(2,6) nsubj(6,3) aux(6,4) cop(6,5) punct(2,7)");
    assertEquals("", EventExtractorTest.summary(code(careful)));
    var calm = Parsed.sentence("Japan/NNP said/VBD/say China/NNP should/MD remain/VB calm/JJ ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) nsubj(5,3) aux(5,4) xcomp(5,6) punct(2,7)");
    assertEquals("", EventExtractorTest.summary(code(calm)));
    var fact = Parsed.sentence("Japan/NNP said/VBD/say China/NNP handed/VBD/hand over/RP the/DT suspects/NNS/suspect ./.",
        "root(0,2) nsubj(2,1) ccomp(2,4) nsubj(4,3) compound:prt(4,5) obj(4,7) det(7,6) punct(2,8)");
    assertEquals("", EventExtractorTest.summary(code(fact)));
  }

  @Test
  void warningAboutOnesOwnSideHasNoAddressee() {
    var own = Parsed.sentence("Beijing/NNP warned/VBD/warn that/IN China/NNP would/MD respond/VB ./.",
        "root(0,2) nsubj(2,1) ccomp(2,6) mark(6,3) nsubj(6,4) aux(6,5) punct(2,7)");
    assertEquals("", EventExtractorTest.summary(code(own)));
    var other = Parsed.sentence("Beijing/NNP warned/VBD/warn that/IN Japan/NNP would/MD pay/VB a/DT price/NN ./.",
        "root(0,2) nsubj(2,1) ccomp(2,6) mark(6,3) nsubj(6,4) aux(6,5) obj(6,8) det(8,7) punct(2,9)");
    assertEquals("CHNGOV>JPN:130", EventExtractorTest.summary(code(other)));
  }

  @Test
  void threatIsPlacedByTheClauseOfTheThreatenedAct() {
    // "troops" has no country of its own: it takes the place of the act ("from China"), found under
    // the threatened verb, not under "threatened".
    var s = Parsed.sentence("Troops/NNS/troops threatened/VBD/threaten to/TO attack/VB Taiwan/NNP from/IN China/NNP ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,1) obj(4,5) obl:from(4,7) case(7,6) punct(2,8)");
    assertEquals("CHNMIL>TWN:138", EventExtractorTest.summary(code(s)));
  }

  @Test
  void oneActorAgreeingToAnActWithoutPatternIsAGeneralIntent() {
    var s = Parsed.sentence("Japan/NNP agreed/VBD/agree to/TO resume/VB exports/NNS/export ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,1) obj(4,5) punct(2,6)");
    assertEquals("JPN>:030", EventExtractorTest.summary(code(s)), "a group pattern needs more than one actor");
  }

  @Test
  void promisedNominalActIsOneIntentOnThePromise() {
    var s = Parsed.sentence("Takaichi/NNP promised/VBD/promise to/TO continue/VB aid/NN to/IN Korea/NNP ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,1) obj(4,5) nmod:to(5,7) case(7,6) punct(2,8)");
    List<Event> events = code(s);
    assertEquals("JPNGOV>KOR:033", EventExtractorTest.summary(events));
    assertEquals("promised", events.get(0).trigger());
  }

  @Test
  void infinitiveParsedAsAToPhraseIsStillAComplement() {
    // CoreNLP: "agreed yesterday to resume talks" with "resume" as obl:to of "agreed".
    var s = Parsed.sentence("Japan/NNP and/CC Korea/NNP agreed/VBD/agree yesterday/NN/yesterday/2025-11-19 to/TO"
            + " resume/VB talks/NNS/talk ./.",
        "root(0,4) nsubj(4,1) nsubj(4,3) conj:and(1,3) cc(3,2) obl:tmod(4,5) obl:to(4,7) case(7,6) obj(7,8) punct(4,9)");
    assertEquals("JPN>KOR:030 KOR>JPN:030", EventExtractorTest.summary(code(s)));
  }

  @Test
  void nominalActInsideThePlannedObjectIsPlannedToo() {
    var s = Parsed.sentence("Seoul/NNP said/VBD/say it/PRP would/MD reopen/VB channels/NNS/channel of/IN dialogue/NN"
            + " with/IN Pyongyang/NNP ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) nsubj(5,3) aux(5,4) obj(5,6) nmod:of(6,8) case(8,7) nmod:with(8,10)"
            + " case(10,9) punct(2,11)");
    assertEquals("KORGOV>PRKGOV:036", EventExtractorTest.summary(code(s)));
  }

  @Test
  void finiteVerbHungAsComplementIsAnActOfItsOwn() {
    // CoreNLP: "agreed to meet every year and issued a statement" with "issued" as a second xcomp.
    var s = Parsed.sentence("Japan/NNP and/CC Korea/NNP agreed/VBD/agree to/TO lift/VB restrictions/NNS/restriction"
            + " on/IN China/NNP and/CC criticised/VBD/criticise Taiwan/NNP ./.",
        "root(0,4) nsubj(4,1) nsubj(4,3) conj:and(1,3) cc(3,2) xcomp(4,6) xcomp(4,11) mark(6,5) nsubj:xsubj(6,1)"
            + " nsubj:xsubj(6,3) obj(6,7) nmod:on(7,9) case(9,8) conj:and(6,11) cc(11,10) obj(11,12) punct(4,13)");
    assertEquals("JPN>CHN:0351 KOR>CHN:0351 JPN>TWN:111 KOR>TWN:111", EventExtractorTest.summary(code(s)));
  }

  @Test
  void measureDecidedOnIsTakenNotThreatened() {
    var s = Parsed.sentence("Japan/NNP agreed/VBD/agree to/TO impose/VB sanctions/NNS/sanction on/IN China/NNP ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) mark(4,3) nsubj:xsubj(4,1) obj(4,5) obl:on(4,7) case(7,6) punct(2,8)");
    List<Event> events = code(s);
    assertEquals("JPN>CHN:163", EventExtractorTest.summary(events));
    assertEquals("agreed", events.get(0).trigger());
  }

  @Test
  void demandThatAPersonActNamesThePersonByPronoun() {
    var first = Parsed.sentence(0, 0, "Xi/NNP arrived/VBD/arrive ./.", "root(0,2) nsubj(2,1) punct(2,3)");
    var second = Parsed.sentence(1, 15, "Japan/NNP demanded/VBD/demand that/IN he/PRP/he resign/VB ./.",
        "root(0,2) nsubj(2,1) ccomp(2,5) mark(5,3) nsubj(5,4) punct(2,6)");
    assertEquals("JPN>CHNGOV:100", EventExtractorTest.summary(code(first, second)));
  }
}
