package org.entente.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.EventDate;
import org.entente.model.SentenceGraph;
import org.entente.testing.Parsed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden table of dating within an article: which undated events take a neighbour's date and which are
 * new developments of the publication day. Real CoreNLP 4.5.10 annotations of articles of several
 * sentences with a fixed publication date; the format is described at the top of
 * {@code dates/golden-article-dates.txt}.
 */
class ArticleDatesGoldenTest {

  record Doc(String title, LocalDate published, List<String[]> sentences) {}

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = ArticleDatesGoldenTest.class.getResourceAsStream("/dates/golden-article-dates.txt")) {
      Doc doc = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String note = line.contains("#") ? line.substring(line.indexOf('#') + 1).trim() : "";
        String[] f = line.split("\\|");
        if (line.startsWith("article ")) {
          doc = new Doc(note, LocalDate.parse(line.substring(8, 18)), new ArrayList<>());
        } else if (line.startsWith("sentence ")) {
          doc.sentences().add(new String[] {f[1].trim(), f[2].trim(), note});
        } else if (line.startsWith("expect ")) {
          String[] at = f[0].trim().split("\\s+");
          out.add(Arguments.of(doc.title() + ": " + note, doc, Integer.parseInt(at[1]), Integer.parseInt(at[2]),
              f[1].trim() + " " + f[2].trim() + " " + f[3].trim()));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void datesTheEventInItsArticle(String name, Doc doc, int sentence, int trigger, String expected) {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String[] s : doc.sentences()) {
      if (text.length() > 0) {
        text.append(' ');
      }
      AnnotatedSentence a = GoldenDatesTest.ranges(Parsed.sentence(sentences.size(), text.length(), s[0], s[1]));
      sentences.add(a);
      text.append(a.text());
    }
    Article article = Article.of("doc", doc.published(), text.toString());
    ArticleDates dates = new EventDater().forArticle(new AnnotatedArticle(article, sentences));
    EventDate d = dates.date(new SentenceGraph(sentences.get(sentence - 1)), trigger - 1);
    assertEquals(expected, d.text() + " " + d.precision().label() + " " + d.basis().label());
  }
}
