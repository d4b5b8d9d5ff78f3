package org.entente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Problem;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.EventExtractor;
import org.entente.testing.Parsed;
import org.junit.jupiter.api.Test;

/** The shipped pattern data on hand-built parses: specific patterns win over general ones. */
class BundledPatternsTest {

  private final List<Problem> problems = new ArrayList<>();
  private final EventExtractor extractor = new EventExtractor(Dictionaries.bundled(problems::add));

  private String code(String published, AnnotatedSentence... sentences) {
    Article a = Article.of("doc", LocalDate.parse(published), "text");
    List<Event> events = extractor.extract(new AnnotatedArticle(a, List.of(sentences)));
    return events.stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .collect(Collectors.joining(" "));
  }

  @Test
  void groupsAgreeingToACeasefireDeclareOneNotAGeneralAccord() {
    var s = Parsed.sentence("Armenia/NNP and/CC Azerbaijan/NNP agreed/VBD/agree to/IN a/DT ceasefire/NN ./.",
        "root(0,4) nsubj(4,1) nsubj(4,3) conj:and(1,3) cc(3,2) obl:to(4,7) case(7,5) det(7,6) punct(4,8)");
    assertEquals("ARM>AZE:0871 AZE>ARM:0871", code("2025-03-05", s));
  }

  @Test
  void groupsAgreeingAnImmediateCeasefireDeclareOne() {
    var s = Parsed.sentence("India/NNP and/CC Pakistan/NNP agreed/VBD/agree to/IN an/DT immediate/JJ ceasefire/NN ./.",
        "root(0,4) nsubj(4,1) nsubj(4,3) conj:and(1,3) cc(3,2) obl:to(4,8) case(8,5) det(8,6) amod(8,7) punct(4,9)");
    assertEquals("IND>PAK:0871 PAK>IND:0871", code("2025-05-10", s));
  }

  @Test
  void britishAgreedATruceIsACeasefire() {
    var s = Parsed.sentence("Israel/NNP and/CC Lebanon/NNP agreed/VBD/agree a/DT truce/NN ./.",
        "root(0,4) nsubj(4,1) nsubj(4,3) conj:and(1,3) cc(3,2) obj(4,6) det(6,5) punct(4,7)");
    assertEquals("ISR>LBN:0871 LBN>ISR:0871", code("2025-03-05", s));
  }

  @Test
  void anAnnouncedTerminationOfAPactIsTheRejection() {
    var s = Parsed.sentence("South/NNP Korea/NNP said/VBD/say it/PRP would/MD terminate/VB an/DT/a intelligence-sharing/JJ pact/NN"
        + " with/IN Japan/NNP ./.",
        "root(0,3) compound(2,1) nsubj(3,2) ccomp(3,6) punct(3,12) nsubj(6,4) aux(6,5) obj(6,9) det(9,7) amod(9,8)"
        + " nmod:with(9,11) case(11,10)");
    assertEquals("KOR>JPN:1212", code("2019-08-22", s));
  }

  @Test
  void anAllegationCalledPreposterousIsADenialWhoseSubjectIsTheAdjectives() {
    // "called the allegations preposterous": the allegations are the subject of the adjective, not an object of "called".
    var accusation = Parsed.sentence("Canada/NNP accused/VBD/accuse India/NNP ./.", "root(0,2) nsubj(2,1) obj(2,3) punct(2,4)");
    var denial = Parsed.sentence(1, 22, "India/NNP called/VBD/call the/DT allegations/NNS/allegation preposterous/JJ ./.",
        "root(0,2) nsubj(2,1) xcomp(2,5) punct(2,6) det(4,3) nsubj(5,4)");
    assertEquals("CAN>IND:112 IND>CAN:016", code("2024-10-15", accusation, denial));
  }

