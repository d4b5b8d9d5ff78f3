package org.entente.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An OriginLog keeps the origin ({@code file:line}) of every article of a run in a few bytes each, so
 * that a message about a later article can still say where an earlier one was read.
 *
 * <p>Consecutive origins share most of their text ({@code in.jsonl:41}, {@code in.jsonl:42}), so each
 * is stored as the length of the prefix it shares with the one before and the UTF-8 bytes of the rest
 * (front coding): three to five bytes for a line of a JSON Lines file. Every 32nd origin is stored
 * whole, so reading one back decodes at most 32. Bytes go to 64 KiB pages: the log grows without
 * copying. Not thread-safe.
 */
final class OriginLog {

  private static final int BLOCK = 32;
  private static final int PAGE_BITS = 16;
  private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;

  private final List<byte[]> pages = new ArrayList<>();
  private long length;
  private long[] blockStarts = new long[16];
  private long count;
  private String previous = "";
  private long cursor;

  /** Appends an origin; returns its number (0 for the first). */
  long add(String origin) {
    long n = count++;
    int shared = 0;
    if (n % BLOCK == 0) {
      int block = Math.toIntExact(n / BLOCK);
      if (block == blockStarts.length) {
        blockStarts = Arrays.copyOf(blockStarts, block * 2);
      }
      blockStarts[block] = length;
    } else {
      shared = sharedPrefix(previous, origin);
    }
    byte[] rest = origin.substring(shared).getBytes(StandardCharsets.UTF_8);
    writeVarint(shared);
    writeVarint(rest.length);
    for (byte b : rest) {
      write(b);
    }
    previous = origin;
    return n;
  }

  /** The origin numbered {@code n}. */
  String get(long n) {
    if (n < 0 || n >= count) {
      throw new IndexOutOfBoundsException("origin " + n + " of " + count);
    }
    cursor = blockStarts[(int) (n / BLOCK)];
    String s = "";
    for (long i = n - n % BLOCK; i <= n; i++) {
      int shared = readVarint();
      byte[] rest = new byte[readVarint()];
      for (int j = 0; j < rest.length; j++) {
        rest[j] = read();
      }
      s = s.substring(0, shared) + new String(rest, StandardCharsets.UTF_8);
    }
    return s;
  }

  long count() {
    return count;
  }

  /** Bytes held by the log (for tests and benchmarks). */
  long bytes() {
    return (long) pages.size() * (1 << PAGE_BITS) + 8L * blockStarts.length;
  }

  /** Chars shared at the start, never ending inside a surrogate pair (the rest is encoded on its own). */
  private static int sharedPrefix(String a, String b) {
    int max = Math.min(a.length(), b.length());
    int i = 0;
    while (i < max && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i > 0 && Character.isHighSurrogate(b.charAt(i - 1)) ? i - 1 : i;
  }

  private void writeVarint(int v) {
    while ((v & ~0x7F) != 0) {
      write((byte) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    write((byte) v);
  }

  private int readVarint() {
    int v = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = read();
      v |= (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
  }

  private void write(byte b) {
    int page = Math.toIntExact(length >>> PAGE_BITS);
    if (page == pages.size()) {
      pages.add(new byte[1 << PAGE_BITS]);
    }
    pages.get(page)[(int) (length & PAGE_MASK)] = b;
    length++;
  }

  private byte read() {
    byte b = pages.get((int) (cursor >>> PAGE_BITS))[(int) (cursor & PAGE_MASK)];
    cursor++;
    return b;
  }
}
