/**
 * Dates: the date each event happened, from the temporal expression that governs its trigger in the
 * dependency graph, resolved against the publication date with the tense of the verb.
 */
package org.entente.dates;
