package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Token;
import org.junit.jupiter.api.Test;

/**
 * A full name whose surname is one slip off the dictionary's spelling is still that person; a long country
 * name with a letter dropped, added or swapped is still the country.
 */
class MisspeltSurnameTest {

  private static final String COUNTRIES = String.join("\n",
      "AFG\tname\tAfghanistan",
      "ETH\tname\tEthiopia",
      "COL\tname\tColombia",
      "IRQ\tname\tIraq");

  private static final String PEOPLE = String.join("\n",
      "Abdelaziz Bouteflika\tBouteflika\tDZAGOV\t1999-04-27\t2019-04-02\thead_of_state",
      "Laurent Gbagbo\tGbagbo\tCIVGOV\t2000-10-26\t2011-04-11\thead_of_state",
      "Hun Sen\t\tKHMGOV\t1985-01-14\t2023-08-22\thead_of_government");

  private final ActorDictionary dictionary = read();

  private static ActorDictionary read() {
    ActorDictionary.Builder b = ActorDictionary.builder();
    try {
      new ActorDictionaryReader(b, p -> {
        throw new AssertionError(p.toString());
      }).read("people.tsv", new StringReader(PEOPLE));
      new ActorDictionaryReader(b, p -> {
        throw new AssertionError(p.toString());
      }).read("countries.tsv", new StringReader(COUNTRIES));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return b.build();
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(), Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN", "O", null,
          pos, pos + w.length()));
      pos += w.length() + 1;
    }
    return tokens;
  }

  private List<String> found(String text) {
    return dictionary.findActors(tokens(text)).stream().map(Mention::text).toList();
  }

  @Test
  void fullNameWithOneLetterOffIsThePerson() {
    assertEquals(List.of("Abdelaziz Bouteflicka"), found("President Abdelaziz Bouteflicka imposed a curfew"));
    assertEquals(List.of("Laurent Gbago"), found("an appeal from President Laurent Gbago"));
  }

  @Test
  void surnameAloneOrShortOrFarOffIsNoOne() {
    assertEquals(List.of(), found("Bouteflicka imposed a curfew"));
    assertEquals(List.of(), found("Hun Sun spoke"), "a short surname");
    assertEquals(List.of(), found("Laurent Gbagbooo spoke"), "two slips off is another name");
  }

  @Test
  void oneSlipIsOneEdit() {
    assertTrue(ActorDictionary.oneSlip("gbago", "gbagbo"));
    assertTrue(ActorDictionary.oneSlip("bouteflicka", "bouteflika"));
    assertTrue(ActorDictionary.oneSlip("ahmadienjad", "ahmadinejad"));
    assertTrue(ActorDictionary.oneSlip("mubarek", "mubarak"));
    assertFalse(ActorDictionary.oneSlip("mubarak", "mubarak"));
    assertFalse(ActorDictionary.oneSlip("gbagboo", "gbago"));
  }

  @Test
  void longCountryNameWithALetterDroppedOrSwappedIsTheCountry() {
    assertEquals(List.of("Afganistan"), found("an offer from Afganistan for talks"));
    assertEquals(List.of("Ethiopia"), found("Ethiopia agreed"));
    assertEquals(List.of("Etihopia"), found("Etihopia agreed"));
  }

  @Test
  void changedLetterOrShortNameIsNoCountry() {
    assertEquals(List.of(), found("students at Columbia protested"), "a changed letter makes another real name");
    assertEquals(List.of(), found("Irak protested"), "short names are too alike");
  }
}
