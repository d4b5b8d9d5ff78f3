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

  private String code(String published, AnnotatedSentence s) {
    Article a = Article.of("doc", LocalDate.parse(published), "text");
    List<Event> events = extractor.extract(new AnnotatedArticle(a, List.of(s)));
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
}
