/**
 * Annotation: the interface the pipeline uses to tokenise, tag and parse articles. Implementations
 * (the CoreNLP adapter) live outside the core; no NLP library type crosses this interface.
 */
package org.entente.annotate;
