package org.entente.pipeline;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorDictionary;
import org.entente.annotate.SentenceSelector;
import org.entente.coding.PatternSet;
import org.entente.model.Token;

/**
 * Accepts a sentence for the expensive pass when it has at least one actor (a dictionary phrase, a
 * role word such as "police" or "protesters" that takes its country from the context, or a pronoun
 * or group noun that may refer to one) and at least one word that can trigger an event.
 * Thread-safe.
 */
public final class TriggerSelector implements SentenceSelector {

  private static final Set<String> REFERRING = Set.of("he", "she", "they", "both", "two", "three");

  private final ActorDictionary actors;
  private final PatternSet patterns;

  public TriggerSelector(ActorDictionary actors, PatternSet patterns) {
    this.actors = actors;
    this.patterns = patterns;
  }

  @Override
  public boolean worthParsing(List<Token> tokens) {
    boolean trigger = false;
    boolean referring = false;
    for (Token t : tokens) {
      if (!trigger && (t.isVerb() || t.isNoun()) && patterns.isTrigger(t.key())) {
        trigger = true;
      }
      if (!referring && REFERRING.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
        referring = true;
      }
    }
    if (!trigger) {
      return false;
    }
    return referring || !actors.findActors(tokens).isEmpty() || !actors.findRoles(tokens).isEmpty();
  }
}
