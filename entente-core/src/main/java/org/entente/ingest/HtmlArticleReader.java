package org.entente.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.entente.model.Article;
import org.entente.model.DatePrecision;
import org.entente.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads one web page as an article: main text ({@link MainText}), title, date, URL and site from the
 * page's metadata ({@link PageMetadata}). The character set comes from a byte-order mark or the page's
 * meta charset, UTF-8 otherwise. A page without article text is rejected.
 *
 * <p>Thread-safe: no state.
 */
public final class HtmlArticleReader {

  /** Fewer characters than this is not an article (an index page, a paywall stub, an error page). */
  static final int MIN_TEXT_CHARS = 40;

  private HtmlArticleReader() {}

  /**
   * Reads a page. {@code fallbackDate} (e.g. a WARC-Date) is used when the page declares no date;
   * {@code url} when it declares no canonical URL.
   */
  public static void read(String where, String id, byte[] html, String url, LocalDate fallbackDate,
      ArticleSink sink) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(html), null, url == null ? "" : url);
    } catch (IOException | RuntimeException e) {
      sink.problem(new Problem(where, "unreadable HTML: " + e.getMessage()));
      return;
    }
    PageMetadata meta = PageMetadata.of(doc);
    String text = MainText.of(doc);
    if (text.length() < MIN_TEXT_CHARS) {
      sink.problem(new Problem(where, "HTML page with no article text"
          + (text.isEmpty() ? "" : " (only " + text.length() + " characters)") + "; skipped"));
      return;
    }
    LocalDate day = meta.date() != null ? meta.date() : fallbackDate;
    if (day == null) {
      day = PublicationDateFinder.find(text).orElse(null);
    }
    if (day == null) {
      sink.warning(new Problem(where, "no publication date in the page; coded with date_precision \"unknown\""));
    }
    sink.article(new Article(id, day, day == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, meta.title(),
        meta.url() != null ? meta.url() : url, meta.site(), text, where));
  }
}
