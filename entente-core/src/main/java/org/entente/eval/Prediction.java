package org.entente.eval;

import org.entente.model.Event;

/**
 * A predicted event reduced to what is scored, with the event kept for {@code --show}.
 *
 * @param category the category it is compared in (CAMEO root, or a PLOVER type)
 */
public record Prediction(String doc, String sourceCountry, String targetCountry, String cameo, String category,
    String date, Event event) {}
