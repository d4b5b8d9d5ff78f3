package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.model.Actor;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.EventExtractor;
import org.entente.pipeline.TriggerSelector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Actor resolution as an analyst would do it, pinned on realistic sentences (golden/actors.tsv) through
 * the real pipeline: dated offices, name variants, metonyms, adjectives with roles, groups, pronouns
 * and unknown actors.
 */
@Tag("slow")
class ActorGoldenTest {

  static CoreNlpAnnotator annotator;
  static Dictionaries dictionaries;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
    dictionaries = Dictionaries.bundled(p -> { });
  }

  @AfterAll
  static void close() {
    annotator.close();
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/actors.tsv"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (!l.isBlank() && !l.startsWith("#")) {
        String[] c = l.split("\t");
        out.add(Arguments.of("actors.tsv:" + (i + 1), c[0], c[1], c[2]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void resolvesActors(String where, String published, String text, String expected) {
    Article a = Article.of("t", LocalDate.parse(published), text);
    List<Event> events = new EventExtractor(dictionaries).extract(
        annotator.annotate(a, new TriggerSelector(dictionaries.actors(), dictionaries.patterns())));
    String produced = events.stream().map(e -> side(e.source()) + ">" + side(e.target()) + " " + e.code())
        .collect(Collectors.joining(", "));
    for (String want : expected.split(" ")) {
      boolean absent = want.startsWith("!");
      String pair = absent ? want.substring(1) : want;
      boolean found = events.stream().anyMatch(e -> pairMatches(pair, e));
      assertTrue(found != absent, where + ": " + (absent ? "unexpected " : "missing ") + pair + " in [" + produced + "]");
    }
  }

  private static String side(Actor a) {
    return a.known() ? a.code() : "?" + a.text();
  }

  private static boolean pairMatches(String pair, Event e) {
    if (!pair.contains(">")) {
      return sideMatches(pair, e.source()) || sideMatches(pair, e.target());
    }
    String[] p = pair.split(">", 2);
    return sideMatches(p[0], e.source()) && sideMatches(p[1], e.target());
  }

  /** "KORGOV" exactly, "KOR" for the country alone, or "?word" for an unknown actor whose text has the word. */
  private static boolean sideMatches(String want, Actor a) {
    if (want.startsWith("?")) {
      return !a.known() && a.text().contains(want.substring(1));
    }
    return want.length() == 3 ? a.country().equals(want) : a.code().equals(want);
  }
}
