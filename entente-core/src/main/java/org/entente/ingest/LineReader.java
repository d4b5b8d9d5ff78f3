package org.entente.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a length cap: a longer line is consumed to its end and reported as truncated
 * instead of being held in memory whole. Counts line numbers from 1.
 */
final class LineReader {

  private final Reader in;
  private final int max;
  private int number;
  private boolean truncated;
  private boolean eof;

  LineReader(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line without its terminator, or null at the end of input. */
  String next() throws IOException {
    if (eof) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    truncated = false;
    int c;
    boolean any = false;
    while ((c = in.read()) != -1) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (sb.length() < max) {
        sb.append((char) c);
      } else {
        truncated = true;
      }
    }
    if (c == -1) {
      eof = true;
      if (!any) {
        return null;
      }
    }
    number++;
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == '\r') {
      sb.setLength(len - 1);
    }
    return sb.toString();
  }

  int number() {
    return number;
  }

  boolean truncated() {
    return truncated;
  }
}
