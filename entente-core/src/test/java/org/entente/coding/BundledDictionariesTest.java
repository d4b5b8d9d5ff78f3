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

  private static List<org.entente.model.Token> tokens(String text) {
    List<org.entente.model.Token> out = new ArrayList<>();
    int pos = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      out.add(new org.entente.model.Token(i, words[i], words[i].toLowerCase(), "NNP", "O", null, pos,
          pos + words[i].length()));
      pos += words[i].length() + 1;
    }
    return out;
  }

  private String code(String text, java.time.LocalDate day) {
    List<org.entente.actors.Mention> m = d.actors().findActors(tokens(text));
    assertEquals(1, m.size(), "one mention in " + text);
    assertEquals(text.split(" ").length, m.get(0).end() - m.get(0).start(), "the whole of " + text);
    return org.entente.actors.ActorResolver.codeOf(m.get(0).entry(), day);
  }

  @Test
  void popesAreHeadsOfStateOfTheHolySeeOnTheirDates() {
    java.time.LocalDate francis = java.time.LocalDate.of(2020, 6, 1);
    java.time.LocalDate leo = java.time.LocalDate.of(2025, 6, 1);
    assertEquals("VATGOV", code("Pope Francis", francis));
    assertEquals("VATGOV", code("Bergoglio", francis));
    assertEquals("VATGOV", code("Pope Leo", leo));
    assertEquals("VATGOV", code("Leo XIV", leo));
    assertTrue(d.actors().findActors(tokens("Francis")).isEmpty(), "a first name alone is not a pope");
    assertEquals("Leo XIV", d.actors().holder("VAT", "head_of_state", leo).orElseThrow().name());
    assertEquals("Pope Francis", d.actors().holder("VAT", "head_of_state", francis).orElseThrow().name());
  }

  @Test
  void congoAloneIsTheDemocraticRepublicAsInCurrentWireCopy() {
    assertEquals("COD", code("Congo", null));
    assertEquals("COD", code("Democratic Republic of the Congo", null));
    assertEquals("COD", code("DR Congo", null));
    assertEquals("COG", code("Republic of the Congo", null));
    assertEquals("COG", code("Republic of Congo", null));
    assertEquals("COG", code("Congo-Brazzaville", null));
    assertEquals("COG", code("Brazzaville", null).substring(0, 3));
  }
}
