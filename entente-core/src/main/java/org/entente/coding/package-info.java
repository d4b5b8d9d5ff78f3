/**
 * Event coding: the CAMEO table, the event pattern dictionary, and the coder that matches patterns on
 * a sentence's dependency graph, with negation and modality.
 */
package org.entente.coding;
