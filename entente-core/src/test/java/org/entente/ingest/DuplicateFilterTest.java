package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Article;
import org.entente.model.DatePrecision;
import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

  private static Article article(String id, String text, String origin) {
    return new Article(id, LocalDate.of(2023, 5, 7), DatePrecision.DAY, "", "", "", text, origin);
  }

  @Test
  void sameIdSameTextPassesOnceAndDifferentTextIsRejected() {
    Collected c = new Collected();
    DuplicateFilter f = new DuplicateFilter(c, id -> Optional.empty(), a -> { });
    f.article(article("a", "One text.", "x.jsonl:1"));
    f.article(article("a", "One text.", "x.jsonl:2"));
    f.article(article("a", "Another text.", "x.jsonl:3"));
    assertEquals(1, c.articles.size());
    assertEquals("x.jsonl:3: duplicate id a with different text (first read at x.jsonl:1); skipped",
        c.problems.get(0).toString());
  }

  @Test
  void storedUnchangedIsSkippedAndStoredChangedIsRecodedWithAWarning() {
    Article same = article("s", "Stored text.", "y:1");
    Article changed = article("c", "New text.", "y:2");
    Map<String, String> stored = Map.of("s", ContentHash.of(same), "c", ContentHash.of(article("c", "Old.", "")));
    Collected c = new Collected();
    List<String> skipped = new ArrayList<>();
    DuplicateFilter f = new DuplicateFilter(c, id -> Optional.ofNullable(stored.get(id)), a -> skipped.add(a.id()));
    f.article(same);
    f.article(changed);
    f.article(article("n", "Never seen.", "y:3"));
    assertEquals(List.of("s"), skipped);
    assertEquals(List.of("c", "n"), c.articles.stream().map(Article::id).toList());
    assertTrue(c.warnings.get(0).toString().startsWith("y:2: article c differs from the version in the database"));
    assertEquals(0, c.problems.size());
  }

  @Test
  void aConflictFarIntoALongRunStillNamesWhereTheFirstWasRead() {
    Collected c = new Collected();
    DuplicateFilter f = new DuplicateFilter(c, id -> Optional.empty(), a -> { });
    int n = 200_000;
    for (int i = 1; i <= n; i++) {
      f.article(article("wire-" + i, "Text of article " + i + ".", "day.jsonl:" + i));
    }
    f.article(article("wire-1234", "Text of article 1234.", "day.jsonl:" + (n + 1)));
    f.article(article("wire-98765", "A corrected text.", "day.jsonl:" + (n + 2)));
    assertEquals(n, c.articles.size());
    assertEquals(List.of("day.jsonl:200002: duplicate id wire-98765 with different text (first read at"
        + " day.jsonl:98765); skipped"), c.problems.stream().map(Object::toString).toList());
    // What it keeps per article: a 16-byte slot of a table at most three quarters full, and the origin.
    assertTrue(f.bytes() < 50L * n, f.bytes() / n + " bytes an article");
  }

  @Test
  void hashIgnoresOriginButNotText() {
    assertEquals(ContentHash.of(article("a", "T.", "f1")), ContentHash.of(article("a", "T.", "f2")));
    assertTrue(!ContentHash.of(article("a", "T.", "f1")).equals(ContentHash.of(article("a", "U.", "f1"))));
  }
}
