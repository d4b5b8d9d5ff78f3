package org.entente.model;

import java.time.LocalDate;

/**
 * One coded event: who did what to whom, when, from which sentence and by which rule.
 *
 * <p>The field names are the public record format (JSON Lines export, database columns).
 * {@code charStart}/{@code charEnd} span the sentence in the article text; the {@code trigger*},
 * {@code source}, {@code target} offsets let a reader highlight the words behind the event.
 */
public record Event(
    String id,
    String doc,
    LocalDate docDate,
    EventDate when,
    Actor source,
    Actor target,
    CameoCode cameo,
    boolean negated,
    boolean hypothetical,
    String sentence,
    int sentenceIndex,
    int charStart,
    int charEnd,
    String trigger,
    int triggerStart,
    int triggerEnd,
    String pattern) {

  public String code() {
    return cameo.code();
  }

  /** Whether the event counts in relations figures by default: both actors known, realis. */
  public boolean factual() {
    return !negated && !hypothetical && source.known() && target.known();
  }
}
