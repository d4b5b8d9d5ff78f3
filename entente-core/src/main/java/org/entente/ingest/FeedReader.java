package org.entente.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.entente.model.Article;
import org.entente.model.DatePrecision;
import org.entente.model.Problem;
import org.jsoup.Jsoup;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME: each item is an article whose text is the
 * item's content, or its description when it has none, with any HTML markup reduced to text.
 *
 * <p>The id is the item's guid or id, else its link. The date is the item's published date, else its
 * updated date (UTC). Items are located as {@code file#item N}. Thread-safe: no state.
 */
public final class FeedReader {

  private FeedReader() {}

  public static void read(String name, byte[] xml, ArticleSink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
    } catch (Exception | StackOverflowError e) {
      // ROME reports malformed XML, unknown feed types and forbidden DOCTYPEs with several exception types
      sink.problem(new Problem(name, "not a readable RSS or Atom feed: " + e.getMessage()));
      return;
    }
    String site = feed.getTitle();
    int n = 0;
    int read = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String where = name + "#item " + n;
      String id = firstNonBlank(e.getUri(), e.getLink());
      if (id == null) {
        sink.problem(new Problem(where, "feed item has neither guid/id nor link; skipped"));
        continue;
      }
      String text = text(e);
      if (text.isBlank()) {
        sink.problem(new Problem(where, "feed item " + id + " has no text (no content or description); skipped"));
        continue;
      }
      LocalDate day = day(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
      if (day == null) {
        sink.warning(new Problem(where, "feed item " + id + " has no date; coded with date_precision \"unknown\""));
      }
      sink.article(new Article(id.strip(), day, day == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, e.getTitle(),
          e.getLink(), site, text, where));
      read++;
    }
    if (n == 0) {
      sink.problem(new Problem(name, "feed has no items"));
    } else if (read == 0) {
      sink.warning(new Problem(name, "no article read from the feed's " + n + " items"));
    }
  }

  private static String text(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        sb.append(c.getValue()).append('\n');
      }
    }
    if (sb.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
      sb.append(e.getDescription().getValue());
    }
    String markup = sb.toString();
    if (markup.indexOf('<') < 0) {
      return markup.strip();
    }
    return MainText.of(Jsoup.parseBodyFragment(markup));
  }

  private static LocalDate day(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
