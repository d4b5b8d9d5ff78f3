package org.entente.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Month names in people's names lose the date SUTime gives them; month names used as dates keep it.
 * The token lists are what CoreNLP's tagger and SUTime produce for these sentences (checked with the
 * real pipeline, published 2018-03-13).
 */
class MonthNamesAsNamesTest {

  @Test
  void aMonthAfterAFirstNameOrTitleIsASurname() {
    assertEquals("Theresa May said on Monday{2018-03-12}",
        relabelled("Theresa/NNP May/NNP/2017-05 said/VBD on/IN Monday/NNP/2018-03-12"));
    assertEquals("Prime Minister May met Merkel",
        relabelled("Prime/NNP Minister/NNP May/NNP/2018-05 met/VBD Merkel/NNP"));
    assertEquals("Mrs May and Mr Corbyn", relabelled("Mrs/NNP May/NNP/2018-05 and/CC Mr/NNP Corbyn/NNP"));
  }

  @Test
  void aMonthBeforeASurnameIsAFirstName() {
    assertEquals("April Ryan asked the president",
        relabelled("April/NNP/2017-04 Ryan/NNP asked/VBD the/DT president/NN"));
  }

  @Test
  void monthsUsedAsDatesKeepTheirValue() {
    assertEquals("talks resumed in May{2017-05} after",
        relabelled("talks/NNS resumed/VBD in/IN May/NNP/2017-05 after/IN"));
    assertEquals("in May{2018-05} Congress voted", relabelled("in/IN May/NNP/2018-05 Congress/NNP voted/VBD"));
    assertEquals("Last{2017-05} May{2017-05} , the leaders met",
        relabelled("Last/JJ/2017-05 May/NNP/2017-05 ,/, the/DT leaders/NNS met/VBD"));
    assertEquals("held on May{2017-05-05} 5{2017-05-05} in Seoul",
        relabelled("held/VBN on/IN May/NNP/2017-05-05 5/CD/2017-05-05 in/IN Seoul/NNP"));
    assertEquals("rose in April{2017-04} , May{2018-05} and June{2018-06}",
        relabelled("rose/VBD in/IN April/NNP/2017-04 ,/, May/NNP/2018-05 and/CC June/NNP/2018-06"));
    assertEquals("visit Seoul in May{2018-05}", relabelled("visit/VB Seoul/NNP in/IN May/NNP/2018-05"));
  }

  @Test
  void weekdaysAreLeftAlone() {
    assertEquals("met in Seoul Tuesday{2018-03-13}", relabelled("met/VBD in/IN Seoul/NNP Tuesday/NNP/2018-03-13"));
  }

  /** Tokens as {@code word/TAG} or {@code word/TAG/timex} (a DATE); returns the words with the timex kept. */
  private static String relabelled(String spec) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (String item : spec.split(" ")) {
      String[] f = item.split("/");
      String timex = f.length > 2 ? f[2] : null;
      tokens.add(new Token(tokens.size(), f[0], f[0], f[1], timex == null ? "O" : "DATE", timex, pos, pos + f[0].length()));
      pos += f[0].length() + 1;
    }
    return MonthNamesAsNames.apply(tokens).stream()
        .map(t -> t.timex() == null ? t.word() + (t.ner().equals("O") ? "" : "/" + t.ner()) : t.word() + "{" + t.timex() + "}")
        .collect(Collectors.joining(" "));
  }
}
