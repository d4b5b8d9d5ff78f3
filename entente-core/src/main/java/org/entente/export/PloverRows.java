package org.entente.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Writes stored events as PLOVER-style JSON Lines: event type and mode from {@link PloverTypes},
 * actor and recipient with their countries, the date at its precision and the sentence as text.
 * Events whose CAMEO code has no PLOVER type (roots 01 and 02) are skipped.
 */
public final class PloverRows implements EventRowWriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final PloverTypes types;

  public PloverRows(PloverTypes types) {
    this.types = types;
  }

  @Override
  public boolean write(EventRow row, Writer out) throws IOException {
    Optional<PloverTypes.Type> t = types.of(row.text("code"));
    if (t.isEmpty()) {
      return false;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("id", row.text("id"));
    o.put("date", row.dateText());
    o.put("date_precision", row.text("date_precision"));
    o.put("event_type", t.get().type());
    o.put("mode", t.get().mode());
    o.putArray("context");
    o.put("actor", row.text("source"));
    o.put("actor_country", row.text("source_country"));
    o.put("actor_text", row.text("source_text"));
    o.put("recipient", row.text("target"));
    o.put("recipient_country", row.text("target_country"));
    o.put("recipient_text", row.text("target_text"));
    o.put("cameo", row.text("code"));
    o.put("text", row.text("sentence"));
    o.put("doc", row.text("doc"));
    o.put("url", row.text("url"));
    out.write(JSON.writeValueAsString(o));
    out.write('\n');
    return true;
  }
}
