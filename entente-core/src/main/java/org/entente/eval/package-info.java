/**
 * Evaluation: gold event sets (Entente's own format, the PETRARCH validation records, PLOVER gold
 * records) and the scorer that matches predicted events against them.
 */
package org.entente.eval;
