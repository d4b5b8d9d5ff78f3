package org.entente.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PloverTypes maps a CAMEO event code to its PLOVER event type and mode, read from
 * {@code dictionaries/plover-types.tsv} (code, type, mode; a code takes its longest listed prefix).
 *
 * <p>Immutable and thread-safe once read.
 */
public final class PloverTypes {

  /** A PLOVER event type with its mode ("" when none). */
  public record Type(String type, String mode) {}

  private final Map<String, Type> byCode;

  private PloverTypes(Map<String, Type> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** Reads the table; a malformed line is an error naming its file and line. */
  public static PloverTypes read(String name, Reader in) throws IOException {
    Map<String, Type> m = new HashMap<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2 || !f[0].matches("\\d{2,4}") || !f[1].matches("[A-Z_]+")) {
        throw new IllegalArgumentException(name + ":" + n + ": expected CAMEO code, tab, PLOVER type[, tab, mode]");
      }
      m.put(f[0], new Type(f[1], f.length > 2 ? f[2].strip() : ""));
    }
    return new PloverTypes(m);
  }

  /** The table bundled with Entente. */
  public static PloverTypes bundled() {
    String path = "dictionaries/plover-types.tsv";
    try (InputStream in = PloverTypes.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the class path");
      }
      return read(path, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PLOVER type of a CAMEO code; empty for codes PLOVER drops (roots 01 and 02). */
  public Optional<Type> of(String cameo) {
    for (int len = cameo.length(); len >= 2; len--) {
      Type t = byCode.get(cameo.substring(0, len));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
