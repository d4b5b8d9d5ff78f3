package org.entente.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading gold files: the PLOVER records' type names follow the crosswalk's PLOVER version. */
class GoldSetTest {

  @TempDir Path dir;

  private static String record(String id, String type) {
    return "{\"id\": \"" + id + "\", \"date\": \"2000-01-01\", \"text\": \"Ruritania did something to Freedonia.\","
        + " \"event\": \"" + type + "\", \"source\": [{\"text\": \"Ruritania\", \"code\": \"RUR\"}],"
        + " \"target\": [{\"text\": \"Freedonia\", \"code\": \"JAP\"}]}";
  }

  @Test
  void ploverTypeNamesOfVersion05AreMappedToTheCrosswalksNames() throws IOException {
    Path gold = dir.resolve("plover.jsonl");
    Files.write(gold, List.of(record("a", "FIGHT"), record("b", "DEMAND"), record("c", "DISAPPROVE"),
        record("d", "INVESTIGATE"), record("e", "AGREE")), StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    GoldSet g = GoldSet.read(gold, null, problems::add);
    assertEquals(List.of(), problems);
    assertEquals(GoldSet.Kind.PLOVER, g.kind());
    // CAMEO2PLOVER-2021: 09x and 11x are ACCUSE, 10x is REQUEST, 18x/19x are ASSAULT.
    assertEquals(List.of("ASSAULT", "REQUEST", "ACCUSE", "ACCUSE", "AGREE"), g.categoriesOfRecords());
    assertEquals(List.of("ASSAULT", "REQUEST", "ACCUSE", "ACCUSE", "AGREE"),
        g.events().stream().map(GoldEvent::category).toList());
    assertEquals("JPN", g.events().get(0).target());
    assertEquals("VNM", GoldSet.normaliseCountry("VTN"));
    assertEquals("ITAGOV", GoldSet.normaliseCountry("ITLGOV"));
  }

  @Test
  void aDomesticRecordExpectsAnEventBetweenTwoActorsOfOneCountry() throws IOException {
    Path gold = dir.resolve("plover.jsonl");
    Files.write(gold, List.of("{\"id\": \"d\", \"date\": \"2000-01-01\", \"text\": \"Turkish police prevented a"
        + " demonstration by students.\", \"event\": \"COERCE\", \"source\": [{\"text\": \"Turkish police\","
        + " \"code\": \"TUR\", \"sector\": \"COP\"}], \"target\": [{\"text\": \"students\", \"code\": \"TUR\","
        + " \"sector\": \"EDU\"}]}"), StandardCharsets.UTF_8);
    GoldSet g = GoldSet.read(gold, null, p -> { });
    assertEquals(1, g.events().size());
    assertEquals("TUR", g.events().get(0).source());
    assertEquals("TUR", g.events().get(0).target());
  }
  @Test
  void reciprocalActorsOfTheMarkupExpectAnEventEachWay() throws IOException {
    Path gold = dir.resolve("plover.jsonl");
    Files.write(gold, List.of("{\"id\": \"r\", \"date\": \"2000-01-01\", \"text\": \"Chile and Peru agreed to"
        + " hold joint naval drills.\", \"event\": \"AGREE\", \"source\": [{\"text\": \"Chile\", \"code\": \"CHL\"},"
        + " {\"text\": \"Peru\", \"code\": \"PER\"}], \"target\": [], \"markup\": \"(SRC/TAR: Chile) and"
        + " (SRC/TAR: Peru) (EVT: agreed) to hold joint naval drills.\"}",
        "{\"id\": \"s\", \"date\": \"2000-01-01\", \"text\": \"Chile and Peru protested.\", \"event\": \"PROTEST\","
        + " \"source\": [{\"text\": \"Chile\", \"code\": \"CHL\"}, {\"text\": \"Peru\", \"code\": \"PER\"}],"
        + " \"target\": [], \"markup\": \"(SRC: Chile) and (SRC: Peru) (EVT: protested).\"}"), StandardCharsets.UTF_8);
    GoldSet g = GoldSet.read(gold, null, p -> { });
    assertEquals(List.of("r CHL>PER", "r PER>CHL", "s CHL>", "s PER>"),
        g.events().stream().map(e -> e.doc() + " " + e.source() + ">" + e.target()).toList());
  }
}
