package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.Article;
import org.entente.model.CameoCode;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/shifts} on a relationship that clearly turns: a year of visits and agreements between
 * China and Japan, then a year of protests and sanctions. The turning point comes back with its
 * p-value, the states on either side and the events behind it, each traceable to its sentence.
 */
class ShiftsApiTest {

  private static final String WARM = "China and Japan agreed to expand cooperation.";
  private static final String COLD = "China imposed sanctions on Japan.";

  @Test
  void aClearTurnComesWithItsEvidence(@TempDir Path dir) {
    String db = dir.resolve("s.duckdb").toString();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      LocalDate start = LocalDate.of(2024, 1, 1);
      for (int month = 0; month < 24; month++) {
        boolean cold = month >= 12;
        for (int k = 0; k < 3; k++) {
          LocalDate day = start.plusMonths(month).plusDays(7 * k);
          String text = cold ? COLD : WARM;
          Article a = Article.of("a-" + month + "-" + k, day, text);
          CameoCode code = cold ? new CameoCode("163", "16", 4, -8.0 + k * 0.5, "Impose embargo")
              : new CameoCode("057", "05", 1, 7.5 - k * 0.5, "Sign formal agreement");
          Event e = new Event(a.id() + ":0:0", a.id(), day, new EventDate(day, DatePrecision.DAY, null, DateBasis.EXPLICIT),
              new Actor("CHNGOV", "China", 0, 5), new Actor("JPNGOV", "Japan", cold ? 27 : 10, cold ? 32 : 15), code,
              false, false, text, 0, 0, text.length(), cold ? "imposed" : "agreed", 6, 13, "test:1");
          store.save(a, List.of(e));
        }
      }
    }
    try (EntenteServer server = EntenteServer.start(new ServerConfig(db, 0, null))) {
      JsonNode body = new ApiClient(server.port()).get("/api/shifts?dyad=CHN-JPN&interval=month").json();
      JsonNode shifts = body.get("shifts");
      assertEquals(1, shifts.size(), body.toString());
      JsonNode s = shifts.get(0);
      assertEquals("2025-01", s.get("period").asText());
      assertEquals("deterioration", s.get("direction").asText());
      assertTrue(s.get("p_value").asDouble() <= 0.05, s.toString());
      assertEquals("close", s.get("state_before").asText());
      assertEquals("hostile", s.get("state_after").asText());
      assertEquals(36, s.get("events_before").asInt());
      JsonNode drivers = s.get("drivers");
      assertFalse(drivers.isEmpty());
      for (JsonNode d : drivers) {
        assertTrue(d.get("sentence").asText().equals(WARM) || d.get("sentence").asText().equals(COLD), d.toString());
        assertEquals(1, d.get("articles").asInt());
        assertTrue(d.get("id").asText().startsWith("a-"));
      }
    }
  }
}
