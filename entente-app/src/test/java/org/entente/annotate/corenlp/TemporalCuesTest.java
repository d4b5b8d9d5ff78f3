package org.entente.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Token;
import org.junit.jupiter.api.Test;

/** Sentences go to SUTime when they have a word a temporal expression needs, and only then. */
class TemporalCuesTest {

  @Test
  void datesTimesAndRelativeExpressionsAreLetThrough() {
    assertTrue(cues("Kishida/NNP visited/VBD Seoul/NNP on/IN Sunday/NNP"));
    assertTrue(cues("talks/NNS resumed/VBD in/IN May/NNP"));
    assertTrue(cues("the/DT deal/NN signed/VBN two/CD years/NNS/year ago/RB"));
    assertTrue(cues("Seoul/NNP responded/VBD at/IN the/DT time/NN by/IN dropping/VBG Japan/NNP"));
    assertTrue(cues("prices/NNS rose/VBD 3.2/CD percent/NN"), "a number can be part of a date");
    assertTrue(cues("the/DT ministry/NN said/VBD recently/RB"));
  }

  @Test
  void sentencesWithoutTemporalWordsAreNotWorthSutime() {
    assertFalse(cues("Seoul/NNP protested/VBD Beijing/NNP 's/POS comments/NNS"));
    assertFalse(cues("the/DT talks/NNS may/MD resume/VB"), "the modal is not the month");
    assertFalse(cues("China/NNP will/MD march/VB on/IN"), "nor the verb");
    assertFalse(cues("the/DT second/JJ round/NN of/IN talks/NNS"), "nor the ordinal");
  }

  /** Tokens as {@code word/TAG} or {@code word/TAG/lemma}. */
  private static boolean cues(String spec) {
    List<Token> tokens = new ArrayList<>();
    for (String item : spec.split(" ")) {
      String[] f = item.split("/");
      tokens.add(new Token(tokens.size(), f[0], f.length > 2 ? f[2] : f[0].toLowerCase(), f[1], null, null, 0, 0));
    }
    return TemporalCues.present(tokens);
  }
}
