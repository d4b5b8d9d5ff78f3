package org.entente.model;

import java.util.List;

/** An article with its annotated sentences, in order. */
public record AnnotatedArticle(Article article, List<AnnotatedSentence> sentences) {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
  }

  public long parsedSentences() {
    return sentences.stream().filter(AnnotatedSentence::parsed).count();
  }

  public long tokenCount() {
    return sentences.stream().mapToLong(AnnotatedSentence::size).sum();
  }
}
