package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import org.entente.model.Article;
import org.junit.jupiter.api.Test;

class WarcArticleReaderTest {

  private static Collected read(byte[] warc) {
    Collected c = new Collected();
    WarcArticleReader.read("cc.warc.gz", new ByteArrayInputStream(warc), c);
    return c;
  }

  @Test
  void responseRecordsWithHtmlBecomeArticlesIdentifiedByTargetUri() {
    Collected c = read(Samples.warc("https://example.org/k", "2024-02-02T10:00:00Z", Samples.HTML, true));
    assertEquals(1, c.articles.size());
    Article a = c.articles.get(0);
    assertEquals("https://example.org/k", a.id());
    assertEquals(LocalDate.of(2023, 5, 7), a.date(), "the page's own date wins over WARC-Date");
    assertEquals("cc.warc.gz#record 3 (https://example.org/k)", a.origin());
  }

  @Test
  void warcDateIsTheFallback() {
    String undated = Samples.HTML.replace("article:published_time", "x-nothing");
    Collected c = read(Samples.warc("https://example.org/k", "2024-02-02T10:00:00Z", undated, false));
    assertEquals(LocalDate.of(2024, 2, 2), c.articles.get(0).date());
    assertEquals(0, c.warnings.size());
  }

  @Test
  void truncatedArchiveReportsTheRecord() {
    byte[] w = Samples.warc("https://example.org/k", "2024-02-02T10:00:00Z", Samples.HTML, false);
    Collected c = read(Arrays.copyOf(w, w.length - 400));
    assertEquals(0, c.articles.size());
    assertTrue(c.problemText().contains("cc.warc.gz#record 3"), c.problemText());
  }
}
