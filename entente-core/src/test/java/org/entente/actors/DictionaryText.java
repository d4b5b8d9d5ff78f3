package org.entente.actors;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Token;

/** Test helpers: a dictionary read from inline files, and a text split into tagged tokens. */
final class DictionaryText {

  private DictionaryText() {}

  /** The dictionary read from pairs of file name and content ("places.tsv", "LBY\tname\tLibya"). */
  static ActorDictionary read(String... nameAndContent) {
    ActorDictionary.Builder b = ActorDictionary.builder();
    try {
      for (int i = 0; i + 1 < nameAndContent.length; i += 2) {
        new ActorDictionaryReader(b, p -> {
          throw new AssertionError(p.toString());
        }).read(nameAndContent[i], new StringReader(nameAndContent[i + 1]));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return b.build();
  }

  /** Space-separated words as tokens: capitalised words tagged NNP, others NN. */
  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(), Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN", "O", null,
          pos, pos + w.length()));
      pos += w.length() + 1;
    }
    return tokens;
  }
}
