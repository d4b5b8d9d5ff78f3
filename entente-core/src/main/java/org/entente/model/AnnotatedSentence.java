package org.entente.model;

import java.util.List;

/**
 * A sentence with its tokens and, when it was worth parsing, its dependency graph.
 *
 * @param index 0-based position of the sentence in its article
 * @param begin character offset of the sentence in the article text
 * @param end character offset just after the sentence
 * @param tokens tokens in order
 * @param dependencies enhanced++ dependencies; empty when {@code parsed} is false
 * @param parsed whether the expensive annotators (NER, temporal expressions, parser) ran on it
 */
public record AnnotatedSentence(
    int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {

  public AnnotatedSentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }
}
