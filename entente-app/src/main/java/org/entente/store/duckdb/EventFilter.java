package org.entente.store.duckdb;

import java.time.LocalDate;

/**
 * An EventFilter selects events for {@link DuckDbEventQueries#events}; every field is optional (null).
 *
 * <p>An actor filter of three letters matches the country ({@code JPN}), a longer one the whole actor
 * code ({@code JPNGOV}). {@code dyadA}/{@code dyadB} match the pair in either direction. Dates are
 * half-open: {@code from} inclusive, {@code to} exclusive, on the event date.
 *
 * @param text words to find in the sentence, ignoring case
 * @param includeFlagged also return negated and hypothetical events
 */
public record EventFilter(
    String source, String target, String country, String dyadA, String dyadB, String code, String root,
    Integer quadClass, LocalDate from, LocalDate to, String text, boolean includeFlagged) {}
