package org.entente.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Article;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.Dependency;
import org.entente.model.EventDate;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * An EventDater dates an event by the temporal expression that governs its trigger in the dependency
 * graph ("met <b>on Tuesday</b>", "the <b>May 7</b> visit"), not by whatever date is nearest in the
 * sentence. Without one, a nominal event takes the date of the verb that carries it; failing that the
 * publication date stands in, marked {@link DateBasis#PUBLICATION}.
 *
 * <p>Thread-safe.
 */
public final class EventDater {

  /** Relations through which a temporal expression attaches to the word it dates. */
  private static final Set<String> TEMPORAL = Set.of("obl", "nmod", "advmod", "obl:tmod", "nmod:tmod",
      "obl:npmod", "nmod:npmod", "compound", "amod", "nummod", "advcl");
  private static final Set<String> CARRIERS = Set.of("obj", "nsubj:pass", "conj", "xcomp", "nsubj");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** The date of the event whose trigger is {@code trigger}. */
  public EventDate date(SentenceGraph g, int trigger, Article article) {
    LocalDate published = article.date();
    int node = trigger;
    BitSet seen = new BitSet();
    for (int level = 0; level < 3 && node >= 0 && !seen.get(node); level++) {
      seen.set(node);
      Optional<EventDate> own = governing(g, node, published, isPast(g, trigger));
      if (own.isPresent()) {
        return own.get();
      }
      Dependency head = g.head(node);
      if (head == null || head.governor() < 0 || !carries(head)) {
        break;
      }
      node = head.governor();
    }
    if (published == null) {
      return EventDate.UNKNOWN;
    }
    return new EventDate(published, article.datePrecision() == DatePrecision.UNKNOWN ? DatePrecision.DAY
        : article.datePrecision(), null, DateBasis.PUBLICATION);
  }

  private static boolean carries(Dependency head) {
    for (String c : CARRIERS) {
      if (head.relation().equals(c) || head.relation().startsWith(c + ":")) {
        return true;
      }
    }
    return false;
  }

  /** The first temporal expression attached to {@code node} through temporal relations (two levels). */
  private Optional<EventDate> governing(SentenceGraph g, int node, LocalDate published, boolean past) {
    List<Integer> frontier = new ArrayList<>(List.of(node));
    for (int depth = 0; depth < 2; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int a : frontier) {
        for (Dependency d : g.children(a)) {
          if (!(TEMPORAL.contains(d.relation()) || TEMPORAL.contains(d.base()))) {
            continue;
          }
          int c = d.dependent();
          Token t = g.token(c);
          if (t.timex() != null) {
            Optional<EventDate> date = TimexValue.parse(t.timex(), published, past, basis(g, c));
            if (date.isPresent()) {
              return date;
            }
          }
          next.add(c);
        }
      }
      frontier = next;
    }
    return Optional.empty();
  }

  /** Explicit when the expression names a year or a month with its day; relative otherwise. */
  private static DateBasis basis(SentenceGraph g, int head) {
    String value = g.token(head).timex();
    for (Token t : g.sentence().tokens()) {
      if (value.equals(t.timex())) {
        String w = t.word().toLowerCase(Locale.ROOT).replace(".", "");
        if (w.matches("\\d{4}") || MONTHS.contains(w)) {
          return DateBasis.EXPLICIT;
        }
      }
    }
    return DateBasis.RELATIVE;
  }

  /** Whether the trigger's clause is in a past tense (VBD, or a perfect with VBN). */
  static boolean isPast(SentenceGraph g, int trigger) {
    Token t = g.token(trigger);
    if (t.pos().equals("VBD")) {
      return true;
    }
    for (Dependency d : g.children(trigger)) {
      if (d.base().equals("aux")) {
        String pos = g.token(d.dependent()).pos();
        String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (pos.equals("VBD") || w.equals("had") || w.equals("has") || w.equals("have")) {
          return true;
        }
        if (pos.equals("MD")) {
          return false;
        }
      }
    }
    return !t.isVerb() || !t.pos().equals("VBP") && !t.pos().equals("VBZ") && !t.pos().equals("VB");
  }
}
