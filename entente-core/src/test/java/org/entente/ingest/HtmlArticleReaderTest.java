package org.entente.ingest;

import static org.entente.ingest.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.entente.model.Article;
import org.entente.model.DatePrecision;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

  private static Collected read(String html, LocalDate fallback) {
    Collected c = new Collected();
    HtmlArticleReader.read("p.html", "p", utf8(html), "https://fallback.example/p", fallback, c);
    return c;
  }

  @Test
  void takesMainTextAndOpenGraphMetadata() {
    Article a = read(Samples.HTML, null).articles.get(0);
    assertEquals("Kishida arrives in Seoul", a.title());
    assertEquals(LocalDate.of(2023, 5, 7), a.date());
    assertEquals("https://example.org/kishida-seoul", a.url());
    assertEquals("Example Wire", a.source());
    assertTrue(a.text().startsWith("Japanese Prime Minister Fumio Kishida"), a.text());
    assertTrue(a.text().contains("\n\nThe two leaders"), a.text());
    assertFalse(a.text().contains("newsletter") || a.text().contains("Copyright") || a.text().contains("World news"));
  }

  @Test
  void dateFromJsonLdThenTimeElementThenFallback() {
    String body = "<body><div><p>" + Samples.BODY + "</p></div></body>";
    String ld = "<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\"},"
        + " {\"@type\": \"NewsArticle\", \"headline\": \"From LD\", \"datePublished\": \"2024-01-28T08:00:00Z\"}]}"
        + "</script></head>" + body + "</html>";
    Article a = read(ld, null).articles.get(0);
    assertEquals(LocalDate.of(2024, 1, 28), a.date());
    assertEquals("From LD", a.title());
    String time = "<html><body><time datetime=\"2022-11-30\">Nov 30</time><div><p>" + Samples.BODY + "</p></div></body></html>";
    assertEquals(LocalDate.of(2022, 11, 30), read(time, null).articles.get(0).date());
    String none = "<html><body><div><p>" + Samples.BODY + "</p></div></body></html>";
    assertEquals(LocalDate.of(2021, 3, 3), read(none, LocalDate.of(2021, 3, 3)).articles.get(0).date());
    Collected unknown = read(none, null);
    assertEquals(DatePrecision.UNKNOWN, unknown.articles.get(0).datePrecision());
    assertTrue(unknown.warnings.get(0).toString().startsWith("p.html: no publication date"));
  }

  @Test
  void pageWithNoTextIsRejected() {
    Collected c = read("<html><head><title>Index</title></head><body><nav>Home | World</nav>"
        + "<script>var x = 'a long script that is not text at all, really not';</script></body></html>", null);
    assertEquals(0, c.articles.size());
    assertEquals("p.html: HTML page with no article text; skipped", c.problems.get(0).toString());
  }
}
