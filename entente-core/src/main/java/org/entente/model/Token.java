package org.entente.model;

/**
 * One token of an annotated sentence.
 *
 * @param index 0-based position in its sentence
 * @param word the text as written
 * @param lemma the dictionary form, lower case for common words
 * @param pos Penn Treebank part-of-speech tag
 * @param ner entity tag of the rule-based recogniser: "DATE", "TIME", "DURATION" or "SET" for temporal
 *     expressions, "NUMBER", "MONEY", "PERCENT", "ORDINAL" for quantities, "O" for none (people, places
 *     and organisations are not tagged: actors come from the dictionaries)
 * @param timex normalised value of the temporal expression the token belongs to (TIMEX3 style:
 *     "2023-03-16", "2023-03", "2019", "2026-W02", "PAST_REF"), or null
 * @param begin character offset of the token in the article text
 * @param end character offset just after the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, String timex, int begin, int end) {

  public Token {
    if (lemma == null || lemma.isEmpty()) {
      lemma = word;
    }
    ner = ner == null ? "O" : ner;
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.startsWith("PRP");
  }

  /** The lemma in lower case, the form patterns and role words are written in. */
  public String key() {
    return lemma.toLowerCase(java.util.Locale.ROOT);
  }
}
