/**
 * Ingest: reading and validating articles from JSON Lines and text files, folders and standard
 * input. Bad input is reported with its file and line; the rest of the batch goes on.
 */
package org.entente.ingest;
