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

  /**
   * The verb of saying that reports the clause of {@code node} ("Pakistan's army said [Indian troops had
   * violated the ceasefire]"), up at most three complement clauses ({@code ccomp}); -1 when the clause is
   * not reported so.
   */
  public static int reporterVerb(SentenceGraph g, int node) {
    for (int level = 0; level < 3; level++) {
      Dependency above = g.head(node);
      if (above == null || above.governor() < 0 || !above.relation().startsWith("ccomp")) {
        return -1;
      }
      node = above.governor();
      if (reports(g.token(node).key())) {
        return node;
      }
    }
    return -1;
  }
}
