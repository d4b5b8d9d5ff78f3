package org.entente.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.EventDate;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;
import org.entente.testing.Parsed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden table of date resolution: real CoreNLP 4.5.10 annotations (tokens with SUTime values and
 * enhanced++ dependencies, as printed by {@code entente explain}) of one-sentence articles with a fixed
 * publication date, and the date, precision and basis the event of the given trigger must get.
 *
 * <p>Rows of {@code dates/golden-dates.txt}: {@code published | trigger | tokens | dependencies |
 * expected date | precision | basis | # sentence}; a "~" in a value stands for "/" (ranges).
 */
class GoldenDatesTest {

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = GoldenDatesTest.class.getResourceAsStream("/dates/golden-dates.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|");
        String text = line.substring(line.indexOf('#') + 1).trim();
        out.add(Arguments.of(text, f[0].trim(), Integer.parseInt(f[1].trim()), f[2].trim(), f[3].trim(), f[4].trim(),
            f[5].trim(), f[6].trim()));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("rows")
  void datesTheEventOfTheTrigger(String text, String published, int trigger, String tokens, String deps,
      String date, String precision, String basis) {
    AnnotatedSentence s = ranges(Parsed.sentence(tokens, deps));
    Article a = Article.of("doc", LocalDate.parse(published), s.text());
    EventDate d = new EventDater().date(new SentenceGraph(s), trigger - 1, a);
    assertEquals(date + " " + precision + " " + basis, d.text() + " " + d.precision().label() + " " + d.basis().label());
  }

  /** Parsed splits fields on "/": range values are written with "~" and restored here. */
  static AnnotatedSentence ranges(AnnotatedSentence s) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : s.tokens()) {
      String timex = t.timex() == null ? null : t.timex().replace('~', '/').replace('_', ' ');
      tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), timex, t.begin(), t.end()));
    }
    return new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.dependencies(), s.parsed());
  }
}
