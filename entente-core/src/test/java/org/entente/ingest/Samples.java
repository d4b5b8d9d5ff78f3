package org.entente.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Small hand-made inputs of every format, shared by the reader tests and the fuzz tests. */
final class Samples {

  private Samples() {}

  static final String BODY = "Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday for talks with "
      + "President Yoon Suk Yeol, the first such visit in twelve years.";

  static final String JSONL = "{\"id\": \"a1\", \"date\": \"2023-05-07\", \"title\": \"Kishida in Seoul\", \"text\": \""
      + BODY + "\"}\n{\"id\": \"a2\", \"date\": \"2023-05-08\", \"text\": \"Yoon met Kishida again on Monday.\"}\n";

  static final String TEXT = "Title: Kishida arrives in Seoul\nDate: 2023-05-07\n\n" + BODY + "\n";

  static final String HTML = """
      <!DOCTYPE html>
      <html><head><title>Kishida arrives | Example Wire</title>
      <meta property="og:title" content="Kishida arrives in Seoul">
      <meta property="article:published_time" content="2023-05-07T09:30:00+09:00">
      <meta property="og:site_name" content="Example Wire">
      <link rel="canonical" href="https://example.org/kishida-seoul">
      </head><body>
      <nav><ul><li>Home</li><li>World news and analysis from our correspondents</li></ul></nav>
      <header>Subscribe to our newsletter for the latest headlines</header>
      <article><h1>Kishida arrives in Seoul</h1>
      <p>%s</p>
      <p>The two leaders are expected to discuss the wartime labour issue and North Korea.</p>
      </article>
      <footer>Copyright Example Wire, all rights reserved in every country</footer>
      </body></html>
      """.formatted(BODY);

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Example Wire</title><link>https://example.org</link>
      <description>News</description>
      <item><title>Kishida arrives in Seoul</title><link>https://example.org/a</link>
      <guid>https://example.org/a</guid><pubDate>Sun, 07 May 2023 09:00:00 GMT</pubDate>
      <description>&lt;p&gt;%s&lt;/p&gt;</description></item>
      <item><title>Yoon replies</title><link>https://example.org/b</link>
      <pubDate>Mon, 08 May 2023 10:00:00 GMT</pubDate>
      <description>Yoon met Kishida again on Monday.</description></item>
      </channel></rss>
      """.formatted(BODY);

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><id>urn:example</id>
      <updated>2023-05-08T00:00:00Z</updated>
      <entry><title>Kishida arrives in Seoul</title><id>urn:example:a</id>
      <link href="https://example.org/a"/><published>2023-05-07T09:00:00Z</published>
      <updated>2023-05-07T10:00:00Z</updated>
      <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry>
      </feed>
      """.formatted(BODY);

  /** A WARC file with a warcinfo record, a request, and one HTML response of {@code html}. */
  static byte[] warc(String uri, String warcDate, String html, boolean gzipEachRecord) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n" + html;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, record("warcinfo", null, warcDate, "application/warc-fields", "software: test\r\n"), gzipEachRecord);
    write(out, record("request", uri, warcDate, "application/http; msgtype=request",
        "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"), gzipEachRecord);
    write(out, record("response", uri, warcDate, "application/http; msgtype=response", http), gzipEachRecord);
    return out.toByteArray();
  }

  private static int ids;

  private static byte[] record(String type, String uri, String date, String contentType, String block) {
    byte[] b = block.getBytes(StandardCharsets.UTF_8);
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "WARC-Date: " + date + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", ++ids)
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + b.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(b);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, byte[] record, boolean gzip) {
    out.writeBytes(gzip ? gzip(record) : record);
  }

  static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(b);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
