package org.entente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.model.Problem;
import org.entente.testing.TestDictionaries;
import org.junit.jupiter.api.Test;

/** The pattern grammar of docs/dictionaries.md, section 4. */
class PatternSetTest {

  private final List<Problem> problems = new ArrayList<>();

  private PatternSet read(String text) throws IOException {
    return TestDictionaries.patterns(text, problems::add);
  }

  @Test
  void elementsAreTriggerWordsPrepositionsAndSlots() throws IOException {
    PatternSet set = read("163 verb $ lift|ease sanction on|against +  [intent=036]  # comment\n"
        + "190 verb $ fire missile into sea off|near +\n"
        + "040 noun talk between %\n");
    assertEquals(List.of(), problems);
    EventPattern p = set.forVerb("ease").get(0);
    assertEquals(Slot.SOURCE, p.subject());
    assertEquals(List.of(new PatternElement.Word(Set.of("sanction")),
        new PatternElement.Prep(Set.of("on", "against"), Slot.TARGET)), p.elements());
    assertEquals("036", p.intentCode());
    EventPattern fire = set.forVerb("fire").get(0);
    assertEquals(new PatternElement.PrepWord(Set.of("into"), Set.of("sea")), fire.elements().get(1));
    assertTrue(set.forNoun("talk").get(0).hasSlot(Slot.GROUP));
  }

  @Test
  void aWordBeforeASlotIsAPrepositionOnlyIfItIsOne() throws IOException {
    // "threaten attack +": the object of "attack"; "out_of +": a multi-word preposition of enhanced++.
    PatternSet set = read("190 verb $ threaten attack +\n190 verb $ drive + out_of +\n190 verb $ pull out_of deal\n");
    assertEquals(List.of(new PatternElement.Word(Set.of("attack")), new PatternElement.Object(Slot.TARGET)),
        set.forVerb("threaten").get(0).elements());
    assertEquals(new PatternElement.Prep(Set.of("out of"), Slot.TARGET), set.forVerb("drive").get(0).elements().get(1));
    assertEquals(List.of(new PatternElement.PrepWord(Set.of("out of"), Set.of("deal"))), set.forVerb("pull").get(0).elements());
  }

  @Test
  void anAlsoCodeIsTheSecondCodeOfTheSameActAndNoBlockingLineHasOne() throws IOException {
    PatternSet set = read("046 verb % sign ceasefire|truce  [intent=036] [also=030]\n- verb sign autograph [also=030]\n");
    assertEquals("030", set.forVerb("sign").stream().filter(p -> !p.blocks()).findFirst().orElseThrow().alsoCode());
    assertEquals(List.of("p.txt:2"), problems.stream().map(Problem::location).toList());
  }

  @Test
  void moreSpecificPatternsAreTriedFirst() throws IOException {
    PatternSet set = read("040 verb $ meet +\n046 verb $ meet + for talk\n");
    assertEquals("046", set.forVerb("meet").get(0).code());
  }

  @Test
  void badLinesAreReportedWithFileAndLineAndTheRestIsRead() throws IOException {
    PatternSet set = read("999 verb $ invent +\n042 vreb $ visit +\n042 verb $ + \n042 verb $ visit +\n");
    assertEquals(1, set.size());
    assertEquals(List.of("p.txt:1", "p.txt:2", "p.txt:3"), problems.stream().map(Problem::location).toList());
    assertTrue(problems.get(0).message().contains("not in the CAMEO table"), problems.get(0).message());
  }

  @Test
  void intentCodesDefaultToTheStanceLineOfTheLongestPrefix() throws IOException {
    CameoTable table = CameoTable.read("cameo.tsv", new StringReader(TestDictionaries.CAMEO), problems::add);
    PatternSet set = PatternSet.builder(table, problems::add)
        .read("p.txt", new StringReader("040 verb $ meet +\n111 verb $ criticize +\n"))
        .read("p.txt", new StringReader("042 verb $ visit +\n"))
        .readStances("stances.tsv", new StringReader("04\t036\t-\t-\t-\n042\t030\t-\t-\t-\n"))
        .build();
    assertEquals("036", set.intentCode(set.forVerb("meet").get(0)));
    assertEquals("030", set.intentCode(set.forVerb("visit").get(0)), "042 has a line of its own");
    assertEquals(null, set.intentCode(set.forVerb("criticize").get(0)));
  }
}
