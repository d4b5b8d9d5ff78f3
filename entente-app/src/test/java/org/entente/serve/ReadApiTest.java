package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read endpoints over HTTP on loopback, against a read-only server on a hand-built database. */
class ReadApiTest {

  @TempDir
  static Path dir;

  static EntenteServer server;
  static ApiClient api;

  @BeforeAll
  static void start() {
    String db = dir.resolve("t.duckdb").toString();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      SampleStore.fill(store);
    }
    server = EntenteServer.start(new ServerConfig(db, 0, null));
    api = new ApiClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("events").forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  @Test
  void eventsAreFactualByDefaultSortedByDateAndLinkedToTheirSentence() {
    ApiClient.Reply r = api.get("/api/events");
    assertEquals(200, r.status());
    assertEquals(List.of("kyodo-2023-05-07:0:0", "kyodo-2023-05-07:1:0", "xinhua-2023-08-25:0:0", "yonhap-2024-01-10:0:0"),
        ids(r.json()));
    JsonNode first = r.json().get("events").get(0);
    assertEquals("/api/articles/kyodo-2023-05-07", first.get("links").get("article").asText());
    assertEquals("/api/articles/kyodo-2023-05-07#sentence-0", first.get("links").get("sentence").asText());
    assertEquals("2023-05-07", first.get("date").asText());
    assertTrue(r.json().get("next_cursor").isNull());
    assertEquals(5, api.get("/api/events?all=true").json().get("events").size(), "the negated event is included with all=true");
  }

  @Test
  void eventFiltersNarrowTheList() {
    assertEquals(List.of("xinhua-2023-08-25:0:0"), ids(api.get("/api/events?source=CHN").json()));
    assertEquals(List.of("kyodo-2023-05-07:0:0"), ids(api.get("/api/events?source=JPNGOV&target=kor").json()));
    assertEquals(2, api.get("/api/events?country=KOR&all=1").json().get("events").size());
    assertEquals(List.of("kyodo-2023-05-07:0:0", "kyodo-2023-05-07:1:0"), ids(api.get("/api/events?dyad=KOR-JPN").json()));
    assertEquals(List.of("kyodo-2023-05-07:1:0"), ids(api.get("/api/events?code=043").json()));
    assertEquals(List.of("yonhap-2024-01-10:0:0"), ids(api.get("/api/events?root=13").json()));
    assertEquals(List.of("yonhap-2024-01-10:0:0"), ids(api.get("/api/events?quad_class=4").json()));
    assertEquals(List.of("xinhua-2023-08-25:0:0"), ids(api.get("/api/events?from=2023-06&to=2023").json()));
    assertEquals(List.of("kyodo-2023-05-07:0:0"), ids(api.get("/api/events?from=2023-05-07&to=2023-05-07").json()));
    assertEquals(List.of("yonhap-2024-01-10:0:0"), ids(api.get("/api/events?q=MISSILES").json()));
  }

  @Test
  void cursorPagingWalksEveryEventOnceInSortOrder() {
    JsonNode p1 = api.get("/api/events?sort=-goldstein&limit=2&all=true").json();
    assertEquals(List.of("kyodo-2023-05-07:1:0", "kyodo-2023-05-07:0:0"), ids(p1));
    String c1 = p1.get("next_cursor").asText();
    JsonNode p2 = api.get("/api/events?sort=-goldstein&limit=2&all=true&cursor=" + c1).json();
    assertEquals(List.of("xinhua-2023-08-25:1:0", "xinhua-2023-08-25:0:0"), ids(p2), "ties on goldstein break by id");
    JsonNode p3 = api.get("/api/events?sort=-goldstein&limit=2&all=true&cursor=" + p2.get("next_cursor").asText()).json();
    assertEquals(List.of("yonhap-2024-01-10:0:0"), ids(p3));
    assertTrue(p3.get("next_cursor").isNull());
    ApiClient.Reply wrongOrder = api.get("/api/events?sort=date&limit=2&cursor=" + c1);
    assertEquals(400, wrongOrder.status());
    assertTrue(wrongOrder.json().get("message").asText().contains("sort order"));
  }

  @Test
  void badParametersAreJsonErrorsThatSayWhatWasWrong() {
    assertError("/api/events?from=2023-13-45", 400, "parameter from: not a date: '2023-13-45'");
    assertError("/api/events?country=XYZ", 400, "unknown country code 'XYZ'");
    assertError("/api/events?source=J1", 400, "an actor is a country code");
    assertError("/api/events?limit=501", 400, "page size 501 is over the limit of 500");
    assertError("/api/events?limit=zero", 400, "not a whole number");
    assertError("/api/events?quad_class=5", 400, "a quad class is 1, 2, 3 or 4");
    assertError("/api/events?sort=size", 400, "unknown sort 'size'");
    assertError("/api/events?cursor=%25%25", 400, "cursor");
    assertError("/api/events?from=2024&to=2023", 400, "the period is empty");
    assertError("/api/dyads?interval=fortnight", 400, "unknown interval 'fortnight'");
    assertError("/api/dyads?dyad=JPN", 400, "a dyad is two country codes");
    assertError("/api/shifts", 400, "parameter dyad is required");
    assertError("/api/profile/XYZ", 404, "unknown country code 'XYZ'");
    assertError("/api/articles/no-such-article", 404, "no article with id 'no-such-article'");
    assertError("/api/nothing-here", 404, "/api/nothing-here");
  }

