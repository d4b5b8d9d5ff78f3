package org.entente.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.Dependency;
import org.entente.model.EventDate;
import org.entente.model.SentenceGraph;

/**
 * ArticleDates dates the events of one article: each event by the temporal expression that governs its
 * trigger, and an event without one by what the article says around it.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>An expression attached to the trigger (or to the verb that carries a nominal or coordinated
 *       trigger) dates it, read with the clause's tense ({@link RelativeDateResolver}).
 *   <li>An event not yet done when reported ("will visit next month", "agreed to meet in July", or an
 *       expression that falls after publication) is an intent: it is dated when it was stated, by the
 *       verb that reports it ("said on Tuesday that it would ..."), else by publication.
 *   <li>An undated event in the present tense ("Japan accuses China") is dated by publication.
 *   <li>An undated past event takes, with basis {@code context}, the date of its own sentence's dated
 *       verb, else of the nearest earlier dated sentence, else of the nearest later one.
 *   <li>In an article with no dated sentence, an undated past event takes the publication day only when
 *       the article is a <b>same-day report</b>: its lead is in the present or present perfect
 *       ("Japan says ...", "the EU has adopted ..."). Otherwise it gets the publication month
 *       ({@code date_precision: month}, basis {@code publication}): the day is not known.
 * </ol>
 *
 * <p>Immutable once built; thread-safe.
 */
public final class ArticleDates {

  private static final Set<String> STATEMENT_VERBS = Set.of("say", "tell", "announce", "state", "add", "report",
      "confirm", "declare", "write", "claim", "note", "warn", "insist");

  private final Article article;
  private final TemporalAttachment attachment = new TemporalAttachment();
  /** Sentence index → the date of its dated verb. */
  private final TreeMap<Integer, EventDate> anchors = new TreeMap<>();
  private final boolean sameDayReport;

  ArticleDates(Article article, List<AnnotatedSentence> sentences) {
    this.article = article;
    boolean lead = false;
    boolean presentLead = false;
    for (AnnotatedSentence s : sentences) {
      if (!s.parsed()) {
        continue;
      }
      SentenceGraph g = new SentenceGraph(s);
      int root = root(g);
      if (!lead && root >= 0) {
        lead = true;
        presentLead = Tense.presentOrPerfect(g, root);
      }
      anchor(g, root, context(s.index())).ifPresent(d -> anchors.put(s.index(), d));
    }
    this.sameDayReport = anchors.isEmpty() && presentLead;
  }

  /** Whether the article reports the events of its publication day (see the class comment). */
  public boolean sameDayReport() {
    return sameDayReport;
  }

  /** The date of the event whose trigger is token {@code trigger} of {@code g}'s sentence. */
  public EventDate date(SentenceGraph g, int trigger) {
    return date(g, trigger, context(g.sentence().index()), 0);
  }

  private EventDate date(SentenceGraph g, int node, EventDate context, int depth) {
    LocalDate published = article.date();
    Tense tense = Tense.of(g, node);
    Optional<EventDate> own = attachment.own(g, node, published, context);
    boolean notYet = tense == Tense.FUTURE
        || own.isPresent() && published != null && own.get().date().isAfter(published);
    if (notYet) {
      int statement = statement(g, node);
      if (statement >= 0 && depth < 4) {
        return date(g, statement, context, depth + 1);
      }
      return publication(false);
    }
    if (own.isPresent()) {
      return own.get();
    }
    if (tense == Tense.PRESENT) {
      return publication(false);
    }
    EventDate here = anchors.get(g.sentence().index());
    if (here != null && here.precision() == DatePrecision.DAY) {
      return asContext(here);
    }
    EventDate before = context(g.sentence().index());
    if (before != null) {
      return asContext(before);
    }
    var after = anchors.higherEntry(g.sentence().index());
    while (after != null && after.getValue().precision() != DatePrecision.DAY) {
      after = anchors.higherEntry(after.getKey());
    }
    if (after != null) {
      return asContext(after.getValue());
    }
    return publication(!sameDayReport);
  }

  /** The verb that states a not-yet-done event: its head clause ("said ... it would"), or a reporting parataxis. */
  private static int statement(SentenceGraph g, int node) {
    int n = node;
    for (int level = 0; level < 4; level++) {
      Dependency head = g.head(n);
      if (head == null || head.governor() < 0 || head.governor() == n) {
        break;
      }
      n = head.governor();
      if (g.token(n).isVerb() && Tense.of(g, n) != Tense.FUTURE) {
        return n;
      }
    }
    for (int c : g.children(n, "parataxis", "ccomp")) {
      if (STATEMENT_VERBS.contains(g.token(c).key()) && Tense.of(g, c) != Tense.FUTURE) {
        return c;
      }
    }
    return -1;
  }

  /** The date of a sentence: of its root verb, else of the first verb dated by an expression, if any is done. */
  private Optional<EventDate> anchor(SentenceGraph g, int root, EventDate context) {
    LocalDate published = article.date();
    List<Integer> verbs = new ArrayList<>();
    if (root >= 0) {
      verbs.add(root);
    }
    for (int i = 0; i < g.sentence().size(); i++) {
      if (i != root && g.token(i).isVerb()) {
        verbs.add(i);
      }
    }
    for (int v : verbs) {
      if (Tense.of(g, v) == Tense.FUTURE) {
        continue;
      }
      Optional<EventDate> d = attachment.own(g, v, published, context);
      if (d.isPresent() && (published == null || !d.get().date().isAfter(published))) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * The date an undated event or "the same day" refers to: the nearest earlier sentence dated to the
   * day. Month and year dates are usually background ("since 2019") and do not carry over.
   */
  private EventDate context(int sentence) {
    var e = anchors.lowerEntry(sentence);
    while (e != null && e.getValue().precision() != DatePrecision.DAY) {
      e = anchors.lowerEntry(e.getKey());
    }
    return e == null ? null : e.getValue();
  }

  private static EventDate asContext(EventDate d) {
    return new EventDate(d.date(), d.precision(), d.end(), DateBasis.CONTEXT);
  }

  /** The publication date: to its day, or (an undated past event of an article that is not a same-day report) its month. */
  private EventDate publication(boolean monthOnly) {
    LocalDate published = article.date();
    if (published == null) {
      return EventDate.UNKNOWN;
    }
    DatePrecision p = article.datePrecision() == DatePrecision.UNKNOWN ? DatePrecision.DAY : article.datePrecision();
    if (monthOnly && p == DatePrecision.DAY) {
      return new EventDate(published.withDayOfMonth(1), DatePrecision.MONTH, null, DateBasis.PUBLICATION);
    }
    return new EventDate(published, p, null, DateBasis.PUBLICATION);
  }

  private static int root(SentenceGraph g) {
    for (Dependency d : g.sentence().dependencies()) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return -1;
  }
}
