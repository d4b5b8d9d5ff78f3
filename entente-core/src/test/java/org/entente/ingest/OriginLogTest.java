package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginLogTest {

  @Test
  void givesBackEveryOriginOfSeveralFilesAndFormats() {
    OriginLog log = new OriginLog();
    List<String> written = new ArrayList<>();
    for (int i = 1; i <= 50_000; i++) {
      written.add("/data/news/2024-05-0" + (i / 10_000 + 1) + ".jsonl:" + i);
    }
    written.add("");
    written.add("feeds/world.rss#item 3");
    written.add("crawl.warc.gz#record 12 (https://example.org/a/b?c=1)");
    written.add("pages/日本語の記事.html");
    written.add("pages/\uD83D\uDE00 smile.html"); // shares "pages/" and then a surrogate pair
    written.add("pages/\uD83D\uDE01 grin.html"); // shares the high surrogate only: must not be split
    for (String s : written) {
      log.add(s);
    }
    assertEquals(written.size(), log.count());
    for (int i = 0; i < written.size(); i++) {
      assertEquals(written.get(i), log.get(i), "origin " + i);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> log.get(written.size()));
  }

  @Test
  void linesOfAJsonLinesFileTakeAFewBytesEach() {
    OriginLog log = new OriginLog();
    int n = 1_000_000;
    for (int i = 1; i <= n; i++) {
      log.add("/var/data/entente/input/2024-05-01-world-news.jsonl:" + i);
    }
    assertEquals("/var/data/entente/input/2024-05-01-world-news.jsonl:765432", log.get(765_431));
    // A whole origin every 32 lines, the changed digits on the others: ~6 bytes a line, not ~100.
    assertTrue(log.bytes() < 8L * n, log.bytes() + " bytes");
  }
}
