package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DyadTableTest {

  private static final DyadRow FROM_STORE = new DyadRow("2023-05", "JPN", "KOR", 3, 2, 0, 1, 0, 4.5, 2);
  private static final DyadRow WITH_SHARE = new DyadRow("2023-05", "JPN", "KOR", 3, 2, 0, 1, 0, 4.5, 2, 0.25);

  @Test
  void aTableOfRowsWithoutVolumeShareHasNoEmptyVolumeShareColumn() {
    String table = DyadTable.table(List.of(FROM_STORE));
    assertFalse(table.contains("volume_share"), table);
    assertTrue(table.lines().skip(1).findFirst().orElseThrow().trim().endsWith("2"), table);
  }

  @Test
  void aTableWithVolumeSharesShowsThem() {
    String table = DyadTable.table(List.of(WITH_SHARE));
    assertTrue(table.lines().findFirst().orElseThrow().endsWith("volume_share"), table);
    assertTrue(table.lines().skip(1).findFirst().orElseThrow().endsWith("0.25"), table);
  }

  @Test
  void jsonWritesAMissingVolumeShareAsNull() throws Exception {
    String json = DyadTable.json(List.of(FROM_STORE, WITH_SHARE));
    assertTrue(json.contains("\"volume_share\": null"), json);
    assertTrue(json.contains("\"volume_share\": 0.25"), json);
    // every value is a JSON value: no key is followed straight by a comma or a brace
    assertFalse(json.matches("(?s).*\": [,}].*"), json);
    assertEquals(2, json.split("\"period\"").length - 1);
  }
}
