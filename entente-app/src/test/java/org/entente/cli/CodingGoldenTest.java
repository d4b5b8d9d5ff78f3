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
 * The coder's reading of clause structure and stance on real CoreNLP parses (golden/coding.tsv):
 * acts without a target, threats, refusals, decisions, demands, speculation, things standing for their
 * owners, reduced relatives, passives and participle clauses.
 */
@Tag("slow")
class CodingGoldenTest extends GoldenPipeline {

  static Stream<Arguments> cases() throws IOException {
    return cases("coding.tsv");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void codesAsAnAnalystWould(String where, String published, String text, String expected) {
    List<String> produced = code(published, text).stream().map(CodingGoldenTest::describe).toList();
    for (String want : expected.split(" ")) {
      boolean absent = want.startsWith("!");
      String spec = absent ? want.substring(1) : want;
      boolean found = produced.stream().anyMatch(p -> matches(spec, p));
      assertTrue(found != absent, where + ": " + (absent ? "unexpected " : "missing ") + spec + " in " + produced);
    }
  }

  /** SOURCE>TARGET:CODE with :neg / :hyp flags; "-" for an absent target, "?" for an unresolved one. */
  private static String describe(Event e) {
    return side(e.source()) + ">" + side(e.target()) + ":" + e.code() + (e.negated() ? ":neg" : "")
        + (e.hypothetical() ? ":hyp" : "");
  }

  private static String side(Actor a) {
    return a.known() ? a.code() : a.absent() ? "-" : "?";
  }

  /**
   * The spec's code is a prefix of the event's; "SOURCE>" with no target matches any target; the flags
   * must be the same (none: a factual event).
   */
  private static boolean matches(String spec, String event) {
    String[] s = spec.split(":", 3);
    String[] e = event.split(":", 3);
    boolean flags = (s.length > 2 ? s[2] : "").equals(e.length > 2 ? e[2] : "");
    boolean pair = s[0].endsWith(">") ? e[0].startsWith(s[0]) : e[0].equals(s[0]);
    return pair && e[1].startsWith(s[1]) && flags;
  }
}
