package org.entente.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.model.Event;

/**
 * The JSON form of an event: one object per line in the JSON Lines export, with the field names of
 * the public record format. Thread-safe.
 */
public final class EventJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  public static ObjectNode node(Event e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.id());
    o.put("doc", e.doc());
    o.put("doc_date", e.docDate() == null ? null : e.docDate().toString());
    o.put("date", e.when().date() == null ? null : e.when().text());
    o.put("date_precision", e.when().precision().label());
    o.put("date_end", e.when().end() == null ? null : e.when().end().toString());
    o.put("date_basis", e.when().basis().label());
    o.put("source", e.source().code());
    o.put("source_country", e.source().country());
    o.put("source_text", e.source().text());
    o.put("target", e.target().code());
    o.put("target_country", e.target().country());
    o.put("target_text", e.target().text());
    o.put("code", e.cameo().code());
    o.put("root", e.cameo().root());
    o.put("quad_class", e.cameo().quadClass());
    o.put("goldstein", e.cameo().goldstein());
    o.put("negated", e.negated());
    o.put("hypothetical", e.hypothetical());
    o.put("sentence", e.sentence());
    o.put("sentence_index", e.sentenceIndex());
    o.put("char_start", e.charStart());
    o.put("char_end", e.charEnd());
    o.put("trigger", e.trigger());
    o.put("trigger_start", e.triggerStart());
    o.put("trigger_end", e.triggerEnd());
    o.put("source_start", e.source().begin());
    o.put("source_end", e.source().end());
    o.put("target_start", e.target().begin());
    o.put("target_end", e.target().end());
    o.put("pattern", e.pattern());
    return o;
  }

  public static String line(Event e) {
    try {
      return JSON.writeValueAsString(node(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
