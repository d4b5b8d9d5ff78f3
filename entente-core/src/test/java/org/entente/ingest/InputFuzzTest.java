package org.entente.ingest;

import static org.entente.ingest.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.entente.model.Article;

/**
 * Fuzzes the input readers with random bytes and with mutated valid inputs of every format (plain and
 * gzipped): every input must be read or rejected, within a time bound, without an exception escaping,
 * and every article read must be usable. Fixed seed and a bounded number of tries keep CI quick and
 * repeatable.
 */
class InputFuzzTest {

  private static final List<byte[]> VALID = List.of(utf8(Samples.JSONL), utf8(Samples.TEXT), utf8(Samples.HTML),
      utf8(Samples.RSS), utf8(Samples.ATOM),
      Samples.warc("https://example.org/k", "2023-05-07T01:02:03Z", Samples.HTML, false),
      Samples.warc("https://example.org/k", "2023-05-07T01:02:03Z", Samples.HTML, true),
      Samples.gzip(utf8(Samples.JSONL)), Samples.gzip(utf8(Samples.HTML)));

  @Property(tries = 300, seed = "20261101")
  void randomBytesAreReadOrRejected(@ForAll @Size(max = 3000) byte[] input) {
    check(input, null);
  }

  @Property(tries = 600, seed = "20261102")
  void mutatedValidInputsAreReadOrRejected(@ForAll("mutated") byte[] input) {
    check(input, null);
  }

  @Property(tries = 200, seed = "20261103")
  void anyFormatOverrideOnAnyInput(@ForAll("mutated") byte[] input, @ForAll InputFormat format) {
    check(input, format);
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    Arbitrary<byte[]> base = Arbitraries.of(VALID);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
    Arbitrary<Long> where = Arbitraries.longs().between(0, Long.MAX_VALUE);
    Arbitrary<byte[]> junk = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    return Combinators.combine(base, kind, where, junk).as(InputFuzzTest::mutate);
  }

  /** Flips, truncates, inserts or duplicates bytes at a place chosen by {@code where}. */
  private static byte[] mutate(byte[] b, int kind, long where, byte[] junk) {
    int at = (int) (where % (b.length + 1));
    switch (kind) {
      case 0 -> {
        byte[] c = b.clone();
        for (int i = 0; i < junk.length && at + i < c.length; i++) {
          c[at + i] ^= junk[i];
        }
        return c;
      }
      case 1 -> {
        return Arrays.copyOf(b, at);
      }
      case 2 -> {
        byte[] c = new byte[b.length + junk.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(junk, 0, c, at, junk.length);
        System.arraycopy(b, at, c, at + junk.length, b.length - at);
        return c;
      }
      case 3 -> {
        byte[] c = Arrays.copyOf(b, b.length + at);
        System.arraycopy(b, 0, c, b.length, at);
        return c;
      }
      default -> {
        return Arrays.copyOfRange(b, at, b.length);
      }
    }
  }

  private static void check(byte[] input, InputFormat format) {
    Collected c = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      Collected sink = new Collected();
      ArticleInputs.readStream("fuzz", "fuzz", new ByteArrayInputStream(input), format, sink);
      return sink;
    });
    assertTrue(!c.articles.isEmpty() || !c.problems.isEmpty() || !c.warnings.isEmpty(),
        "input neither read nor rejected");
    for (Article a : c.articles) {
      assertFalse(a.id().isBlank());
      assertFalse(a.text().isBlank(), "article " + a.id() + " with blank text");
    }
    c.problems.forEach(p -> assertTrue(p.location().startsWith("fuzz"), p.toString()));
  }
}
