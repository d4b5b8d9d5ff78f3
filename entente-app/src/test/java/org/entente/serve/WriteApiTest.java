package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.entente.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/articles on a server started with a token: who may post, what is rejected, what is stored. */
class WriteApiTest {

  static final String TOKEN = "s3cret-token";

  @TempDir
  Path dir;

  DuckDbEventStore store;
  EntenteServer server;
  ApiClient api;

  @BeforeEach
  void start() {
    store = DuckDbEventStore.open(dir.resolve("w.duckdb").toString());
    SampleStore.fill(store);
    server = EntenteServer.start(store, new ArticleIntake(TOKEN, store), new GoldsteinRelationsView(store), 0);
    api = new ApiClient(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void assertRejected(String body, String authorization, int status, String message) {
    long articles = store.articleCount();
    long events = store.eventCount();
    ApiClient.Reply r = api.post("/api/articles", body, authorization);
    assertEquals(status, r.status(), r.text());
    assertTrue(r.json().get("message").asText().contains(message), r.json().get("message").asText());
    assertEquals(articles, store.articleCount(), "no article stored after a rejected request");
    assertEquals(events, store.eventCount(), "no event stored after a rejected request");
  }

  static final String GOOD = "{\"id\":\"new-1\",\"date\":\"2024-03-01\",\"text\":\"Japanese Prime Minister Fumio Kishida"
      + " met South Korean President Yoon Suk Yeol in Tokyo on Friday.\"}";

  @Test
  void withoutTheRightTokenNothingIsStored() {
    assertRejected(GOOD, null, 401, "Authorization: Bearer");
    assertRejected(GOOD, "Bearer wrong", 401, "not the one");
    assertRejected(GOOD, "Basic " + TOKEN, 401, "Authorization: Bearer");
  }

  @Test
  void aBodyThatIsNotJsonIsRejectedWholeWithItsProblems() {
    assertRejected("this is not JSON", "Bearer " + TOKEN, 400, "nothing was stored");
    ApiClient.Reply r = api.post("/api/articles", GOOD + "\n{\"id\": \"half\", \"date\": ", "Bearer " + TOKEN);
    assertEquals(400, r.status());
    JsonNode problems = r.json().get("problems");
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).asText().startsWith("body:2: malformed JSON"), problems.get(0).asText());
    assertEquals(404, api.get("/api/articles/new-1").status(), "the good first line was not stored either");
    assertRejected("{\"id\":\"no-text\",\"date\":\"2024-03-01\"}", "Bearer " + TOKEN, 400, "1 problem");
    assertRejected("  \n", "Bearer " + TOKEN, 400, "the body is empty");
  }

  @Test
  @Tag("slow")
  void postedArticlesAreCodedStoredAndQueryable() {
    long before = store.articleCount();
    ApiClient.Reply r = api.post("/api/articles", GOOD + "\n", "Bearer " + TOKEN);
    assertEquals(201, r.status(), r.text());
    assertEquals("new-1", r.json().get("articles").get(0).get("id").asText());
    assertTrue(r.json().get("events").asInt() >= 1, r.text());
    assertEquals(before + 1, store.articleCount());
    JsonNode article = api.get("/api/articles/new-1").json();
    assertTrue(article.get("events").size() >= 1);
    JsonNode listed = api.get("/api/events?dyad=JPN-KOR&from=2024-02-01").json().get("events");
    assertTrue(listed.size() >= 1, "the new event is visible to queries at once");
  }
}
