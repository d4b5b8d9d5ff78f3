package org.entente.model;

import java.util.Set;

/**
 * Verbs that report what someone said ("said", "told reporters", "added"): a closed class of English
 * news grammar, shared by the coder (reported speech) and the actor resolver (who "we" is in a quote).
 */
public final class Speech {

  private static final Set<String> REPORTING = Set.of(
      "say", "declare", "insist", "reiterate", "stress", "state", "tell", "add", "announce", "write", "repeat",
      "maintain", "assert", "argue", "conclude", "emphasize", "emphasise", "underline", "report", "confirm");

  private Speech() {}

  /** Whether a verb lemma reports speech. */
  public static boolean reports(String lemma) {
    return REPORTING.contains(lemma);
  }
}
