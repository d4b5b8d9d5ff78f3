package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Token;
import org.entente.model.WordKey;

/**
 * The words of a sentence split the way dictionary phrases are split (hyphens separate words), each
 * part remembering its token, so a phrase can match across "Suk-yeol" or "Suk yeol" alike.
 */
final class TokenParts {

  private final List<String> texts = new ArrayList<>();
  private final List<Integer> tokenOf = new ArrayList<>();
  private final List<Boolean> firstOfToken = new ArrayList<>();
  private final List<Boolean> lastOfToken = new ArrayList<>();

  TokenParts(List<Token> tokens, boolean onLemmas) {
    for (Token t : tokens) {
      List<String> ps = WordKey.parts(onLemmas ? t.lemma() : t.word());
      for (int k = 0; k < ps.size(); k++) {
        texts.add(ps.get(k));
        tokenOf.add(t.index());
        firstOfToken.add(k == 0);
        lastOfToken.add(k == ps.size() - 1);
      }
    }
  }

  int size() {
    return texts.size();
  }

  String text(int p) {
    return texts.get(p);
  }

  int token(int p) {
    return tokenOf.get(p);
  }

  boolean startsToken(int p) {
    return firstOfToken.get(p);
  }

  boolean capitalised(int p) {
    String s = texts.get(p);
    return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)));
  }

  boolean matches(int p, ActorDictionary.Phrase phrase) {
    List<String> want = phrase.parts();
    if (p + want.size() > texts.size() || !lastOfToken.get(p + want.size() - 1)) {
      return false;
    }
    for (int k = 0; k < want.size(); k++) {
      String have = phrase.exactCase() ? WordKey.exact(texts.get(p + k)) : WordKey.of(texts.get(p + k));
      if (!have.equals(want.get(k))) {
        return false;
      }
    }
    return true;
  }
}
