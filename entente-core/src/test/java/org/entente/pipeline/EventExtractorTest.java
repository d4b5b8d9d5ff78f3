package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.testing.Parsed;
import org.entente.testing.TestDictionaries;
import org.junit.jupiter.api.Test;

/** Actors → coding → dates on hand-built parses that mirror CoreNLP's enhanced++ output. */
class EventExtractorTest {

  private final EventExtractor extractor = new EventExtractor(TestDictionaries.load());

  private List<Event> code(String published, AnnotatedSentence... sentences) {
    Article a = Article.of("doc", LocalDate.parse(published), "text");
    return extractor.extract(new AnnotatedArticle(a, List.of(sentences)));
  }

  /** SOURCE>TARGET:CODE[:neg][:hyp] of each event, in order: the compact form the coding tests compare. */
  static String summary(List<Event> events) {
    return events.stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()
        + (e.negated() ? ":neg" : "") + (e.hypothetical() ? ":hyp" : "")).collect(Collectors.joining(" "));
  }

  @Test
  void passiveVoiceSwapsSourceAndTarget() {
    var s = Parsed.sentence("Japan/NNP was/VBD/be criticised/VBN/criticise by/IN China/NNP on/IN Tuesday/NNP/Tuesday/2026-01-13 ./.",
        "root(0,3) nsubj:pass(3,1) aux:pass(3,2) obl:agent(3,5) obl:on(3,7) case(5,4) case(7,6) punct(3,8)");
    List<Event> events = code("2026-01-14", s);
    assertEquals("CHN>JPN:111", summary(events));
    assertEquals(LocalDate.of(2026, 1, 13), events.get(0).when().date());
  }

  @Test
  void nominalEventTakesPossessorAsSourceAndActorBelowPrepositionAsTarget() {
    var s = Parsed.sentence("China/NNP 's/POS ban/NN on/IN Japanese/JJ seafood/NN took/VBD/take effect/NN in/IN August/NNP/August/2025-08 ./.",
        "root(0,7) nmod:poss(3,1) nmod:on(3,6) case(1,2) nsubj(7,3) obj(7,8) obl:in(7,10) case(6,4) amod(6,5) case(10,9) punct(7,11)");
    List<Event> events = code("2025-09-01", s);
    assertEquals("CHN>JPN:163", summary(events));
  }

  @Test
  void nominalEventUnderLightVerbTakesTheVerbsSubject() {
    var s = Parsed.sentence("China/NNP announced/VBD/announce a/DT ban/NN on/IN the/DT export/NN of/IN goods/NNS/goods to/IN Japan/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,4) det(4,3) nmod:on(4,7) case(7,5) det(7,6) nmod:of(7,9) nmod:to(7,11) case(9,8) case(11,10) punct(2,12)");
    assertEquals("CHN>JPN:163", summary(code("2026-01-07", s)));
  }

  @Test
  void compoundSubjectAgreeingToDoSomethingIsAnIntentBetweenThem() {
    var s = Parsed.sentence("Japan/NNP and/CC South/NNP Korea/NNP agreed/VBD/agree to/TO resume/VB talks/NNS/talk ./.",
        "root(0,5) nsubj(5,1) nsubj(5,4) xcomp(5,7) conj:and(1,4) nsubj:xsubj(7,1) nsubj:xsubj(7,4) mark(7,6) obj(7,8)"
            + " cc(4,2) compound(4,3) punct(5,9)");
    assertEquals("JPN>KOR:030 KOR>JPN:030", summary(code("2024-05-27", s)));
    var accord = Parsed.sentence("Japan/NNP and/CC South/NNP Korea/NNP agreed/VBD/agree ./.",
        "root(0,5) nsubj(5,1) nsubj(5,4) conj:and(1,4) cc(4,2) compound(4,3) punct(5,6)");
    assertEquals("JPN>KOR:019 KOR>JPN:019", summary(code("2024-05-27", accord)), "no infinitive: accord");
  }

  @Test
  void datedRoleFollowsTheEventDateNotThePublicationDate() {
    var s = Parsed.sentence("In/IN 2023/CD/2023/2023 ,/, Yoon/NNP visited/VBD/visit Tokyo/NNP ./.",
        "root(0,5) obl:in(5,2) case(2,1) punct(5,3) nsubj(5,4) obj(5,6) punct(5,7)");
    List<Event> events = code("2026-01-20", s);
    assertEquals("KORGOV>JPNGOV:042", summary(events));
    var later = Parsed.sentence("Yoon/NNP visited/VBD/visit Tokyo/NNP ./.", "root(0,2) nsubj(2,1) obj(2,3) punct(2,4)");
    assertEquals("KORELI>JPNGOV:042", summary(code("2026-01-20", later)));
  }

  @Test
  void negationAndRefusalAreFlaggedAndTheRefusalIsItsOwnEvent() {
    var s = Parsed.sentence("Japan/NNP did/VBD/do not/RB criticise/VB China/NNP ./.",
        "root(0,4) nsubj(4,1) aux(4,2) advmod(4,3) obj(4,5) punct(4,6)");
    List<Event> events = code("2025-11-20", s);
    assertEquals("JPN>CHN:111:neg", summary(events));
    assertFalse(events.get(0).factual());
  }

  @Test
  void conditionalAndModalAreHypothetical() {
    var s = Parsed.sentence("If/IN China/NNP attacks/VBZ/attack Taiwan/NNP ,/, Japan/NNP could/MD criticise/VB China/NNP ./.",
        "root(0,8) advcl:if(8,3) mark(3,1) nsubj(3,2) obj(3,4) punct(8,5) nsubj(8,6) aux(8,7) obj(8,9) punct(8,10)");
    assertEquals("JPN>CHN:111:hyp CHN>TWN:190:hyp", summary(code("2025-11-20", s)));
  }

  @Test
  void futureVisitIsCodedAsIntentToMeet() {
    var s = Parsed.sentence("Lee/NNP Jae-myung/NNP will/MD visit/VB Beijing/NNP next/JJ week/NN ./.",
        "root(0,4) nsubj(4,2) compound(2,1) aux(4,3) obj(4,5) obl:tmod(4,7) amod(7,6) punct(4,8)");
    List<Event> events = code("2025-12-29", s);
    assertEquals("KORGOV>CHNGOV:036", summary(events));
    assertTrue(events.get(0).factual());
  }

  @Test
  void reportedSpeechCodesTheReportedEvent() {
    var s = Parsed.sentence("Seoul/NNP said/VBD/say Pyongyang/NNP fired/VBD/fire a/DT ballistic/JJ missile/NN toward/IN Japan/NNP"
            + " last/JJ/last/2026-W02 week/NN/week/2026-W02 ./.",
        "root(0,2) nsubj(2,1) ccomp(2,4) nsubj(4,3) obj(4,7) obl:tmod(4,11) det(7,5) amod(7,6) nmod:toward(7,9) case(9,8) amod(11,10) punct(2,12)");
    List<Event> events = code("2026-01-14", s);
    assertEquals("PRKGOV>JPN:195", summary(events));
    assertEquals(LocalDate.of(2026, 1, 5), events.get(0).when().date());
    assertEquals(LocalDate.of(2026, 1, 11), events.get(0).when().end());
  }

  @Test
  void roleWordTakesCountryFromItsModifier() {
    var s = Parsed.sentence("Chinese/JJ warships/NNS/warship attacked/VBD/attack a/DT Japanese/JJ company/NN ./.",
        "root(0,3) amod(2,1) nsubj(3,2) obj(3,6) det(6,4) amod(6,5) punct(3,7)");
    assertEquals("CHNMIL>JPNBUS:190", summary(code("2025-12-01", s)));
  }

  @Test
  void titleResolvesToTheOfficeHolderOnTheDate() {
    var s = Parsed.sentence("Japan/NNP 's/POS prime/JJ minister/NN visited/VBD/visit Seoul/NNP ./.",
        "root(0,5) nmod:poss(4,1) case(1,2) amod(4,3) nsubj(5,4) obj(5,6) punct(5,7)");
    List<Event> events = code("2023-05-07", s);
    assertEquals("JPNGOV>KORGOV:042", summary(events));
    assertEquals("Japan 's prime minister", events.get(0).source().text());
  }

  @Test
  void reciprocalNominalEventGivesBothDirections() {
    var s = Parsed.sentence("The/DT talks/NNS/talk between/IN Xi/NNP and/CC Kishida/NNP lasted/VBD/last an/DT hour/NN ./.",
        "root(0,7) det(2,1) nsubj(7,2) nmod:between(2,4) case(4,3) conj:and(4,6) cc(6,5) obj(7,9) det(9,8) punct(7,10)");
    assertEquals("CHNGOV>JPNGOV:040 JPNGOV>CHNGOV:040", summary(code("2023-11-16", s)));
  }

  @Test
  void pronounResolvesToTheLastPersonInThePreviousSentence() {
    var first = Parsed.sentence(0, 0, "Kishida/NNP arrived/VBD/arrive ./.", "root(0,2) nsubj(2,1) punct(2,3)");
    var second = Parsed.sentence(1, 20, "He/PRP/he visited/VBD/visit Seoul/NNP ./.", "root(0,2) nsubj(2,1) obj(2,3) punct(2,4)");
    assertEquals("JPNGOV>KORGOV:042", summary(code("2023-05-07", first, second)));
  }

  @Test
  void unknownTargetIsKeptWithItsTextAndNoCode() {
    var s = Parsed.sentence("China/NNP criticised/VBD/criticise the/DT Quacker/NNP Institute/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,5) det(5,3) compound(5,4) punct(2,6)");
    List<Event> events = code("2025-11-20", s);
    assertEquals(1, events.size());
    assertEquals("", events.get(0).target().code());
    assertEquals("the Quacker Institute", events.get(0).target().text());
    assertFalse(events.get(0).factual());
  }
}
