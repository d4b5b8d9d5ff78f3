package org.entente.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * The CAMEO → PLOVER event-type translation table (lines {@code code: EVENT, mode, context # name}), read
 * from the file the user gives. A code without its own line takes its three-digit parent's type, then
 * its root's; a code that maps to nothing ("dropped" roots 01 and 02) has no type.
 */
public final class PloverCrosswalk {

  private final Map<String, String> types;

  private PloverCrosswalk(Map<String, String> types) {
    this.types = types;
  }

  public static PloverCrosswalk read(Reader in) throws IOException {
    Map<String, String> types = new HashMap<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    while ((line = r.readLine()) != null) {
      int hash = line.indexOf('#');
      String data = (hash >= 0 ? line.substring(0, hash) : line).trim();
      int colon = data.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String code = data.substring(0, colon).trim();
      if (!code.matches("\\d{2,4}")) {
        continue;
      }
      String rest = data.substring(colon + 1).trim();
      String type = rest.split(",")[0].trim();
      if (!type.isEmpty() && type.matches("[A-Z_]+")) {
        types.put(code, type);
      }
    }
    return new PloverCrosswalk(types);
  }

  /** The PLOVER type of a CAMEO code, or "" when it has none. */
  public String type(String cameo) {
    for (int len = cameo.length(); len >= 2; len--) {
      String t = types.get(cameo.substring(0, len));
      if (t != null) {
        return t;
      }
    }
    return "";
  }
}