  @Test
  void aMeasureCalledUnjustifiedIsCriticismOfWhoeverTookIt() {
    var ban = Parsed.sentence("China/NNP banned/VBD/ban imports/NNS/import of/IN Japanese/JJ seafood/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,3) punct(2,7) nmod:of(3,6) case(6,4) amod(6,5)");
    var criticism = Parsed.sentence(1, 44, "Japan/NNP called/VBD/call the/DT measure/NN unjustified/JJ ./.",
        "root(0,2) nsubj(2,1) xcomp(2,5) punct(2,6) det(4,3) nsubj(5,4)");
    assertEquals("CHN>JPN:163 JPN>CHN:111", code("2023-08-24", ban, criticism));
  }

  @Test
  void accusationsSaidToBeGroundlessAreDenied() {
    var accusation = Parsed.sentence("Finland/NNP accused/VBD/accuse Russia/NNP ./.", "root(0,2) nsubj(2,1) obj(2,3) punct(2,4)");
    var denial = Parsed.sentence(1, 24, "The/DT/the Kremlin/NNP said/VBD/say the/DT accusations/NNS/accusation were/VBD/be groundless/JJ ./.",
        "root(0,3) det(2,1) nsubj(3,2) ccomp(3,7) punct(3,8) det(5,4) nsubj(7,5) cop(7,6)");
    assertEquals("FIN>RUS:112 RUSGOV>FIN:016", code("2023-12-07", accusation, denial));
  }

  @Test
  void demandingAWithdrawalTargetsTheForcesThatMustWithdraw() {
    var s = Parsed.sentence("European/NNP Union/NNP foreign/JJ ministers/NNS/minister demanded/VBD/demand the/DT withdrawal/NN of/IN"
        + " Serbian/JJ/serbian forces/NNS/force from/IN Bosnia/NNP ./.",
        "root(0,5) compound(2,1) compound(4,2) amod(4,3) nsubj(5,4) obj(5,7) punct(5,13) det(7,6) nmod:of(7,10)"
        + " nmod:from(7,12) case(10,8) amod(10,9) case(12,11)");
    assertEquals("IGOEUREEC>SRBMIL:1056", code("1992-06-01", s));
  }

  @Test
  void rejectingADemandTargetsWhoeverMadeIt() {
    var s = Parsed.sentence("South/NNP Korea/NNP has/VBZ/have rejected/VBN/reject North/NNP Korea/NNP 's/POS demand/NN ./.",
        "root(0,4) compound(2,1) nsubj(4,2) aux(4,3) obj(4,8) punct(4,9) compound(6,5) case(6,7) nmod:poss(8,6)");
    assertEquals("KOR>PRK:120", code("2000-06-01", s));
  }

  @Test
  void aMediatorActsOnBothPartiesNotWithThem() {
    var s = Parsed.sentence("Qatar/NNP launched/VBD/launch a/DT mediation/NN effort/NN between/IN the/DT Emirates/NNPS and/CC"
        + " Saudi/NNP Arabia/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,5) punct(2,12) det(5,3) compound(5,4) nmod:between(5,8) nmod:between(5,11) case(8,6)"
        + " det(8,7) conj:and(8,11) cc(11,9) compound(11,10)");
    assertEquals("QAT>ARE:045 QAT>SAU:045", code("2017-06-10", s));
  }

  @Test
  void troopsMassedOnTheBorderWithACountryThreatenIt() {
    var s = Parsed.sentence("Russia/NNP has/VBZ/have massed/VBN/mass 100,000/CD/100000 troops/NNS near/IN its/PRP$ border/NN with/IN"
        + " Ukraine/NNP ./.",
        "root(0,3) nsubj(3,1) aux(3,2) obj(3,5) obl:near(3,8) punct(3,11) nummod(5,4) case(8,6) nmod:poss(8,7)"
        + " nmod:with(8,10) case(10,9)");
    assertEquals("RUS>UKR:154", code("2021-12-07", s));
  }

  @Test
  void aParticleBeforeTheObjectIsNotAPreposition() {
    // "shot down two aircraft": "down" is a particle of the verb, so the pattern is written "$ shoot + down".
    var s = Parsed.sentence("Pakistan/NNP shot/VBD/shoot down/RP two/CD Indian/JJ military/JJ aircraft/NN ./.",
        "root(0,2) nsubj(2,1) compound:prt(2,3) obj(2,7) punct(2,8) nummod(7,4) amod(7,5) amod(7,6)");
    assertEquals("PAK>INDMIL:190", code("2019-02-27", s));
  }

