package org.entente.annotate;

import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;

/**
 * An Annotator turns an article into annotated sentences: every sentence gets tokens, lemmas and
 * part-of-speech tags (the cheap pass); only sentences the {@link SentenceSelector} accepts get named
 * entities, temporal expressions and the dependency parse (the expensive pass).
 *
 * <p>Implementations must be safe to call from several threads at once.
 */
public interface Annotator extends AutoCloseable {

  AnnotatedArticle annotate(Article article, SentenceSelector selector);

  @Override
  default void close() {}
}
