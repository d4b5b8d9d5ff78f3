package org.entente.model;

/**
 * An actor as resolved on the event's date: a CAMEO-style code (country + roles, e.g. {@code JPNGOV})
 * and the words of the text it was read from.
 *
 * <p>An unknown actor has an empty code and keeps its text, so that analysts see what the
 * dictionaries miss. {@code begin}/{@code end} are character offsets in the article (-1 when the
 * actor was not written in the sentence, e.g. taken from an earlier one).
 */
public record Actor(String code, String text, int begin, int end) {

  public Actor {
    code = code == null ? "" : code;
    text = text == null ? "" : text;
  }

  /** No actor at all: the event has no such side ("Akayev agreed to resign" has no target). */
  public static final Actor ABSENT = new Actor("", "", -1, -1);

  /** Whether this side of the event is missing altogether, rather than written but not resolved. */
  public boolean absent() {
    return code.isEmpty() && text.isEmpty();
  }

  public boolean known() {
    return !code.isEmpty();
  }

  /** The first three letters of the code: the country (or {@code IGO}, {@code NGO}); "" when unknown. */
  public String country() {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }
}
