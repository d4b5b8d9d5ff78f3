package org.entente.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.entente.pipeline.Dictionaries;
import org.junit.jupiter.api.Test;

/**
 * The order of dictionaries/verbs/cameo-patterns.txt: two patterns of a trigger with as many elements
 * tie, and the earlier line wins. A line that puts words where an earlier line has a slot ("$ accuse +
 * of corruption" after "$ accuse + of +") would never be used, since the slot takes those words too.
 */
class BundledPatternOrderTest {

  @Test
  void noLineWithATargetIsShadowedByAnEarlierSlot() throws IOException {
    PatternSet.Builder reader = PatternSet.builder(Dictionaries.bundled(p -> { }).cameo(), p -> { });
    List<EventPattern> lines = new ArrayList<>();
    List<String> text = Files.readAllLines(Path.of("../dictionaries/verbs/cameo-patterns.txt"), StandardCharsets.UTF_8);
    for (int i = 0; i < text.size(); i++) {
      String data = text.get(i).replaceAll("#.*", "").trim();
      if (!data.isEmpty()) {
        lines.add(reader.parse(data, "cameo-patterns.txt:" + (i + 1)));
      }
    }
    List<String> shadowed = new ArrayList<>();
    for (int j = 0; j < lines.size(); j++) {
      EventPattern later = lines.get(j);
      if (later.blocks() || !(later.hasSlot(Slot.TARGET) || later.hasSlot(Slot.GROUP))) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        EventPattern earlier = lines.get(i);
        if (!earlier.blocks() && !earlier.code().equals(later.code()) && takesTheWordsOf(earlier, later)) {
          shadowed.add(later.origin() + " " + later.text() + "  <  " + earlier.origin() + " " + earlier.text());
        }
      }
    }
    assertEquals(List.of(), shadowed);
  }

  /** Same trigger, kind and subject; each element alike, or a slot where the later line has words. */
  private static boolean takesTheWordsOf(EventPattern slot, EventPattern words) {
    if (slot.kind() != words.kind() || slot.subject() != words.subject()
        || Collections.disjoint(slot.triggers(), words.triggers()) || slot.elements().size() != words.elements().size()) {
      return false;
    }
    boolean replaced = false;
    for (int k = 0; k < slot.elements().size(); k++) {
      PatternElement a = slot.elements().get(k);
      PatternElement b = words.elements().get(k);
      if (a.equals(b)) {
        continue;
      }
      if (a instanceof PatternElement.Object && b instanceof PatternElement.Word
          || a instanceof PatternElement.Prep p && b instanceof PatternElement.PrepWord w
          && p.prepositions().containsAll(w.prepositions())) {
        replaced = true;
        continue;
      }
      return false;
    }
    return replaced;
  }
}
