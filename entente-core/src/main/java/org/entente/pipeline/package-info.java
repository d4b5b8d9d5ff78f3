/**
 * Pipeline wiring: the dictionaries as loaded, the selector of sentences worth parsing, and the
 * extractor that runs actors → coding → dates on an annotated article.
 */
package org.entente.pipeline;
