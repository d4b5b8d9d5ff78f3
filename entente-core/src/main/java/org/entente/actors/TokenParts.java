package org.entente.actors;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Token;
import org.entente.model.WordKey;

/**
 * The words of a sentence split the way dictionary phrases are split (hyphens separate words), each
 * part remembering its token, so a phrase can match across "Suk-yeol" or "Suk yeol" alike.
 *
 * <p>Each part has its word and, when matching role words, its lemma: a role phrase matches either
 * ("human rights activists" has the lemma "right" but the word "rights"), unless the phrase asks for
 * the words only (a PETRARCH agent written with no plural, {@code POLICE {}}, does not match "polices").
 */
final class TokenParts {

  private final List<String> texts = new ArrayList<>();
  private final List<String> lemmas = new ArrayList<>();
  private final List<Integer> tokenOf = new ArrayList<>();
  private final List<Boolean> firstOfToken = new ArrayList<>();
  private final List<Boolean> lastOfToken = new ArrayList<>();

  TokenParts(List<Token> tokens, boolean withLemmas) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<String> ws = WordKey.parts(t.word());
      List<String> ls = withLemmas ? WordKey.parts(lemma(tokens, i)) : ws;
      if (ls.size() != ws.size()) {
        ls = ws;
      }
      for (int k = 0; k < ws.size(); k++) {
        texts.add(ws.get(k));
        lemmas.add(ls.get(k));
        tokenOf.add(t.index());
        firstOfToken.add(k == 0);
        lastOfToken.add(k == ws.size() - 1);
      }
    }
  }

  /**
   * The lemma of a token; a plural the tagger took for a name because it opens the sentence
   * ("Farmers blocked motorways", tagged NNP with itself as lemma) is made singular, so that role
   * words match it as they match "farmers" inside a sentence.
   */
  private static String lemma(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    boolean opening = i == 0 || i > 0 && tokens.get(i - 1).pos().matches("[:`\\-]+|``|-LRB-|HYPH|NFP");
    String w = t.word();
    if (!opening || !t.pos().startsWith("NNP") || !t.lemma().equals(w) || w.length() < 4
        || !w.endsWith("s") || w.endsWith("ss") || !Character.isUpperCase(w.charAt(0))) {
      return t.lemma();
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y" : lower.substring(0, lower.length() - 1);
  }

  int size() {
    return texts.size();
  }

  String text(int p) {
    return texts.get(p);
  }

  String lemma(int p) {
    return lemmas.get(p);
  }

  int token(int p) {
    return tokenOf.get(p);
  }

  boolean startsToken(int p) {
    return firstOfToken.get(p);
  }

  /**
   * Whether the word at part {@code p} starts with a capital or a digit; a lower-case particle
   * hyphenated to a capitalised word counts too ("al-Shabaab", "al-Qaeda").
   */
  boolean capitalised(int p) {
    if (upper(texts.get(p))) {
      return true;
    }
    return texts.get(p).length() <= 3 && p + 1 < texts.size() && !startsToken(p + 1) && upper(texts.get(p + 1));
  }

  private static boolean upper(String s) {
    return !s.isEmpty() && (Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)));
  }

  boolean lastOfToken(int p) {
    return lastOfToken.get(p);
  }

  /** The index of the last part of token {@code token}. */
  int lastPartOf(int token) {
    return tokenOf.lastIndexOf(token);
  }

  boolean matches(int p, ActorDictionary.Phrase phrase) {
    List<String> want = phrase.parts();
    if (p + want.size() > texts.size() || !lastOfToken.get(p + want.size() - 1)) {
      return false;
    }
    return matchesWords(p, phrase);
  }

  /** Whether the phrase's words are the parts from {@code p} on, wherever the token ends. */
  boolean matchesWords(int p, ActorDictionary.Phrase phrase) {
    List<String> want = phrase.parts();
    if (p + want.size() > texts.size()) {
      return false;
    }
    for (int k = 0; k < want.size(); k++) {
      if (!want.get(k).equals(key(texts.get(p + k), phrase))
          && (phrase.wordsOnly() || !want.get(k).equals(key(lemmas.get(p + k), phrase)))) {
        return false;
      }
    }
    return true;
  }

  private static String key(String s, ActorDictionary.Phrase phrase) {
    return phrase.exactCase() ? WordKey.exact(s) : WordKey.of(s);
  }
}
