package org.entente.ingest;

/**
 * A FingerprintTable maps 64-bit fingerprints to 64-bit values in two primitive arrays (open
 * addressing, linear probing): 16 bytes a slot, at most three quarters of the slots used, so between
 * 21 and 43 bytes an entry and no object per entry. The keys must be well-mixed hashes (the low bits
 * pick the slot). Not thread-safe.
 */
final class FingerprintTable {

  /** Marks an empty slot; a key equal to it is stored as {@link #ZERO_KEY} instead. */
  private static final long EMPTY = 0L;
  private static final long ZERO_KEY = 0x9E3779B97F4A7C15L;

  private long[] keys;
  private long[] values;
  private int size;

  FingerprintTable() {
    keys = new long[1 << 10];
    values = new long[keys.length];
  }

  int size() {
    return size;
  }

  /** The value stored under {@code key}, or {@code missing}. */
  long get(long key, long missing) {
    long k = key == EMPTY ? ZERO_KEY : key;
    int mask = keys.length - 1;
    for (int i = (int) k & mask; ; i = (i + 1) & mask) {
      if (keys[i] == k) {
        return values[i];
      }
      if (keys[i] == EMPTY) {
        return missing;
      }
    }
  }

  /** Stores {@code value} under {@code key}, replacing any value stored before. */
  void put(long key, long value) {
    if (4L * (size + 1) > 3L * keys.length) {
      grow();
    }
    if (insert(keys, values, key == EMPTY ? ZERO_KEY : key, value)) {
      size++;
    }
  }

  private static boolean insert(long[] keys, long[] values, long k, long value) {
    int mask = keys.length - 1;
    for (int i = (int) k & mask; ; i = (i + 1) & mask) {
      if (keys[i] == k) {
        values[i] = value;
        return false;
      }
      if (keys[i] == EMPTY) {
        keys[i] = k;
        values[i] = value;
        return true;
      }
    }
  }

  private void grow() {
    if (keys.length >= 1 << 30) {
      throw new IllegalStateException("more than " + size + " entries in a fingerprint table");
    }
    long[] k = new long[keys.length * 2];
    long[] v = new long[k.length];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        insert(k, v, keys[i], values[i]);
      }
    }
    keys = k;
    values = v;
  }

  /** Bytes held by the arrays (for tests and benchmarks). */
  long bytes() {
    return 16L * keys.length;
  }
}
