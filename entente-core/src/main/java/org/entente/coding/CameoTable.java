package org.entente.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.entente.model.CameoCode;
import org.entente.model.Problem;

/**
 * The CAMEO event codes with root, quad class and Goldstein value, read from
 * {@code dictionaries/cameo-codes.tsv} (docs/dictionaries.md, section 5). Immutable, thread-safe.
 */
public final class CameoTable {

  private final Map<String, CameoCode> codes;

  private CameoTable(Map<String, CameoCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  public static CameoTable read(String name, Reader in, Consumer<Problem> problems) throws IOException {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(in);
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      int hash = line.indexOf('#');
      String data = hash >= 0 ? line.substring(0, hash) : line;
      if (data.isBlank()) {
        continue;
      }
      String[] cols = data.split("\t");
      try {
        if (cols.length < 5) {
          throw new IllegalArgumentException("expected CODE, ROOT, QUAD_CLASS, GOLDSTEIN, LABEL separated by tabs");
        }
        CameoCode code = new CameoCode(cols[0].trim(), cols[1].trim(), Integer.parseInt(cols[2].trim()),
            Double.parseDouble(cols[3].trim()), cols[4].trim());
        if (codes.put(code.code(), code) != null) {
          throw new IllegalArgumentException("code " + code.code() + " is listed twice");
        }
      } catch (IllegalArgumentException e) {
        problems.accept(new Problem(name + ":" + n, e.getMessage()));
      }
    }
    return new CameoTable(codes);
  }

  public Optional<CameoCode> get(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /**
   * The code's entry, or — for codes outside the table, as peer dictionaries use — an entry
   * borrowing its root's quad class and Goldstein value.
   */
  public CameoCode lookup(String code) {
    CameoCode c = codes.get(code);
    if (c != null) {
      return c;
    }
    String root = code.length() >= 2 ? code.substring(0, 2) : code;
    CameoCode r = codes.get(root);
    if (r == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("unknown CAMEO code: " + code);
    }
    return new CameoCode(code, root, r.quadClass(), r.goldstein(), r.label());
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public Collection<CameoCode> all() {
    return codes.values();
  }
}
