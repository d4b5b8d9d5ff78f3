/**
 * Immutable records that flow between the pipeline stages: articles, annotated sentences, events.
 * Nothing in this package depends on an NLP library, a database or a web server.
 */
package org.entente.model;
