package org.entente.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.model.Token;
import org.junit.jupiter.api.Test;

/** A place name shared by two countries follows the country its sentence or article names. */
class HomonymPlacesTest {

  private static final String ACTORS = String.join("\n",
      "LBY\tname\tLibya",
      "LBY\tadjective\tLibyan",
      "LBYGOV\tmetonym\tTripoli",
      "LBN\tname\tLebanon",
      "LBN\tadjective\tLebanese",
      "LBN\thomonym\tTripoli  # the northern port");

  private final ActorDictionary dictionary = DictionaryText.read("places.tsv", ACTORS);

  /** The code of "Tripoli" in {@code text}, read after the sentences {@code before} of the same article. */
  private String tripoli(String text, String... before) {
    Discourse discourse = new Discourse(dictionary::shortContext, dictionary::homonyms);
    for (String earlier : before) {
      List<Token> t = DictionaryText.tokens(earlier);
      discourse.remember(discourse.withKnownNames(new SentenceMentions(dictionary.findActors(t), List.of()), t).actors(),
          List.of());
    }
    List<Token> t = DictionaryText.tokens(text);
    SentenceMentions m = discourse.withKnownNames(new SentenceMentions(dictionary.findActors(t), List.of()), t);
    return m.actors().stream().filter(x -> x.text().equals("Tripoli")).map(x -> ActorResolver.codeOf(x.entry(), null))
        .findFirst().orElseThrow();
  }

  @Test
  void theMainEntryHoldsWithoutContext() {
    assertEquals("LBYGOV", tripoli("talks opened in Tripoli"));
  }

  @Test
  void theSentenceNamingTheOtherCountryPicksItsPlace() {
    assertEquals("LBN", tripoli("clashes in Tripoli spread across northern Lebanese towns"));
  }

  @Test
  void theArticleNamingTheOtherCountryPicksItsPlace() {
    assertEquals("LBN", tripoli("fighting resumed in Tripoli", "Lebanon declared a day of mourning"));
  }

  @Test
  void namingTheMainCountryAsWellKeepsTheMainEntry() {
    assertEquals("LBYGOV", tripoli("Lebanese workers left Tripoli for Libya"));
    assertEquals("LBYGOV", tripoli("Lebanese workers left Tripoli", "Libya closed its border"));
  }

  private static final String GROUPS = String.join("\n",
      "SDN\tname\tSudan",
      "NGORSF\tacronym\tRSF",
      "SDNREB\thomonym\tRSF  # the Rapid Support Forces");

  private final ActorDictionary groups = DictionaryText.read("groups.tsv", GROUPS);

  /** The entry of "RSF" in {@code text}, read after the sentences {@code before} of the same article. */
  private DictionaryEntry rsf(String text, String... before) {
    Discourse discourse = new Discourse(groups::shortContext, groups::homonyms);
    for (String earlier : before) {
      List<Token> t = DictionaryText.tokens(earlier);
      discourse.remember(discourse.withKnownNames(new SentenceMentions(groups.findActors(t), List.of()), t).actors(),
          List.of());
    }
    List<Token> t = DictionaryText.tokens(text);
    SentenceMentions m = discourse.withKnownNames(new SentenceMentions(groups.findActors(t), List.of()), t);
    return m.actors().stream().filter(x -> x.text().equals("RSF")).map(Mention::entry).findFirst().orElseThrow();
  }

  @Test
  void aNamesakeWithARoleIsAnOrganisationNotAPlace() {
    assertEquals(new DictionaryEntry.Named("NGORSF", PhraseKind.ACRONYM), rsf("RSF condemned the arrest"));
    assertEquals(new DictionaryEntry.Named("SDNREB", PhraseKind.NAME), rsf("the RSF shelled the camp", "Sudan accused the militia"));
  }
}
