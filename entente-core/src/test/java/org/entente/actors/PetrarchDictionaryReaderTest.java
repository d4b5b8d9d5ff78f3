package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Problem;
import org.entente.model.Token;
import org.junit.jupiter.api.Test;

/** The PETRARCH/TABARI formats, on entries written in the style of the shipped validation dictionaries. */
class PetrarchDictionaryReaderTest {

  private static final String ACTORS = String.join("\n",
      "<!-- validation actors",
      "     spanning lines -->",
      "GONDOR [GON]  # pas 27 Apr 03",
      "+MINAS_TIRITH",
      "ARNOR_  [ARN]",
      "LORIEN  [ELR/GAL]",
      "BOROMIR  [---]",
      "SAM_GAMGEE [HOB]",
      "\t[HOBCIV <20080120]",
      "\t[ORCHOB 20100109-20100112]",
      "\t[HOBMIL 20080120-20121109]",
      "GOLLUM",
      "+SMEAGOL",
      "\t[HOB < 950601]",
      "\t[HOBGOV 19950601 - 19990815]",
      "\t[HOBREB > 990816]",
      "BAD_ENTRY [HOB 2004017]");

  private static final String AGENTS = String.join("\n",
      "!MINST! = MINISTER, MINISTRY",
      "CLERIC  [~REL]",
      "MSF {}  [NGO~]",
      "FOREIGN_!MINST! [~GOV]");

  private final List<Problem> problems = new ArrayList<>();

  private ActorDictionary load() throws IOException {
    ActorDictionary.Builder b = ActorDictionary.builder();
    PetrarchDictionaryReader r = new PetrarchDictionaryReader(b, problems::add);
    r.read("PETR.actors.txt", new StringReader(ACTORS));
    r.read("PETR.agents.txt", new StringReader(AGENTS));
    return b.build();
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      out.add(new Token(i, words[i], words[i].toLowerCase(), "NNP", "O", null, pos, pos + words[i].length()));
      pos += words[i].length() + 1;
    }
    return out;
  }

  private String code(ActorDictionary d, String text, LocalDate day) {
    List<Mention> m = d.findActors(tokens(text));
    assertEquals(1, m.size(), "one mention in " + text);
    return ActorResolver.codeOf(m.get(0).entry(), day);
  }

  @Test
  void synonymsShareTheRecordsCode() throws IOException {
    ActorDictionary d = load();
    assertEquals("GON", code(d, "Minas Tirith", null));
    assertEquals("ARN", code(d, "Arnor", null));
    assertEquals("ELR/GAL", code(d, "Lorien", null));
    assertEquals("", code(d, "Boromir", null), "--- is recognised but null-coded");
  }

  @Test
  void dateRestrictionsAreInclusiveFirstMatchWinsAndTheUndatedCodeIsTheFallback() throws IOException {
    ActorDictionary d = load();
    assertEquals("HOBCIV", code(d, "Sam Gamgee", LocalDate.of(2008, 1, 19)));
    assertEquals("HOBMIL", code(d, "Sam Gamgee", LocalDate.of(2008, 1, 20)), "lower bound inclusive");
    assertEquals("ORCHOB", code(d, "Sam Gamgee", LocalDate.of(2010, 1, 10)), "listed first, so it wins the overlap");
    assertEquals("HOBMIL", code(d, "Sam Gamgee", LocalDate.of(2012, 11, 9)), "upper bound inclusive");
    assertEquals("HOB", code(d, "Sam Gamgee", LocalDate.of(2013, 1, 1)), "primary code is the fallback");
    assertEquals("HOB", code(d, "Smeagol", LocalDate.of(1995, 5, 31)));
    assertEquals("HOBGOV", code(d, "Gollum", LocalDate.of(1999, 8, 15)));
    assertEquals("HOBREB", code(d, "Gollum", LocalDate.of(1999, 8, 16)), "six-digit 99 is 1999");
  }

  @Test
  void badDatesAreReportedWithFileAndLine() throws IOException {
    load();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).location().equals("PETR.actors.txt:17"), problems.toString());
  }

  @Test
  void agentsExpandSubstitutionSetsAndKnowPrefixes() throws IOException {
    ActorDictionary d = load();
    List<Mention> roles = d.findRoles(tokens("the foreign ministry and a cleric from MSF"));
    assertEquals(List.of("GOV", "REL", "NGO"), roles.stream()
        .map(m -> ((DictionaryEntry.RoleWord) m.entry()).role()).toList());
    assertTrue(((DictionaryEntry.RoleWord) roles.get(2).entry()).prefix());
  }
}
