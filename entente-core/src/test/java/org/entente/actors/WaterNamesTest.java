package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.model.Problem;
import org.junit.jupiter.api.Test;

/** A sea named after a country hides the country's name and is no actor itself. */
class WaterNamesTest {

  private static final String COUNTRIES = String.join("\n",
      "CHN\tname\tChina",
      "CHN\tadjective\tChinese",
      "OMN\tname\tOman",
      "KOR\tshort\tSouth\tKOR PRK");

  private static final String WATERS = "-\twater\tSouth China Sea; Gulf of Oman  # named after countries";

  private final ActorDictionary dictionary = DictionaryText.read("countries.tsv", COUNTRIES, "waters.tsv", WATERS);

  private String actors(String text) {
    return dictionary.findActors(DictionaryText.tokens(text)).stream().map(Mention::text).collect(Collectors.joining(","));
  }

  @Test
  void theCountryInsideASeaNameIsNoActor() {
    assertEquals("", actors("a tanker was seized in the Gulf of Oman"));
    assertEquals("Chinese", actors("Chinese ships patrolled the South China Sea"));
  }

  @Test
  void theCountryOutsideTheSeaNameStaysAnActor() {
    assertEquals("Oman,China", actors("Oman and China held talks"));
  }

  @Test
  void aWaterLineWithACodeIsAProblemNamingItsLine() throws IOException {
    List<Problem> problems = new ArrayList<>();
    new ActorDictionaryReader(ActorDictionary.builder(), problems::add)
        .read("waters.tsv", new StringReader("# seas\nCHN\twater\tSouth China Sea\n"));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).toString().contains("waters.tsv:2"), problems.toString());
  }
}
