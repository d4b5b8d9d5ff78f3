package org.entente.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A FormatSniffer tells an input's format from its first bytes, whatever the file is called.
 *
 * <p>{@code WARC/} opens a WARC record; a NUL byte means a binary file (empty result); {@code {}
 * opens JSON Lines; markup is a feed when its first root-like tag is {@code rss}, {@code feed} or
 * {@code rdf:RDF}, and HTML otherwise; anything else is plain text.
 */
final class FormatSniffer {

  /** How many bytes to look at; a page's doctype, comments and feed root fit in this. */
  static final int HEAD_BYTES = 4096;

  private FormatSniffer() {}

  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** The format of content starting with {@code head}, or empty for binary content. */
  static Optional<InputFormat> sniff(byte[] head) {
    int start = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      start = 3;
    }
    while (start < head.length && isSpace(head[start])) {
      start++;
    }
    if (startsWith(head, start, "WARC/")) {
      return Optional.of(InputFormat.WARC);
    }
    for (byte b : head) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    if (start < head.length && head[start] == '{') {
      return Optional.of(InputFormat.JSONL);
    }
    if (start < head.length && head[start] == '<') {
      return Optional.of(markup(new String(head, start, head.length - start, StandardCharsets.ISO_8859_1)
          .toLowerCase(Locale.ROOT)));
    }
    return Optional.of(InputFormat.TEXT);
  }

  private static InputFormat markup(String head) {
    int html = first(head, "<html", "<head", "<body", "<!doctype html");
    int feed = first(head, "<rss", "<feed", "<rdf:rdf");
    return feed >= 0 && (html < 0 || feed < html) ? InputFormat.FEED : InputFormat.HTML;
  }

  private static int first(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int i = s.indexOf(n);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  private static boolean startsWith(byte[] b, int at, String prefix) {
    if (b.length - at < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (b[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
}
