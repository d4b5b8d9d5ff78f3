package org.entente.annotate;

import java.util.List;
import org.entente.model.Token;

/** Decides from the cheap annotations whether a sentence can hold an event and so is worth parsing. */
@FunctionalInterface
public interface SentenceSelector {

  boolean worthParsing(List<Token> tokens);

  /** Parse everything (for comparisons and benchmarks). */
  SentenceSelector ALL = tokens -> true;
}
