package org.entente.actors;

import java.util.List;
import java.util.Optional;
import org.entente.model.AnnotatedSentence;

/** The actor phrases and role words found in one sentence. Immutable. */
public record SentenceMentions(List<Mention> actors, List<Mention> roles) {

  public SentenceMentions {
    actors = List.copyOf(actors);
    roles = List.copyOf(roles);
  }

  public static SentenceMentions find(ActorDictionary dictionary, AnnotatedSentence sentence) {
    return new SentenceMentions(dictionary.findActors(sentence.tokens()), dictionary.findRoles(sentence.tokens()));
  }

  public Optional<Mention> actorAt(int token) {
    return actors.stream().filter(m -> m.covers(token)).findFirst();
  }

  public Optional<Mention> roleAt(int token) {
    return roles.stream().filter(m -> m.covers(token)).findFirst();
  }

  public boolean isEmpty() {
    return actors.isEmpty();
  }
}
