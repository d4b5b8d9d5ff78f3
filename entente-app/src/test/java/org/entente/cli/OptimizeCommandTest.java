package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente optimize} leaves a database's events stored in date order; a missing file is an error. */
class OptimizeCommandTest {

  @TempDir
  Path tmp;

  @Test
  void storesTheEventsInDateOrder() throws Exception {
    Path db = tmp.resolve("o.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(db.toString()); Statement st = store.connection().createStatement()) {
      // written newest first, as when an archive is coded backwards
      for (String[] r : new String[][] {{"d1", "2025-03-02"}, {"d2", "2019-06-30"}, {"d3", "2022-01-15"}}) {
        st.execute("INSERT INTO events (id, doc, date, sentence) VALUES ('" + r[0] + ":0:0', '" + r[0] + "', DATE '"
            + r[1] + "', 'A sentence.')");
      }
    }
    assertEquals(0, Main.run("optimize", "--db", db.toString()));
    List<String> stored = new ArrayList<>();
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db.toString());
         Statement st = store.connection().createStatement();
         ResultSet rs = st.executeQuery("SELECT id FROM events ORDER BY rowid")) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    assertEquals(List.of("d2:0:0", "d3:0:0", "d1:0:0"), stored);
    assertEquals(1, Main.run("optimize", "--db", tmp.resolve("missing.duckdb").toString()));
  }
}
