/**
 * Ingest: reading and validating articles from JSON Lines, plain text, HTML pages, RSS and Atom
 * feeds and WARC archives (each optionally gzipped), from files, folders and standard input, with the
 * format told from the content. Bad input is reported with its file and line or record; the rest of
 * the batch goes on. {@link org.entente.ingest.DuplicateFilter} makes re-runs idempotent.
 */
package org.entente.ingest;
