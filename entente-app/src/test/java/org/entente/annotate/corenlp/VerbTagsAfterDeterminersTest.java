package org.entente.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nouns the tagger takes for base verbs after a determiner are nouns again before the parse; real verbs
 * keep their tags. The tags are CoreNLP's for these sentences (left3words tagger).
 */
class VerbTagsAfterDeterminersTest {

  @Test
  void aBaseVerbAfterAnArticleAndAdjectivesIsANoun() {
    assertEquals("Russian/JJ forces/NNS launched/VBD a/DT massive/JJ drone/NN and/CC missile/NN attack/NN",
        retagged("Russian/JJ forces/NNS launched/VBD a/DT massive/JJ drone/VB and/CC missile/NN attack/NN"));
  }

  @Test
  void aBaseVerbAfterADeterminerAndANameIsANounWhenAFiniteVerbFollows() {
    assertEquals("A/DT Ukrainian/NNP drone/NN struck/VBD an/DT oil/NN refinery/NN",
        retagged("A/DT Ukrainian/NNP drone/VB struck/VBD an/DT oil/NN refinery/NN"));
  }

  @Test
  void aGerundAfterAnArticleIsANounUnlessANounFollows() {
    assertEquals("Washington/NNP called/VBD the/DT ruling/NN a/DT witch/NN hunt/NN",
        retagged("Washington/NNP called/VBD the/DT ruling/VBG a/DT witch/NN hunt/NN"));
    assertEquals("the/DT ruling/VBG party/NN won/VBD", retagged("the/DT ruling/VBG party/NN won/VBD"));
  }

  @Test
  void aBaseVerbBetweenAGerundAndANounIsANoun() {
    assertEquals("sanctioned/VBD companies/NNS for/IN supplying/VBG drone/NN parts/NNS to/TO Iran/NNP",
        retagged("sanctioned/VBD companies/NNS for/IN supplying/VBG drone/VB parts/NNS to/TO Iran/NNP"));
    // a gerund that takes a bare infinitive keeps its verb
    assertEquals("helping/VBG rebuild/VB homes/NNS", retagged("helping/VBG rebuild/VB homes/NNS"));
  }

  @Test
  void anOpeningGerundBeforeAnEdAdjectiveInASentenceWithoutVerbIsTheSubject() {
    assertEquals("Israeli/JJ shelling/NN wounded/VBD five/CD Lebanese/JJ soldiers/NNS",
        retagged("Israeli/JJ shelling/VBG wounded/JJ five/CD Lebanese/JJ soldiers/NNS"));
    // with a finite verb elsewhere the "-ed" word is an adjective indeed
    assertEquals("Heavy/JJ fighting/VBG continued/JJ wounded/JJ soldiers/NNS said/VBD",
        retagged("Heavy/JJ fighting/VBG continued/JJ wounded/JJ soldiers/NNS said/VBD"));
  }

  @Test
  void verbsAfterASubjectKeepTheirTags() {
    // "The Taliban want": a plural name and its verb, no finite verb after it
    assertEquals("The/DT Taliban/NNP want/VBP recognition/NN",
        retagged("The/DT Taliban/NNP want/VBP recognition/NN"));
    assertEquals("They/PRP want/VBP the/DT talks/NNS to/TO resume/VB",
        retagged("They/PRP want/VBP the/DT talks/NNS to/TO resume/VB"));
    // a demonstrative may head a clause: "that attack" is left to the tagger
    assertEquals("said/VBD that/DT attack/VB", retagged("said/VBD that/DT attack/VB"));
  }

  private static String retagged(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      String[] f = item.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(f[0]);
      l.setValue(f[0]);
      l.setTag(f[1]);
      tokens.add(l);
    }
    VerbTagsAfterDeterminers.apply(tokens);
    return tokens.stream().map(l -> l.word() + "/" + l.tag()).collect(Collectors.joining(" "));
  }
}
