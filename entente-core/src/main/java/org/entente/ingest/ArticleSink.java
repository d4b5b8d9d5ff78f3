package org.entente.ingest;

import org.entente.model.Article;
import org.entente.model.Problem;

/** Receives what a reader reads: articles, and problems with the input (file:line and what was wrong). */
public interface ArticleSink {

  void article(Article article);

  void problem(Problem problem);

  /** A warning: the article was read, but something about it is doubtful (e.g. no date). */
  default void warning(Problem problem) {}
}
