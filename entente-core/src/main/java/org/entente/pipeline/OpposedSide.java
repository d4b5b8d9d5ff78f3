package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.actors.ActorDictionary;
import org.entente.actors.DictionaryEntry;
import org.entente.actors.Mention;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * "staged an anti-China rally", "anti-Japan demonstrations outside the embassy", "anti-government protests":
 * a protest (CAMEO 14) named "anti-X" is aimed at X. The parser keeps "anti-China" as one adjective, which
 * no actor phrase matches, so the side opposed is read from the word after "anti-"; "anti-government" is the
 * government of the protesters' own country. It replaces a target of the protesters' own country, which is
 * where they protest.
 */
final class OpposedSide {

  private OpposedSide() {}

  static List<Actor> of(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> from, ActorDictionary dictionary,
      java.time.LocalDate day) {
    // a target of the protesters' own country is the venue ("an anti-China rally in Seoul"), not the side opposed
    if (!f.code().startsWith("14") || from.size() != 1
        || to.stream().anyMatch(t -> t.known() && !t.country().equals(from.get(0).country()))) {
      return to;
    }
    List<Integer> heads = new ArrayList<>(List.of(f.trigger()));
    heads.addAll(f.words());
    heads.addAll(f.targets());
    for (int h : heads) {
      for (int adjective : g.children(h, "amod", "compound")) {
        Token t = g.token(adjective);
        String word = t.word();
        if (word.length() <= 5 || !word.toLowerCase(Locale.ROOT).startsWith("anti-")) {
          continue;
        }
        String opposed = word.substring(5);
        Actor side = opposed.equalsIgnoreCase("government") || opposed.equalsIgnoreCase("regime")
            ? government(from.get(0))
            : named(opposed, t, dictionary, day);
        if (side != null && !side.code().equals(from.get(0).code())) {
          return List.of(side);
        }
      }
    }
    return to;
  }

  private static Actor government(Actor protester) {
    String country = protester.country();
    return country.length() == 3 && !country.equals("IGO") && !country.equals("NGO")
        ? new Actor(country + "GOV", "", -1, -1) : null;
  }

  /** The actor the words after "anti-" name ("China", "Japanese", "US"), or null. */
  private static Actor named(String opposed, Token at, ActorDictionary dictionary, java.time.LocalDate day) {
    List<Token> words = new ArrayList<>();
    int i = 0;
    for (String w : opposed.split("-")) {
      if (!w.isEmpty()) {
        words.add(new Token(i++, w, w, "NNP", "O", null, at.begin(), at.end()));
      }
    }
    List<Mention> found = dictionary.findActors(words);
    if (found.isEmpty() || found.get(0).start() != 0 || found.get(0).end() != words.size()
        || !(found.get(0).entry() instanceof DictionaryEntry.Named named)) {
      return null;
    }
    String code = named.codeOn(day);
    return code == null || code.isEmpty() ? null : new Actor(code, "", -1, -1);
  }
}