  @Test
  void urgingRestraintIsAnAppealToDeEscalate() {
    var s = Parsed.sentence("Washington/NNP urged/VBD/urge India/NNP to/TO exercise/VB restraint/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,3) xcomp(2,5) punct(2,7) nsubj:xsubj(5,3) mark(5,4) obj(5,6)");
    assertEquals("USAGOV>IND:0256", code("2025-05-08", s));
  }

  @Test
  void beatingATeamOnPenaltiesIsNoAssault() {
    var s = Parsed.sentence("Indian/JJ officials/NNS/official said/VBD/say Pakistan/NNP had/VBD/have beaten/VBN/beat the/DT West/NNP"
        + " Indies/NNP on/IN penalties/NNS/penalty ./.",
        "root(0,3) amod(2,1) nsubj(3,2) ccomp(3,6) punct(3,12) nsubj(6,4) aux(6,5) obj(6,9) obl:on(6,11) det(9,7)"
        + " compound(9,8) case(11,10)");
    assertEquals("", code("2024-05-01", s));
  }

  @Test
  void callingOnSomeoneIsAnAppealWhetherOnIsAParticleOrAPreposition() {
    // CoreNLP parses "called on Russia to withdraw" with "on" as a particle and Russia as the object.
    var s = Parsed.sentence("The/DT/the European/NNP Union/NNP called/VBD/call on/IN Russia/NNP to/TO withdraw/VB its/PRP$ troops/NNS"
        + " from/IN Ukraine/NNP ./.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) compound:prt(4,5) obj(4,6) xcomp(4,8) punct(4,13) nsubj:xsubj(8,6)"
        + " mark(8,7) obj(8,10) obl:from(8,12) nmod:poss(10,9) case(12,11)");
    assertEquals("IGOEUREEC>RUS:0256", code("2022-03-01", s));
  }

  @Test
  void agreeingWithACountryOnANeedIsAccord() {
    var s = Parsed.sentence("France/NNP agreed/VBD/agree with/IN Germany/NNP on/IN the/DT need/NN for/IN a/DT common/JJ defence/NN"
        + " budget/NN ./.",
        "root(0,2) nsubj(2,1) obl:with(2,4) obl:on(2,7) punct(2,13) case(4,3) case(7,5) det(7,6) nmod:for(7,12) case(12,8)"
        + " det(12,9) compound(12,11) amod(11,10)");
    assertEquals("FRA>DEU:019", code("2024-05-01", s));
  }

  @Test
  void pausingAShipmentOfBombsCutsMilitaryAid() {
    var s = Parsed.sentence("The/DT/the United/NNP States/NNP paused/VBD/pause a/DT shipment/NN of/IN bombs/NNS/bomb to/IN Israel/NNP ./.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obj(4,6) obl:to(4,10) punct(4,11) det(6,5) nmod:of(6,8) case(8,7) case(10,9)");
    assertEquals("USA>ISR:1622", code("2024-05-08", s));
  }

  @Test
  void protestingOutsideAnEmbassyTargetsItsGovernment() {
    var s = Parsed.sentence("South/JJ/south Korean/JJ activists/NNS/activist protested/VBD/protest outside/IN the/DT Japanese/JJ"
        + " embassy/NN in/IN Seoul/NNP ./.",
        "root(0,4) amod(2,1) amod(3,2) nsubj(4,3) obl:outside(4,8) punct(4,11) case(8,5) det(8,6) amod(8,7) nmod:in(8,10)"
        + " case(10,9)");
    assertEquals("KOROPP>JPNGOV:141", code("2024-05-01", s));
  }

