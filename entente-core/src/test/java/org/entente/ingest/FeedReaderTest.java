package org.entente.ingest;

import static org.entente.ingest.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.entente.model.Article;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

  @Test
  void rssItemsAreArticlesWithTextFromTheirDescription() {
    Collected c = new Collected();
    FeedReader.read("f.rss", utf8(Samples.RSS), c);
    assertEquals(2, c.articles.size());
    Article a = c.articles.get(0);
    assertEquals("https://example.org/a", a.id());
    assertEquals(Samples.BODY, a.text());
    assertEquals(LocalDate.of(2023, 5, 7), a.date());
    assertEquals("Example Wire", a.source());
    assertEquals("f.rss#item 1", a.origin());
    assertEquals("https://example.org/b", c.articles.get(1).id());
  }

  @Test
  void atomEntryUsesContentAndPublishedDate() {
    Collected c = new Collected();
    FeedReader.read("f.atom", utf8(Samples.ATOM), c);
    Article a = c.articles.get(0);
    assertEquals("urn:example:a", a.id());
    assertEquals(Samples.BODY, a.text());
    assertEquals(LocalDate.of(2023, 5, 7), a.date());
  }

  @Test
  void itemWithoutTextAndBrokenFeedAreRejected() {
    Collected c = new Collected();
    FeedReader.read("f.rss", utf8(Samples.RSS.replace("Yoon met Kishida again on Monday.", "")), c);
    assertEquals(1, c.articles.size());
    assertEquals("f.rss#item 2: feed item https://example.org/b has no text (no content or description); skipped",
        c.problems.get(0).toString());
    Collected broken = new Collected();
    FeedReader.read("g.rss", utf8(Samples.RSS.substring(0, 300)), broken);
    assertTrue(broken.problemText().startsWith("[g.rss: not a readable RSS or Atom feed"), broken.problemText());
  }
}
