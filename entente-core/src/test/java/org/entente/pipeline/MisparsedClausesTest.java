package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Parses CoreNLP has given for real news sentences whose shape hides the event or invents one; the
 * hand-built dependencies below are its output for these sentences, copied from {@code entente explain}, with
 * the actors swapped for ones of the test dictionaries.
 */
class MisparsedClausesTest {

  private static final String CAMEO = String.join("\n",
      "130\t13\t3\t-4.4\tThreaten",
      "132\t13\t3\t-5.8\tThreaten with administrative sanctions",
      "172\t17\t4\t-5.0\tImpose administrative sanctions");

  private static final String PATTERNS = String.join("\n",
      "172 verb $ impose measure on|against +",
      "190 noun $ invasion of +",
      "190 noun $ attack on|against +");

  /** Announcing administrative sanctions threatens them (stances.tsv format). */
  private static final String STANCES = "17\t132\t-\t-\t-";

  private final EventExtractor extractor = new EventExtractor(TestDictionaries.load(CAMEO, PATTERNS, STANCES));

  private List<Event> code(AnnotatedSentence s) {
    Article a = Article.of("doc", LocalDate.parse("2024-06-14"), "text");
    return extractor.extract(new AnnotatedArticle(a, List.of(s)));
  }

  @Test
  void dayBetweenAVerbAndItsInfinitiveIsNoSubjectOfTheInfinitive() {
    var s = Parsed.sentence("Beijing/NNP threatened/VBD/threaten on/IN Thursday/NNP/Thursday/2024-06-13 to/TO"
            + " impose/VB further/JJ measures/NNS/measure against/IN Japanese/JJ officials/NNS/official ./.",
        "root(0,2) nsubj(2,1) advcl:to(2,6) punct(2,12) mark(6,3) nsubj(6,4) mark(6,5) obj(6,8) amod(8,7)"
            + " nmod:against(8,11) case(11,9) amod(11,10)");
    // before the mend: the measures read as imposed (172, factual) on the day of the threat
    assertEquals("CHNGOV>JPNGOV:132", EventExtractorTest.summary(code(s)));
  }

  @Test
  void nounObjectOfASpeechVerbBeforeAModalClauseIsThatClausesSubject() {
    var s = Parsed.sentence("The/DT ministry/NN said/VBD/say a/DT Chinese/JJ invasion/NN of/IN Taiwan/NNP would/MD"
            + " devastate/VB the/DT regional/JJ economy/NN ./.",
        "root(0,3) det(2,1) nsubj(3,2) obj(3,6) dep(3,10) punct(3,14) det(6,4) amod(6,5) nmod:of(6,8) case(8,7)"
            + " aux(10,9) obj(10,13) det(13,11) amod(13,12)");
    // before the mend: "said an invasion" made the invasion a fact
    assertEquals("CHN>TWN:190:hyp", EventExtractorTest.summary(code(s)));
  }

  @Test
  void nounObjectOfASpeechVerbReadAsAClausalSubjectIsTheModalVerbsSubject() {
    var s = Parsed.sentence("Tokyo/NNP said/VBD/say an/DT armed/JJ attack/NN on/IN Japanese/JJ vessels/NNS/vessel"
            + " would/MD invoke/VB US/NNP defence/NN commitments/NNS/commitment ./.",
        "root(0,10) nsubj(2,1) obj(2,5) csubj(10,2) aux(10,9) obj(10,13) punct(10,14) det(5,3) amod(5,4)"
            + " nmod:on(5,8) case(8,6) amod(8,7) compound(13,11) compound(13,12)");
    // before the mend: Tokyo was the attacker, the attack a fact
    assertEquals("", EventExtractorTest.summary(code(s)).replaceAll("\\S*:hyp", "").trim());
  }
}
