package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  private final ActorDictionary dictionary = DictionaryText.read("people.tsv", PEOPLE, "countries.tsv", COUNTRIES);

  private List<String> found(String text) {
    return dictionary.findActors(DictionaryText.tokens(text)).stream().map(Mention::text).toList();
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
