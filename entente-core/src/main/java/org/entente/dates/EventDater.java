package org.entente.dates;

import java.util.List;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.EventDate;
import org.entente.model.SentenceGraph;

/**
 * An EventDater dates events by the temporal expression that governs their trigger in the dependency
 * graph ("met <b>on Tuesday</b>", "the <b>May 7</b> visit"), not by whatever date is nearest in the
 * sentence; events without one are dated from their article's context or, honestly marked, by
 * publication. The rules are listed on {@link ArticleDates}.
 *
 * <p>Thread-safe.
 */
public final class EventDater {

  /** The dating context of one article: call once per article, then {@link ArticleDates#date} per event. */
  public ArticleDates forArticle(AnnotatedArticle annotated) {
    return new ArticleDates(annotated.article(), annotated.sentences());
  }

  /** The date of an event of a lone sentence (no neighbouring sentences to lean on). */
  public EventDate date(SentenceGraph g, int trigger, Article article) {
    return new ArticleDates(article, List.<AnnotatedSentence>of(g.sentence())).date(g, trigger);
  }
}
