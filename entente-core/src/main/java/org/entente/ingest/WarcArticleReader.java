package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.entente.model.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the web pages archived in a WARC file (plain or per-record gzip, as Common Crawl News ships
 * them) with jwarc: each {@code response} record with an HTTP 200 HTML payload is read by
 * {@link HtmlArticleReader}; request, metadata, revisit and non-HTML records are passed over.
 *
 * <p>The article id is the record's WARC-Target-URI (its WARC-Record-ID when it has none); the page's
 * own date wins over the record's WARC-Date, which is the fallback. Records are located as
 * {@code file#record N}. A malformed record ends the file: WARC has no way to find the next record.
 */
public final class WarcArticleReader {

  /** Pages larger than this are not news articles; skipped without being held in memory. */
  static final int MAX_PAGE_BYTES = 10 * 1024 * 1024;

  private WarcArticleReader() {}

  public static void read(String name, InputStream in, ArticleSink sink) {
    int n = 0;
    int[] at = {1};
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        n++;
        at[0] = n;
        if (next.get() instanceof WarcResponse response) {
          page(name + "#record " + n, response, sink);
        }
        at[0] = n + 1;
      }
      if (n == 0) {
        sink.problem(new Problem(name, "WARC file has no records"));
      }
    } catch (IOException | RuntimeException e) {
      sink.problem(new Problem(name + "#record " + at[0], "malformed or truncated WARC record, rest of file skipped: "
          + e.getMessage()));
    }
  }

  private static void page(String where, WarcResponse r, ArticleSink sink) throws IOException {
    String type = r.contentType().toString().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/http")) {
      return;
    }
    HttpResponse http = r.http();
    String media = http.contentType().base().toString().toLowerCase(Locale.ROOT);
    if (http.status() != 200 || !(media.equals("text/html") || media.equals("application/xhtml+xml"))) {
      return;
    }
    byte[] body;
    try (InputStream s = http.bodyDecoded().stream()) {
      body = s.readNBytes(MAX_PAGE_BYTES + 1);
    }
    String uri = r.target();
    String id = uri == null || uri.isBlank() ? r.id().toString() : uri;
    if (body.length > MAX_PAGE_BYTES) {
      sink.problem(new Problem(where, "page " + id + " larger than " + MAX_PAGE_BYTES + " bytes; skipped"));
      return;
    }
    LocalDate warcDate = r.date() == null ? null : r.date().atZone(ZoneOffset.UTC).toLocalDate();
    HtmlArticleReader.read(where + " (" + id + ")", id, body, uri, warcDate, sink);
  }
}
