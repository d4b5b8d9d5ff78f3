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
    return peoplesAndFormerLands(sentence.tokens(), placesAsNamed(sentence.tokens(), dictionary.findActors(sentence.tokens())),
        dictionary.findRoles(sentence.tokens()));
  }

  /**
   * "the Syrian Golan Heights", "Pakistan's Kashmir Valley": a place the text gives to a country, by
   * its adjective or possessive right before it, is that country's, whatever the dictionary's default
   * for a disputed or moved place. A compound adjective ("Israeli-occupied") says who holds it, not whose
   * it is, and changes nothing.
   */
  static List<Mention> placesAsNamed(List<Token> tokens, List<Mention> actors) {
    List<Mention> out = new ArrayList<>(actors);
    for (int i = 1; i < out.size(); i++) {
      Mention place = out.get(i);
      Mention before = out.get(i - 1);
      if (!(place.entry() instanceof DictionaryEntry.Named p) || p.kind() != PhraseKind.PLACE
          || !(before.entry() instanceof DictionaryEntry.Named n) || n.code().length() != 3
          || n.code().equals("IGO") || n.code().equals("NGO") || p.code().startsWith(n.code())) {
        continue;
      }
      boolean adjective = n.kind() == PhraseKind.ADJECTIVE && before.end() == place.start();
      boolean possessive = n.kind() == PhraseKind.NAME && before.end() + 1 == place.start()
          && tokens.get(before.end()).word().matches("'s?|\u2019s?");
      boolean plain = java.util.stream.IntStream.range(before.start(), before.end()).noneMatch(t -> tokens.get(t).word().contains("-"));
      if ((adjective || possessive) && plain) {
        out.set(i, new Mention(place.start(), place.end(), new DictionaryEntry.Named(n.code(), PhraseKind.PLACE), place.text()));
      }
    }
    return out;
  }

  private static final DictionaryEntry.RoleWord POPULATION = new DictionaryEntry.RoleWord("CVL", "");
  private static final java.util.Set<String> FORMER = java.util.Set.of("former", "ex");
  /** Nouns for lands and states that a country once held: "former Soviet republics". */
  private static final java.util.Set<String> POLITIES = java.util.Set.of(
      "republic", "colony", "state", "territory", "country", "satellite", "protectorate", "possession", "dominion");

  /**
   * "ethnic Albanians in southern Serbia", "ethnic Russian separatists": a demonym after "ethnic" names a
   * people, not the state of that name; it is a population word whose country comes from the context.
   * "former Soviet republics", "a former French colony" name no actor of that country at all.
   */
  static SentenceMentions peoplesAndFormerLands(List<Token> tokens, List<Mention> actors, List<Mention> roles) {
    List<Mention> people = new ArrayList<>();
    List<Mention> states = new ArrayList<>();
    for (Mention m : actors) {
      boolean demonym = m.entry() instanceof DictionaryEntry.Named n && n.kind() == PhraseKind.ADJECTIVE;
      String before = m.start() > 0 ? tokens.get(m.start() - 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
      String after = m.end() < tokens.size() ? tokens.get(m.end()).lemma().toLowerCase(java.util.Locale.ROOT) : "";
      if (demonym && before.equals("ethnic")) {
        people.add(m);
      } else if (!(demonym && FORMER.contains(before) && POLITIES.contains(after))) {
        // "former Soviet republics", "a former French colony": lands that are no longer the state's
        states.add(m);
      }
    }
    if (people.isEmpty()) {
      return new SentenceMentions(states, roles);
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
