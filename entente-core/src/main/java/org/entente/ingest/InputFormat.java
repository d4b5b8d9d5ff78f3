package org.entente.ingest;

import java.util.Locale;

/**
 * An InputFormat is one of the kinds of file Entente reads articles from.
 *
 * <p>Detected from a file's first bytes by {@link FormatSniffer}; {@code --format} overrides it. A
 * {@code .gz} file of any format is read through gzip first, so compression is not a format.
 */
public enum InputFormat {
  /** One JSON object per line with id, date and text. */
  JSONL,
  /** A plain-text article with an optional header block. */
  TEXT,
  /** A web page: main text, title and date from its markup and metadata. */
  HTML,
  /** An RSS or Atom feed: each item an article. */
  FEED,
  /** A WARC archive: each HTTP response holding HTML an article. */
  WARC;

  /** Parses a {@code --format} value: the names above in any case, plus {@code rss}, {@code atom}, {@code txt}. */
  public static InputFormat parse(String s) {
    String v = s.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "jsonl", "json", "ndjson" -> JSONL;
      case "text", "txt" -> TEXT;
      case "html", "htm" -> HTML;
      case "feed", "rss", "atom" -> FEED;
      case "warc" -> WARC;
      default -> throw new IllegalArgumentException(
          "unknown input format '" + s + "' (expected jsonl, text, html, feed, warc)");
    };
  }
}
