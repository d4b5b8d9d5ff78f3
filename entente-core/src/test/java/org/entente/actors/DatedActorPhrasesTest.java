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

/** Actor phrase lines with FROM and TO dates: a party's side follows the event's date. */
class DatedActorPhrasesTest {

  private static final String GROUPS = String.join("\n",
      "# parties of South Korea",
      "KORGOV\tname\tDemocratic Party of Korea\t2025-06-04\t  # ruling since Lee took office",
      "KOROPP\tname\tDemocratic Party of Korea\t2022-05-10\t2025-06-04",
      "KORGOV\tname\tDemocratic Party of Korea\t2017-05-10\t2022-05-10",
      "KOROPP\tname\tRebuilding Korea Party",
      "KORGOV\tname\tPeople Power Party\t2022-05-10\t2025-06-04",
      "KOROPP\tname\tPeople Power Party\t2025-06-04\t",
      "KOROPP\tname\tBroken Party\t2025-13-01\t");

  private final List<Problem> problems = new ArrayList<>();
  private final ActorDictionary dictionary = read();

  private ActorDictionary read() {
    ActorDictionary.Builder b = ActorDictionary.builder();
    try {
      new ActorDictionaryReader(b, problems::add).read("groups.tsv", new StringReader(GROUPS));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return b.build();
  }

  private String codeOn(String phrase, String day) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (String w : phrase.split(" ")) {
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NNP", "O", null, pos, pos + w.length()));
      pos += w.length() + 1;
    }
    List<Mention> found = dictionary.findActors(tokens);
    assertEquals(1, found.size(), phrase);
    return ActorResolver.codeOf(found.get(0).entry(), day == null ? null : LocalDate.parse(day));
  }

  @Test
  void partyCodeFollowsTheDate() {
    assertEquals("KOROPP", codeOn("Democratic Party of Korea", "2024-12-14"), "opposition under Yoon");
    assertEquals("KORGOV", codeOn("Democratic Party of Korea", "2025-06-04"), "ruling from Lee's first day");
    assertEquals("KORGOV", codeOn("Democratic Party of Korea", "2019-03-01"), "ruling under Moon");
    assertEquals("KORGOV", codeOn("People Power Party", "2023-03-16"));
    assertEquals("KOROPP", codeOn("People Power Party", "2025-09-01"));
  }

  @Test
  void outsideEveryPeriodTheOpenEndedLineHolds() {
    assertEquals("KORGOV", codeOn("Democratic Party of Korea", "2015-01-01"));
    assertEquals("KOROPP", codeOn("People Power Party", "2021-01-01"));
    assertEquals("KOROPP", codeOn("People Power Party", null));
  }

  @Test
  void undatedLinesStayStatic() {
    assertEquals("KOROPP", codeOn("Rebuilding Korea Party", "2019-01-01"));
    assertEquals("KOROPP", codeOn("Rebuilding Korea Party", "2026-01-01"));
  }

  @Test
  void badDateIsReportedWithItsLineAndSkipped() {
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).toString().contains("groups.tsv:8"), problems.toString());
    assertTrue(problems.get(0).toString().contains("2025-13-01"), problems.toString());
  }
}
