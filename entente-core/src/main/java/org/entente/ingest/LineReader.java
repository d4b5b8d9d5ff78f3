package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.ByteBuffer;

/**
 * A LineReader reads lines with a length cap: a longer line is consumed to its end and reported as
 * truncated instead of being held in memory whole. Lines are bytes decoded one by one, so a line of
 * invalid UTF-8 is reported ({@link #invalid()}) without losing the lines after it. Counts lines from 1.
 */
final class LineReader {

  private final InputStream bytes;
  private final Reader chars;
  private final int max;
  private int number;
  private boolean truncated;
  private boolean invalid;
  private boolean eof;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;

  /** Reads UTF-8 bytes; {@code max} counts bytes. */
  LineReader(InputStream in, int max) {
    this.bytes = in;
    this.chars = null;
    this.max = max;
  }

  /** Reads already decoded characters; {@code max} counts characters. */
  LineReader(Reader in, int max) {
    this.bytes = null;
    this.chars = in;
    this.max = max;
  }

  /** The next line without its terminator, or null at the end of input. */
  String next() throws IOException {
    if (eof) {
      return null;
    }
    truncated = false;
    invalid = false;
    return bytes != null ? nextFromBytes() : nextFromChars();
  }

  private String nextFromBytes() throws IOException {
    java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
    boolean any = false;
    boolean newline = false;
    while (!newline) {
      if (pos == limit) {
        limit = bytes.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      int keep = Math.min(pos - start, max - line.size());
      if (keep < pos - start) {
        truncated = true;
      }
      line.write(buffer, start, Math.max(0, keep));
      if (pos < limit) {
        pos++;
        newline = true;
      }
    }
    if (endOfLine(newline ? '\n' : -1, any)) {
      return null;
    }
    try {
      return chomp(ArticleInputs.decoder().decode(ByteBuffer.wrap(line.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      invalid = true;
      return "";
    }
  }

  private String nextFromChars() throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    boolean any = false;
    while ((c = chars.read()) != -1) {
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
    if (endOfLine(c, any)) {
      return null;
    }
    return chomp(sb.toString());
  }

  /** Records the end of input; true when there is no line at all. */
  private boolean endOfLine(int c, boolean any) {
    if (c == -1) {
      eof = true;
      if (!any) {
        return true;
      }
    }
    number++;
    return false;
  }

  private static String chomp(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  int number() {
    return number;
  }

  boolean truncated() {
    return truncated;
  }

  /** The last line was not valid UTF-8 (and {@link #next()} returned an empty string for it). */
  boolean invalid() {
    return invalid;
  }
}