  private static void assertError(String path, int status, String message) {
    ApiClient.Reply r = api.get(path);
    assertEquals(status, r.status(), path);
    assertNotNull(r.json(), path + " answers JSON");
    assertEquals(status, r.json().get("status").asInt());
    assertTrue(r.json().get("message").asText().contains(message), path + ": " + r.json().get("message").asText());
  }

  @Test
  void dyadsAreTheStoreFigures() {
    JsonNode rows = api.get("/api/dyads?dyad=JPN-KOR&interval=month").json().get("rows");
    assertEquals(2, rows.size());
    assertEquals("2023-05", rows.get(0).get("period").asText());
    assertEquals("JPN", rows.get(0).get("source").asText());
    assertEquals(1.0, rows.get(0).get("goldstein_mean").asDouble());
    assertEquals("KOR", rows.get(1).get("source").asText());
    assertEquals(2.8, rows.get(1).get("goldstein_sum").asDouble());
    JsonNode undirected = api.get("/api/dyads?country=JPN&undirected=true&interval=year").json().get("rows");
    assertEquals(3, undirected.size(), "CHN-JPN 2023, JPN-KOR 2023, JPN-PRK 2024");
    JsonNode all = api.get("/api/dyads?dyad=CHN-JPN&all=true").json().get("rows");
    assertEquals(2, all.get(0).get("events").asInt(), "all=true counts the negated event");
  }

  @Test
  void profileGroupsTheDyadsByPartner() {
    JsonNode p = api.get("/api/profile/jpn?interval=year").json();
    assertEquals("JPN", p.get("country").asText());
    JsonNode partners = p.get("partners");
    assertEquals(3, partners.size());
    assertEquals("KOR", partners.get(0).get("partner").asText(), "most events first");
    assertEquals(1, partners.get(0).get("outgoing").size());
    assertEquals(1, partners.get(0).get("incoming").size());
    assertEquals(1.9, partners.get(0).get("goldstein_mean").asDouble(), 1e-9);
    assertEquals(0, api.get("/api/profile/JPN?from=2025").json().get("partners").size());
  }

  @Test
  void shiftsComeFromChangePointDetectionAndStatesFollowGoldsteinMeans() {
    JsonNode s = api.get("/api/shifts?dyad=JPN-KOR&interval=quarter").json();
    assertEquals("JPN-KOR", s.get("dyad").asText());
    assertEquals(0, s.get("shifts").size(), "a handful of events is no evidence of a turning point");
    assertTrue(s.get("method").asText().contains("PELT"), s.toString());
    JsonNode states = api.get("/api/states").json().get("states");
    assertEquals(3, states.size());
    for (JsonNode st : states) {
      String pair = st.get("a").asText() + "-" + st.get("b").asText();
      String expected = switch (pair) {
        case "JPN-KOR" -> "warm";      // mean +1.9
        case "CHN-JPN" -> "cool";      // mean -2.0 (the negated event is left out)
        case "JPN-PRK" -> "hostile";   // mean -7.0
        default -> "unexpected " + pair;
      };
      assertEquals(expected, st.get("state").asText(), pair);
    }
  }

  @Test
  void articleComesWithItsEventsAndHighlightOffsets() {
    JsonNode a = api.get("/api/articles/yonhap-2024-01-10").json();
    String text = a.get("text").asText();
    assertEquals(SampleStore.THREAT, text);
    JsonNode e = a.get("events").get(0);
    List<String> spans = new ArrayList<>();
    e.get("highlights").forEach(h -> spans.add(h.get("kind").asText() + "="
        + text.substring(h.get("start").asInt(), h.get("end").asInt())));
    assertEquals(List.of("source=North Korea", "trigger=threatened", "target=Japan"), spans);
  }

  @Test
  void openApiDescribesEveryEndpoint() {
    ApiClient.Reply r = api.get("/api/openapi.json");
    assertEquals(200, r.status());
    JsonNode paths = r.json().get("paths");
    for (String p : List.of("/api/events", "/api/dyads", "/api/profile/{country}", "/api/shifts", "/api/states",
        "/api/countries", "/api/articles/{id}", "/api/articles")) {
      assertTrue(paths.has(p), "openapi.json describes " + p);
    }
    assertTrue(paths.get("/api/articles").has("post"));
  }

  @Test
  void dashboardAndItsChartLibraryAreServedFromTheClassPath() {
    ApiClient.Reply index = api.get("/");
    assertEquals(200, index.status());
    Matcher m = Pattern.compile("<script src=\"(/webjars/echarts/[^\"]+)\"").matcher(index.text());
    assertTrue(m.find(), "the dashboard loads ECharts from its WebJar");
    assertEquals(200, api.get(m.group(1)).status(), m.group(1) + " is on the class path (WebJar version = pom version)");
    assertEquals(200, api.get("/app.js").status());
  }

  @Test
  void postingIsOffWithoutAToken() {
    ApiClient.Reply r = api.post("/api/articles", "{\"id\":\"x\",\"date\":\"2024-01-01\",\"text\":\"Japan met Korea.\"}",
        "Bearer anything");
    assertEquals(403, r.status());
    assertTrue(r.json().get("message").asText().contains("without --token"));
    assertFalse(server.writable());
    assertEquals(404, api.get("/api/articles/x").status());
  }
}
