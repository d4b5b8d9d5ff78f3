package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FingerprintTableTest {

  @Test
  void keepsEveryEntryThroughGrowthAndAgreesWithAHashMap() {
    FingerprintTable t = new FingerprintTable();
    Map<Long, Long> expected = new HashMap<>();
    SplittableRandom r = new SplittableRandom(8);
    for (int i = 0; i < 100_000; i++) {
      long k = r.nextLong();
      long v = r.nextLong();
      t.put(k, v);
      expected.put(k, v);
      if (i % 7 == 0) { // replace the value of a key stored before
        t.put(k, v + 1);
        expected.put(k, v + 1);
      }
    }
    assertEquals(expected.size(), t.size());
    expected.forEach((k, v) -> assertEquals(v, t.get(k, 42L)));
    assertEquals(42L, t.get(12345L, 42L));
  }

  @Test
  void zeroIsAKeyLikeAnyOther() {
    FingerprintTable t = new FingerprintTable();
    assertEquals(-1L, t.get(0L, -1L));
    t.put(0L, 7L);
    assertEquals(7L, t.get(0L, -1L));
    assertEquals(1, t.size());
  }

  @Test
  void holdsSixteenBytesASlotAtMostThreeQuartersFull() {
    FingerprintTable t = new FingerprintTable();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 1_000_000; i++) {
      t.put(r.nextLong(), i);
    }
    // 2^21 slots for a million entries: 33.5 MB, against ~250 MB for a HashMap of strings.
    assertEquals(16L << 21, t.bytes());
  }
}
