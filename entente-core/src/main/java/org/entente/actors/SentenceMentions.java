package org.entente.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Token;

/** The actor phrases and role words found in one sentence. Immutable. */
public record SentenceMentions(List<Mention> actors, List<Mention> roles) {

  public SentenceMentions {
    actors = List.copyOf(actors);
    roles = List.copyOf(roles);
  }

  public static SentenceMentions find(ActorDictionary dictionary, AnnotatedSentence sentence) {
    return ethnicGroups(sentence.tokens(), dictionary.findActors(sentence.tokens()), dictionary.findRoles(sentence.tokens()));
  }

  private static final DictionaryEntry.RoleWord POPULATION = new DictionaryEntry.RoleWord("CVL", "");

  /**
   * "ethnic Albanians in southern Serbia", "ethnic Russian separatists": a demonym after "ethnic" names a
   * people, not the state of that name; it is a population word whose country comes from the context.
   */
  static SentenceMentions ethnicGroups(List<Token> tokens, List<Mention> actors, List<Mention> roles) {
    List<Mention> people = new ArrayList<>();
    List<Mention> states = new ArrayList<>();
    for (Mention m : actors) {
      boolean demonym = m.entry() instanceof DictionaryEntry.Named n && n.kind() == PhraseKind.ADJECTIVE;
      boolean ethnic = m.start() > 0 && tokens.get(m.start() - 1).lemma().equalsIgnoreCase("ethnic");
      (demonym && ethnic ? people : states).add(m);
    }
    if (people.isEmpty()) {
      return new SentenceMentions(actors, roles);
    }
    List<Mention> words = new ArrayList<>(roles);
    for (Mention m : people) {
      if (words.stream().noneMatch(r -> r.start() < m.end() && m.start() < r.end())) {
        words.add(new Mention(m.start(), m.end(), POPULATION, m.text()));
      }
    }
    words.sort(Comparator.comparingInt(Mention::start));
    return new SentenceMentions(states, words);
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
