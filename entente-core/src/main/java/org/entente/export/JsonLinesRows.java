package org.entente.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes stored events as Entente's JSON Lines, the same objects {@link EventJson} writes while
 * coding: field names and order of the public record format, the date at its precision.
 */
public final class JsonLinesRows implements EventRowWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean write(EventRow row, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(node(row)));
    out.write('\n');
    return true;
  }

  /** The JSON object of a stored event. */
  public static ObjectNode node(EventRow row) {
    ObjectNode o = JSON.createObjectNode();
    for (String c : EventRow.COLUMNS) {
      Object v = c.equals("date") ? row.dateText() : row.get(c);
      if (v == null) {
        o.putNull(c);
      } else if (v instanceof Boolean b) {
        o.put(c, b);
      } else if (v instanceof Double || v instanceof Float) {
        o.put(c, ((Number) v).doubleValue());
      } else if (v instanceof Number n) {
        o.put(c, n.longValue());
      } else if (v instanceof LocalDate d) {
        o.put(c, d.toString());
      } else {
        o.put(c, v.toString());
      }
    }
    return o;
  }
}
