package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * News that is not political (golden/not-events.tsv: sports results, markets and business, weather,
 * culture, science) codes no event through the real pipeline: "Japan crushed Vietnam 4-2", "gold
 * prices hit a record high", "released treated water", "forecasters warned of heavy rain" are the
 * ordinary words of other news that generic patterns would otherwise take for CAMEO events.
 */
@Tag("slow")
class NotEventsGoldenTest extends GoldenPipeline {

  static Stream<Arguments> cases() throws IOException {
    return cases("not-events.tsv");
  }

  /**
   * @param knownGap the events a line still codes that the patterns cannot yet keep out, written
   *     {@code SOURCE>TARGET CODE} ({@code ?text} for an unknown actor), or "-"; anything else fails
   */
  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void codesNoEvent(String where, String published, String text, String knownGap) {
    List<Event> events = code(published, text);
    String produced = events.stream()
        .map(e -> side(e.source()) + ">" + side(e.target()) + " " + e.code())
        .filter(e -> !knownGap.contains(e))
        .collect(Collectors.joining(", "));
    assertEquals("", produced, where);
  }

  private static String side(Actor a) {
    return a.known() ? a.code() : "?" + a.text();
  }
}
