package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The peer suites of {@code ../shared/eval} (PLOVER gold records of the CAMEO manual, PETRARCH-2 and
 * UD-PETRARCH validation records) scored by {@code entente eval}, as the README reports them: floors just
 * under the measured figures, so a change that loses actors or event types there fails. Skipped where
 * the shared folder is absent (it is not part of the repository).
 */
@Tag("slow")
class PeerSuitesEvalTest {

  /** {@code ../shared/eval} beside the repository (the tests run in entente-app), or where ENTENTE_SHARED_EVAL says. */
  private static final Path EVAL = Path.of(System.getenv().getOrDefault("ENTENTE_SHARED_EVAL", "../../shared/eval"));

  private static String eval(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new Main()).execute(args);
    } finally {
      System.setOut(saved);
    }
    String report = buffer.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, report);
    return report;
  }

  /** The shares of an "all ..." line: records, actors right, (factual), type right, exact, none right. */
  private static double[] overall(String report, int nth) {
    Matcher m = Pattern.compile("(?m)^all \\w+\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.-]+)")
        .matcher(report);
    for (int i = 0; i <= nth; i++) {
      assertTrue(m.find(), report);
    }
    double[] out = new double[6];
    for (int i = 0; i < 6; i++) {
      String v = m.group(i + 1);
      out[i] = v.equals("-") ? Double.NaN : Double.parseDouble(v);
    }
    return out;
  }

  @Test
  void ploverRecordsOfTheCameoManual() {
    Path gold = EVAL.resolve("plover-gsr-cameo-manual.jsonl");
    assumeTrue(Files.exists(gold), "../shared/eval is absent");
    String report = eval("eval", "--gold", gold.toString(), "--crosswalk", EVAL.resolve("CAMEO2PLOVER-2021.txt").toString());
    double[] all = overall(report, 0);
    assertEquals(322, (int) all[0], report);
    assertTrue(all[3] >= 0.80, "PLOVER type right " + all[3] + "\n" + report);
    assertTrue(all[1] >= 0.78, "PLOVER countries right " + all[1] + "\n" + report);
  }

  /**
   * The report of a PETRARCH validation suite with its own actor and agent dictionaries and our list of
   * records left out (docs/eval); the test is skipped when the suite is absent.
   */
  private static String petrarch(String records, String dictionaries, String actors, String agents, String leftOut) {
    Path gold = EVAL.resolve(records);
    assumeTrue(Files.exists(gold), "../shared/eval is absent");
    Path dicts = EVAL.resolve(dictionaries);
    return eval("eval", "--gold", gold.toString(), "--actors", dicts.resolve(actors).toString(),
        "--actors", dicts.resolve(agents).toString(), "--leave-out", "../docs/eval/" + leftOut);
  }

  @Test
  void petrarch2ValidationRecords() {
    String report = petrarch("petrarch2-validation.jsonl", "petrarch2-dicts", "PETR.Validate.actors.txt",
        "PETR.Validate.agents.txt", "petrarch2-left-out.tsv");
    double[] all = overall(report, 0);
    double[] fair = overall(report, 1);
    assertTrue(all[1] >= 0.57, "PETRARCH-2 actors right " + all[1] + "\n" + report);
    assertTrue(fair[1] >= 0.92, "PETRARCH-2 actors right, fair records " + fair[1] + "\n" + report);
  }

  @Test
  void udPetrarchValidationRecords() {
    String report = petrarch("udpetrarch-validation-2.02.jsonl", "udpetrarch-2.02-dicts", "PETR_Validate_actors_2_02.txt",
        "PETR_Validate_agents_2_02.txt", "udpetrarch-2.02-left-out.tsv");
    double[] all = overall(report, 0);
    assertTrue(all[1] >= 0.61, "UD-PETRARCH actors right " + all[1] + "\n" + report);
    assertTrue(all[3] >= 0.39, "UD-PETRARCH type right " + all[3] + "\n" + report);
    assertTrue(all[5] >= 0.87, "UD-PETRARCH records expecting none that get none " + all[5] + "\n" + report);
  }
}
