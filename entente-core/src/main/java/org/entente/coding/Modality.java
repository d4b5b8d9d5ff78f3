package org.entente.coding;

/**
 * Whether an event was reported as happening: negated ("did not apologise"), hypothetical
 * ("could attack", "if China attacks"), or stated as an intention or future ("will visit").
 */
public record Modality(boolean negated, boolean hypothetical, boolean intent) {

  public static final Modality REALIS = new Modality(false, false, false);

  Modality or(Modality other) {
    return new Modality(negated || other.negated, hypothetical || other.hypothetical, intent || other.intent);
  }
}
