package org.entente.store.duckdb;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An EventCursor marks where a page of events ended: the sort key and id of its last row, written as an
 * opaque URL-safe token so clients pass it back unchanged.
 */
public record EventCursor(EventOrder order, String key, String id) {

  public String encode() {
    String raw = order.name() + "\n" + key + "\n" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a token made by {@link #encode}; it must belong to the same sort order. */
  public static EventCursor decode(String token, EventOrder expected) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cursor '" + token + "' is not one this server gave out");
    }
    String[] parts = raw.split("\n", 3);
    if (parts.length != 3 || !parts[0].equals(expected.name())) {
      throw new IllegalArgumentException("cursor '" + token + "' does not belong to this sort order; start again without it");
    }
    return new EventCursor(expected, parts[1], parts[2]);
  }
}
