package org.entente.model;

import java.util.Locale;

/** Where an event's date came from, so analysts can tell a dated event from an assumed one. */
public enum DateBasis {
  /** A temporal expression that names the date ("on March 16, 2023", "in 2019"). */
  EXPLICIT,
  /** A relative expression resolved against the publication date ("on Tuesday", "last year"). */
  RELATIVE,
  /** Inferred from the neighbouring sentences of the article. */
  CONTEXT,
  /** No expression: the publication date stands in. */
  PUBLICATION,
  /** Nothing to go on (the article has no publication date either). */
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
