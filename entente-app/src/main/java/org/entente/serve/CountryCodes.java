package org.entente.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * CountryCodes is the set of three-letter codes an actor's "country" can have: the ISO 3166 codes of the
 * bundled countries dictionary, plus IGO and NGO for organisations. Immutable and thread-safe.
 */
final class CountryCodes {

  private final Set<String> codes;

  private CountryCodes(Set<String> codes) {
    this.codes = Set.copyOf(codes);
  }

  /** The codes of the bundled dictionaries (class-path resources shipped by entente-core). */
  static CountryCodes bundled() {
    Set<String> codes = new TreeSet<>();
    read("/dictionaries/actors/countries.tsv", codes);
    read("/dictionaries/actors/organizations.tsv", codes);
    return new CountryCodes(codes);
  }

  private static void read(String resource, Set<String> into) {
    try (InputStream in = CountryCodes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#") && line.length() >= 3) {
          into.add(line.substring(0, 3));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean contains(String code) {
    return codes.contains(code);
  }
}
