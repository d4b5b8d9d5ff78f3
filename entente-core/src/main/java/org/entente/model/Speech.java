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

  /** Nouns that name what someone said: "called the remarks regrettable" points back at the speaker. */
  private static final Set<String> UTTERANCES = Set.of(
      "remark", "remarks", "comment", "comments", "statement", "word", "words", "rhetoric", "speech", "claim",
      "assertion", "utterance", "accusation", "allegation");

  /** Utterances that charge someone with a deed: their author is whoever made the latest accusation. */
  private static final Set<String> ACCUSATIONS = Set.of("accusation", "allegation");

  private Speech() {}

  /** Whether a noun lemma names what someone said. */
  public static boolean utterance(String lemma) {
    return UTTERANCES.contains(lemma);
  }

  /** Whether a noun lemma names an accusation ("dismissed the accusation", "the allegations"). */
  public static boolean accusation(String lemma) {
    return ACCUSATIONS.contains(lemma);
  }

  /** Whether a verb lemma reports speech. */
  public static boolean reports(String lemma) {
    return REPORTING.contains(lemma);
  }
}
