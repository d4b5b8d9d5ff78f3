/** The Stanford CoreNLP adapter: CoreNLP types stop here. */
package org.entente.annotate.corenlp;
