package org.entente.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Paired events of dictionaries/verbs/reciprocal-codes.tsv: a visit to B is hosted by B. */
class ReciprocalEventsTest {

  private final EventExtractor extractor = new EventExtractor(TestDictionaries.load("042\t043\n043\t042"));

  private String code(AnnotatedSentence s) {
    List<Event> events = extractor.extract(new AnnotatedArticle(Article.of("d", LocalDate.parse("2023-03-17"), "t"),
        List.of(s)));
    return events.stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .collect(Collectors.joining(" "));
  }

  @Test
  void aVisitIsAlsoCodedAsHostedByTheTarget() {
    var s = Parsed.sentence("Yoon/NNP visited/VBD/visit Tokyo/NNP on/IN Thursday/NNP/Thursday/2023-03-16 ./.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:on(2,5) case(5,4) punct(2,6)");
    assertEquals("KORGOV>JPNGOV:042 JPNGOV>KORGOV:043", code(s));
  }

  @Test
  void aPlannedVisitCodedAsAnIntentHasNoHost() {
    var s = Parsed.sentence("Yoon/NNP will/MD visit/VB Tokyo/NNP ./.", "root(0,3) nsubj(3,1) aux(3,2) obj(3,4) punct(3,5)");
    assertEquals("KORGOV>JPNGOV:036", code(s));
  }

  @Test
  void talksHeldWithBAreAlsoBsWhenTheAnswerNeedsWith() {
    var s = Parsed.sentence("Seoul/NNP held/VBD/hold talks/NNS/talk with/IN Tokyo/NNP ./.",
        "root(0,2) nsubj(2,1) obj(2,3) obl:with(2,5) case(5,4) punct(2,6)");
    assertEquals("KORGOV>JPNGOV:046 JPNGOV>KORGOV:046", code(TestDictionaries.load("046\t046\twith"), s));
  }

  @Test
  void anAnswerNeedingWithIsNotGivenToATargetJoinedOtherwise() {
    var s = Parsed.sentence("Yoon/NNP travelled/VBD/travel to/IN Tokyo/NNP ./.",
        "root(0,2) nsubj(2,1) obl:to(2,4) case(4,3) punct(2,5)");
    assertEquals("KORGOV>JPNGOV:042", code(TestDictionaries.load("042\t043\twith"), s));
  }

  private static String code(org.entente.pipeline.Dictionaries d, AnnotatedSentence s) {
    List<Event> events = new EventExtractor(d).extract(new AnnotatedArticle(Article.of("d", LocalDate.parse("2023-03-17"), "t"),
        List.of(s)));
    return events.stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code())
        .collect(Collectors.joining(" "));
  }
}