  @Test
  void aThreatToAttackTargetsTheObjectOfTheAttack() {
    var s = Parsed.sentence("Iran/NNP threatened/VBD/threaten to/TO attack/VB American/JJ bases/NNS/basis in/IN the/DT region/NN ./.",
        "root(0,2) nsubj(2,1) xcomp(2,4) punct(2,10) nsubj:xsubj(4,1) mark(4,3) obj(4,6) obl:in(4,9) amod(6,5) case(9,7) det(9,8)");
    assertEquals("IRN>USA:1384", code("2024-05-01", s));
  }

  @Test
  void pullingOutOfADealUsesTheMultiWordPreposition() {
    // enhanced++ makes "out of" one relation, obl:out_of; patterns write it "out_of".
    var s = Parsed.sentence("The/DT/the United/NNP States/NNP pulled/VBD/pull out/IN of/IN the/DT nuclear/JJ deal/NN with/IN Iran/NNP ./.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obl:out_of(4,9) obl:with(4,11) punct(4,12) case(9,5) det(9,7) amod(9,8)"
        + " fixed(5,6) case(11,10)");
    assertEquals("USA>IRN:127", code("2018-05-08", s));
  }

  @Test
  void acceptingSomeonesOfferOfMediationTargetsTheMediator() {
    var s = Parsed.sentence("Ukraine/NNP accepted/VBD/accept Turkey/NNP 's/POS offer/NN of/IN mediation/NN ./.",
        "root(0,2) nsubj(2,1) obj(2,5) punct(2,8) nmod:poss(5,3) nmod:of(5,7) case(3,4) case(7,6)");
    assertEquals("UKR>TUR:038", code("2022-03-01", s));
  }

  @Test
  void anAppealToSupportSomethingTargetsWhoIsAppealedTo() {
    // the object of "support" is what is to be supported, not a second target of the appeal
    var s = Parsed.sentence("The/DT/the United/NNP States/NNP urged/VBD/urge India/NNP to/TO support/VB the/DT resolution/NN ./.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obj(4,5) xcomp(4,7) punct(4,10) nsubj:xsubj(7,5) mark(7,6) obj(7,9) det(9,8)");
    assertEquals("USA>IND:022", code("2024-05-01", s));
  }

  @Test
  void jointExercisesNearAPlaceAreMilitaryCooperationNotAShowOfForce() {
    var s = Parsed.sentence("The/DT/the United/NNP States/NNP and/CC Japan/NNP held/VBD/hold joint/JJ military/JJ exercises/NNS/exercise"
        + " near/IN Okinawa/NNP ./.",
        "root(0,6) det(3,1) compound(3,2) conj:and(3,5) nsubj(6,3) nsubj(6,5) obj(6,9) obl:near(6,11) punct(6,12) cc(5,4)"
        + " amod(9,7) amod(9,8) case(11,10)");
    assertEquals("USA>JPN:062 JPN>USA:062", code("2024-05-01", s));
  }

  @Test
  void aCommitmentToDefendACountryIsMilitaryProtection() {
    var s = Parsed.sentence("The/DT/the United/NNP States/NNP reaffirmed/VBD/reaffirm its/PRP$ commitment/NN to/TO defend/VB the/DT"
        + " Philippines/NNPS ./.",
        "root(0,4) det(3,1) compound(3,2) nsubj(4,3) obj(4,6) xcomp(4,8) punct(4,11) nmod:poss(6,5) nsubj:xsubj(8,6)"
        + " mark(8,7) obj(8,10) det(10,9)");
    assertEquals("USA>PHL:074", code("2024-05-01", s));
  }

  @Test
  void callingOffAMarchOnACityIsDeEscalationNotAnAppeal() {
    // "on Moscow" hangs from "march"; the appeal pattern "call on +" must not take it.
    var s = Parsed.sentence("Prigozhin/NNP called/VBD/call off/RP his/PRP$/he march/NN on/IN Moscow/NNP on/IN Saturday/NNP//2023-06-24 ./.",
        "root(0,2) nsubj(2,1) compound:prt(2,3) obj(2,5) obl:on(2,9) punct(2,10) nmod:poss(5,4) nmod:on(5,7) case(7,6) case(9,8)");
    assertEquals("RUSMIL>RUSGOV:087", code("2023-06-25", s));
  }
}
