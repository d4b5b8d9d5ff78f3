package org.entente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.CameoCode;
import org.entente.model.Problem;
import org.entente.pipeline.Dictionaries;
import org.junit.jupiter.api.Test;

/** The dictionaries shipped in dictionaries/ load cleanly and agree with each other. */
class BundledDictionariesTest {

  private final List<Problem> problems = new ArrayList<>();
  private final Dictionaries d = Dictionaries.bundled(problems::add);

  @Test
  void everyFileLoadsWithoutAProblem() {
    // A pattern whose code is not in the CAMEO table is reported as a problem, so this also proves
    // that every CAMEO code used by the pattern data exists in the table.
    assertEquals(List.of(), problems);
  }

  @Test
  void theCameoTableHasEveryCodeWithTheQuadClassOfItsRoot() {
    assertEquals(311, d.cameo().all().size());
    for (CameoCode c : d.cameo().all()) {
      int root = Integer.parseInt(c.root());
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      assertEquals(quad, c.quadClass(), c.code());
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
    }
  }

  @Test
  void everyThreeDigitCameoCodeHasAPattern() throws Exception {
    Set<String> withPattern = new TreeSet<>();
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("../dictionaries/verbs/cameo-patterns.txt"))) {
      String data = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      if (!data.isBlank()) {
        String code = data.trim().split("\\s+")[0];
        withPattern.add(code.substring(0, Math.min(3, code.length())));
      }
    }
    List<String> missing = new ArrayList<>();
    for (CameoCode c : d.cameo().all()) {
      if (c.code().length() == 3 && !withPattern.contains(c.code())) {
        missing.add(c.code());
      }
    }
    assertEquals(List.of(), missing, "three-digit codes without a pattern");
  }

  @Test
  void actorDictionariesKnowTheLeadersOfTheIssue() {
    assertTrue(d.actors().actorPhraseCount() > 3000, "countries, places, groups and people");
    assertTrue(d.actors().people().stream().anyMatch(p -> p.name().equals("Sanae Takaichi")));
    assertTrue(d.patterns().size() > 1000);
  }
}
