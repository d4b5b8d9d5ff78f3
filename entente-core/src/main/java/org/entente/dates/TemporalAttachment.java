package org.entente.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Dependency;
import org.entente.model.EventDate;
import org.entente.model.SentenceGraph;

/**
 * Finds the temporal expression that governs a word in the dependency graph ("met <b>on Tuesday</b>",
 * "the <b>May 7</b> visit", "occupied Korea <b>from 1910 to 1945</b>") and resolves it. A nominal or
 * coordinated trigger without its own expression takes the one of the verb that carries it ("the ban
 * took effect <b>in August</b>"). Clauses below the word (advcl, ccomp) never date it.
 *
 * <p>Stateless and thread-safe.
 */
final class TemporalAttachment {

  /** Relations through which a temporal expression attaches to the word it dates. */
  private static final Set<String> TEMPORAL = Set.of("obl", "nmod", "advmod", "obl:tmod", "nmod:tmod",
      "obl:npmod", "nmod:npmod", "compound", "amod", "nummod");
  /** Relations by which a word hands the search to its head (object of a light verb, conjunct, ...). */
  private static final Set<String> CARRIERS = Set.of("obj", "nsubj:pass", "conj", "xcomp", "nsubj");
  /** Nouns through which an expression one level further down still dates the word ("on the morning of May 7"). */
  private static final Set<String> TIME_NOUNS = Set.of("morning", "afternoon", "evening", "night", "day", "weekend",
      "week", "end", "start", "beginning", "middle", "eve", "hours", "dawn");
  /** Prepositions that close a range opened by "from". */
  private static final Set<String> RANGE_ENDS = Set.of("to", "until", "till", "through");

  private final RelativeDateResolver resolver = new RelativeDateResolver();

  /** The date from the expression governing {@code trigger} or the word carrying it (up to three levels). */
  Optional<EventDate> own(SentenceGraph g, int trigger, LocalDate published, EventDate context) {
    int node = trigger;
    BitSet seen = new BitSet();
    for (int level = 0; level < 3 && node >= 0 && !seen.get(node); level++) {
      seen.set(node);
      Optional<EventDate> d = governing(g, node, published, Tense.of(g, node), context);
      if (d.isEmpty()) {
        d = besideSubject(g, node, published, context);
      }
      if (d.isPresent()) {
        return d;
      }
      Dependency head = g.head(node);
      if (head == null || head.governor() < 0 || !carries(head)) {
        break;
      }
      node = head.governor();
    }
    return Optional.empty();
  }

  /**
   * "signed an agreement <b>on Wednesday</b>": parsers often hang the time phrase that follows a verb's
   * object on the object. A possessive time ("condemned Tuesday's attack") dates the object, not the verb.
   */
  private Optional<EventDate> throughObject(SentenceGraph g, int verb, LocalDate published, Tense tense,
      EventDate context) {
    for (int object : g.children(verb, "obj")) {
      for (Dependency d : g.children(object)) {
        int c = d.dependent();
        boolean after = c > object;
        boolean timeRelation = d.relation().startsWith("nmod:") && !d.relation().equals("nmod:poss")
            || d.relation().equals("nmod:tmod");
        if (after && timeRelation && g.token(c).timex() != null) {
          TemporalPhrase p = TemporalPhrase.at(g, c);
          Optional<EventDate> date = resolver.resolve(p, published, tense, context);
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "China's commerce ministry on Tuesday banned ...": parsers often hang a time phrase written between
   * the subject and its verb on the subject noun; it still dates the verb.
   */
  private Optional<EventDate> besideSubject(SentenceGraph g, int verb, LocalDate published, EventDate context) {
    if (!g.token(verb).isVerb()) {
      return Optional.empty();
    }
    for (int subject : g.children(verb, "nsubj", "nsubj:pass")) {
      for (Dependency d : g.children(subject)) {
        int c = d.dependent();
        if (c > subject && c < verb && d.base().equals("nmod") && g.token(c).timex() != null) {
          Optional<EventDate> date = resolver.resolve(TemporalPhrase.at(g, c), published, Tense.of(g, verb), context);
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A verb in the simple past: "since X" then bounds the event instead of dating a state that began at X. */
  private static boolean simplePast(SentenceGraph g, int v) {
    if (!g.token(v).pos().equals("VBD")) {
      return false;
    }
    return g.children(v).stream().noneMatch(d -> d.base().equals("aux") && g.token(d.dependent()).key().equals("have"));
  }

  private static boolean carries(Dependency head) {
    for (String c : CARRIERS) {
      if (head.relation().equals(c) || head.relation().startsWith(c + ":")) {
        return true;
      }
    }
    return false;
  }

  private Optional<EventDate> governing(SentenceGraph g, int node, LocalDate published, Tense tense, EventDate context) {
    List<Integer> frontier = List.of(node);
    for (int depth = 0; depth < 2; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int a : frontier) {
        for (Dependency d : g.children(a)) {
          if (!(TEMPORAL.contains(d.relation()) || TEMPORAL.contains(d.base()))) {
            continue;
          }
          int c = d.dependent();
          if (g.token(c).timex() != null) {
            TemporalPhrase p = TemporalPhrase.at(g, c);
            if (p.preposition().equals("since") && simplePast(g, a)) {
              continue; // "held their first summit since 2019": a bound, not the date of the holding
            }
            Optional<EventDate> date = resolver.resolve(p, published, tense, context);
            if (date.isPresent()) {
              return Optional.of(withEnd(g, a, c, p, date.get(), published, tense, context));
            }
          } else if (depth == 0 && TIME_NOUNS.contains(g.token(c).key())) {
            next.add(c);
          }
        }
        if (depth == 0 && g.token(a).isVerb()) {
          Optional<EventDate> onObject = throughObject(g, a, published, tense, context);
          if (onObject.isPresent()) {
            return onObject;
          }
        }
      }
      frontier = next;
    }
    return Optional.empty();
  }

  /** For "from X to Y", the end Y attached beside X (or below it) becomes the date's end. */
  private EventDate withEnd(SentenceGraph g, int governor, int start, TemporalPhrase p, EventDate date,
      LocalDate published, Tense tense, EventDate context) {
    if (date.end() != null || !p.preposition().equals("from")) {
      return date;
    }
    List<Dependency> candidates = new ArrayList<>(g.children(governor));
    candidates.addAll(g.children(start));
    for (Dependency d : candidates) {
      int c = d.dependent();
      if (c == start || g.token(c).timex() == null || !RANGE_ENDS.contains(d.subtype())) {
        continue;
      }
      TemporalPhrase end = TemporalPhrase.at(g, c);
      Optional<EventDate> e = resolver.resolve(new TemporalPhrase(c, end.words(), "", end.timex()), published, tense, context);
      if (e.isPresent() && !e.get().date().isBefore(date.date())) {
        return new org.entente.model.EventDate(date.date(), date.precision(), RelativeDateResolver.lastDay(e.get()), date.basis());
      }
    }
    return date;
  }
}
