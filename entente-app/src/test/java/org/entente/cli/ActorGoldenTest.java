package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.model.Actor;
import org.entente.model.Event;
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
class ActorGoldenTest extends GoldenPipeline {

  static Stream<Arguments> cases() throws IOException {
    return cases("actors.tsv");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void resolvesActors(String where, String published, String text, String expected) {
    List<Event> events = code(published, text);
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
