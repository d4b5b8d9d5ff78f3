package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Our own gold set (gold/, 260 articles written for Entente) coded by the real pipeline and scored by
 * {@code entente eval}: a floor under the measured quality, so that a change that loses events, codes
 * more false alarms or misdates what it finds fails here. The floors sit just under the figures of
 * the README; raise them when the coder improves.
 */
@Tag("slow")
class GoldSetEvalTest {

  @Test
  void goldSetScoresAtLeastTheMeasuredFigures() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new Main()).execute("eval", "--gold", "../gold/events.jsonl", "--articles", "../gold/articles.jsonl");
    } finally {
      System.setOut(saved);
    }
    String report = buffer.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, report);
    Matcher root = Pattern.compile("(?m)^root\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(report);
    assertTrue(root.find(), report);
    assertEquals(593, Integer.parseInt(root.group(1)), "scored gold events");
    double precision = Double.parseDouble(root.group(4));
    double recall = Double.parseDouble(root.group(5));
    assertTrue(precision >= 0.93, "root precision " + precision + "\n" + report);
    assertTrue(recall >= 0.85, "root recall " + recall + "\n" + report);
    Matcher dates = Pattern.compile("date accuracy of matched day-precise events: ([0-9.]+).*by publication: ([0-9.]+)")
        .matcher(report);
    assertTrue(dates.find(), report);
    double byEvent = Double.parseDouble(dates.group(1));
    double byPublication = Double.parseDouble(dates.group(2));
    assertTrue(byEvent >= 0.91, "date accuracy " + byEvent);
    assertTrue(byEvent > byPublication + 0.4, "event dating must beat publication dating by far: " + byEvent + " vs " + byPublication);
  }
}
