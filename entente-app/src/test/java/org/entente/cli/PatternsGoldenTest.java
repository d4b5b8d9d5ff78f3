package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verb and noun patterns on wire sentences from many regions (golden/patterns.tsv), through the
 * real pipeline: the phrasings a reporter uses for each kind of event get their CAMEO code ("attacked
 * France's budget proposal" is criticism, "fired warning shots" a show of force, "retook the city"
 * an occupation of territory).
 */
@Tag("slow")
class PatternsGoldenTest extends GoldenPipeline {

  static Stream<Arguments> cases() throws IOException {
    return cases("patterns.tsv");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void codesThePhrasing(String where, String published, String text, String expected) {
    List<Event> factual = code(published, text).stream().filter(e -> !e.negated() && !e.hypothetical()).toList();
    List<String> produced = factual.stream().map(e -> side(e.source()) + ">" + side(e.target()) + ":" + e.code()).toList();
    for (String want : expected.split(" ")) {
      boolean absent = want.startsWith("!");
      String[] spec = (absent ? want.substring(1) : want).split("[>:]", -1);
      boolean found = factual.stream().anyMatch(e -> sideMatches(spec[0], e.source())
          && (spec[1].isEmpty() || sideMatches(spec[1], e.target())) && e.code().startsWith(spec[2]));
      assertTrue(found != absent, where + ": " + (absent ? "unexpected " : "missing ") + want + " in " + produced);
    }
  }

  /** A full actor code, or a country (the first three letters of the code). */
  private static boolean sideMatches(String want, Actor a) {
    return a.known() && (want.length() == 3 ? a.code().startsWith(want) : a.code().equals(want));
  }

  private static String side(Actor a) {
    return a.known() ? a.code() : "?" + a.text();
  }
}
