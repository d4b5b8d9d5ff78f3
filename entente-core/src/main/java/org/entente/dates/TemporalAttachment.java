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
 * took effect <b>in August</b>"). Clauses below the word (advcl, ccomp) never date it, except for what
 * follows the comma that closes a trailing one. An occasion dates what happens at it ("warned ...
 * during a meeting <b>on Saturday</b>", "rejected the deal in a referendum <b>on Sunday</b>"), and a
 * time of day bounded by "before"/"after" is dated by its day ("before dawn <b>on Thursday</b>").
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
  /** Times of day that "before" or "after" place within a day named beside them ("before dawn on Thursday"). */
  private static final Set<String> DAY_PARTS = Set.of("dawn", "daybreak", "sunrise", "noon", "midday", "midnight",
      "dusk", "sunset", "nightfall");
  /**
   * Occasions an event happens at: a time phrase on the occasion dates what happened "at", "in" or "during" it
   * ("warned ... during a meeting on Saturday", "rejected the deal in a referendum on Sunday").
   */
  private static final Set<String> OCCASIONS = Set.of("meeting", "talks", "summit", "conference", "session",
      "referendum", "vote", "ballot", "election", "ceremony", "visit", "trip", "tour", "call", "interview", "speech",
      "address", "briefing", "hearing", "trial", "debate", "forum", "rally", "parade", "funeral", "gathering",
      "assembly", "congress", "convention", "sidelines", "celebration", "commemoration", "exercise", "exercises",
      "drill", "drills", "dinner", "reception", "sitting", "consultations", "negotiations", "talk", "sideline",
      "consultation", "negotiation", "olympics", "games", "championship", "expo", "festival", "war", "pandemic",
      // what is done during unrest or an operation ("arrested students during protests late on Saturday",
      // "killed in an air strike on Sunday") happened at it
      "protest", "demonstration", "clash", "riot", "raid", "strike", "attack", "ambush", "operation", "crackdown",
      "offensive");
  private static final Set<String> OCCASION_PREPOSITIONS = Set.of("at", "in", "during");
  /** Prepositions that close a range opened by "from". */
  private static final Set<String> RANGE_ENDS = Set.of("to", "until", "till", "through");

  private final RelativeDateResolver resolver = new RelativeDateResolver();

  /** The date from the expression governing {@code trigger} or the word carrying it (up to three levels). */
  Optional<EventDate> own(SentenceGraph g, int trigger, LocalDate published, EventDate context) {
    return own(g, trigger, published, context, true);
  }

  /**
   * As {@link #own(SentenceGraph, int, LocalDate, EventDate)}; with {@code acrossSubjects} false the search
   * stops at a clause coordinated with another that has a subject of its own ("seized a tanker on Thursday,
   * and Washington demanded its release": "on Thursday" is not the demand's).
   */
  Optional<EventDate> own(SentenceGraph g, int trigger, LocalDate published, EventDate context,
      boolean acrossSubjects) {
    int node = trigger;
    BitSet seen = new BitSet();
    for (int level = 0; level < 3 && node >= 0 && !seen.get(node); level++) {
      seen.set(node);
      Optional<EventDate> d = governing(g, node, published, Tense.of(g, node), context);
      if (d.isEmpty()) {
        d = besideSubject(g, node, published, context);
      }
      if (d.isEmpty() && level == 0) {
        d = throughInfinitive(g, node, published, context);
      }
      if (d.isPresent()) {
        return d;
      }
      Dependency head = g.head(node);
      if (head != null && head.governor() >= 0 && head.relation().equals("obl:over") && g.token(node).isNoun()) {
        // "boycotted Japanese goods in 2019 over Tokyo's export curbs": the cause an act answers falls in the year
        // or month the act is dated by (a day is too precise: the cause came before it)
        Optional<EventDate> cause = governing(g, head.governor(), published, Tense.of(g, head.governor()), context);
        return cause.filter(c -> c.precision() == org.entente.model.DatePrecision.YEAR
            || c.precision() == org.entente.model.DatePrecision.MONTH);
      }
      if (head == null || head.governor() < 0 || !carries(head)) {
        break;
      }
      if (!acrossSubjects && head.relation().startsWith("conj") && ownSubject(g, node, head.governor())) {
        break;
      }
      node = head.governor();
    }
    return inFramingDeal(g, trigger, published, context);
  }

  /** Prepositions of a deal or an operation that frames another act: "in a deal", "under a plan". */
  private static final Set<String> FRAMING = Set.of("in", "under", "through", "via");

  /**
   * "restored relations in March 2023 in a deal brokered by China": a past participle without a time of its
   * own on a noun that frames the clause's act ("in a deal", "under a plan") is dated by that act: the deal
   * was brokered as the relations were restored.
   */
  private Optional<EventDate> inFramingDeal(SentenceGraph g, int trigger, LocalDate published, EventDate context) {
    Dependency up = g.head(trigger);
    if (up == null || up.governor() < 0 || !up.relation().equals("acl") || !g.token(trigger).pos().equals("VBN")) {
      return Optional.empty();
    }
    Dependency frame = g.head(up.governor());
    if (frame == null || frame.governor() < 0 || !(frame.base().equals("obl") || frame.base().equals("nmod"))
        || !FRAMING.contains(frame.subtype()) || !g.token(frame.governor()).isVerb()) {
      return Optional.empty();
    }
    int verb = frame.governor();
    return governing(g, verb, published, Tense.of(g, verb), context);
  }

  /**
   * "declined to comment <b>on Tuesday</b>", "refused to answer questions <b>on Monday</b>": the parser hangs
   * the time phrase on the infinitive the verb governs; a day not after publication dates the verb itself
   * (a later one is the plan's own: "agreed to meet next week").
   */
  private Optional<EventDate> throughInfinitive(SentenceGraph g, int verb, LocalDate published, EventDate context) {
    for (int inf : g.children(verb, "xcomp")) {
      if (!g.token(inf).isVerb()) {
        continue;
      }
      Optional<EventDate> d = governing(g, inf, published, Tense.of(g, verb), context);
      if (d.isPresent() && d.get().date() != null && d.get().precision() == org.entente.model.DatePrecision.DAY
          && !d.get().date().isAfter(published)) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** Whether clause {@code v} has a subject, and not the one of the clause {@code other} it is coordinated with. */
  static boolean ownSubject(SentenceGraph g, int v, int other) {
    List<Integer> own = g.children(v, "nsubj", "nsubj:pass");
    return !own.isEmpty() && g.children(other, "nsubj", "nsubj:pass").stream().noneMatch(own::contains);
  }

  /**
   * Time phrases the parser hangs on one of the verb's arguments instead of the verb:
   * <ul>
   *   <li>after the object: "signed an agreement <b>on Wednesday</b>" (a possessive time, "condemned
   *       Tuesday's attack", dates the object, not the verb);
   *   <li>on a proper noun the verb takes (a place or a person has no date of its own): "struck sites in
   *       Kashmir <b>early on Wednesday</b>", "met Xi in Beijing <b>on Tuesday</b>";
   *   <li>on an occasion the argument is said to be at or in: "rejected the deal with the rebels in a
   *       referendum <b>on Sunday</b>".
   * </ul>
   */
  private Optional<EventDate> throughArguments(SentenceGraph g, int verb, LocalDate published, Tense tense,
      EventDate context) {
    for (Dependency arg : g.children(verb)) {
      int n = arg.dependent();
      boolean object = arg.relation().equals("obj");
      boolean nominal = object || arg.base().equals("obl") && !arg.subtype().equals("tmod")
          && !arg.subtype().equals("npmod") || arg.base().equals("xcomp") && g.token(n).isNoun();
      if (!nominal || g.token(n).timex() != null) {
        continue;
      }
      // The argument's noun phrase: the argument and the nouns hanging on it ("targets in Iraq and Kurdish-held Syria").
      List<Integer> phrase = new ArrayList<>();
      phrase.add(n);
      for (int i = 0; i < phrase.size() && phrase.size() < 12; i++) {
        for (Dependency d : g.children(phrase.get(i))) {
          int c = d.dependent();
          boolean within = d.base().equals("nmod") && !d.relation().equals("nmod:poss") && !d.subtype().equals("tmod")
              || d.base().equals("appos") || d.base().equals("conj");
          if (within && g.token(c).isNoun() && g.token(c).timex() == null && !phrase.contains(c)) {
            phrase.add(c);
          }
        }
      }
      for (int m : phrase) {
        if (m != n && occasion(g, m)) {
          Optional<EventDate> date = timeOf(g, m, published, tense, context);
          if (date.isPresent()) {
            return date;
          }
        }
        boolean proper = g.token(m).isProperNoun();
        for (Dependency d : g.children(m)) {
          int c = d.dependent();
          if (c < m || g.token(c).timex() == null || d.relation().equals("nmod:poss")) {
            continue;
          }
          boolean afterObject = m == n && object && (d.base().equals("nmod"));
          boolean onProperNoun = proper && (d.base().equals("nmod") || d.base().equals("obl") || d.base().equals("advmod"));
          // "released water from the plant into the Pacific on Thursday": a weekday hung on any noun of
          // the phrase is the verb's; a noun has no weekday of its own.
          boolean weekday = d.base().equals("nmod") && RelativeDateResolver.isWeekday(g.token(c).word().toLowerCase(java.util.Locale.ROOT));
          if (!afterObject && !onProperNoun && !weekday) {
            continue;
          }
          TemporalPhrase p = TemporalPhrase.at(g, c);
          if (p.preposition().equals("since") && (simplePast(g, verb) || ranked(g, m))) {
            continue;
          }
          Optional<EventDate> date = resolver.resolve(p, published, tense, context);
          // Deep in the phrase, only a day is the verb's ("sites in Syria early on Friday"); a year or a month
          // there is more likely the background of a noun ("the invasion of Ukraine in 2022").
          if (date.isPresent() && (m == n || date.get().precision() == org.entente.model.DatePrecision.DAY)) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether token {@code c} names an occasion introduced by "at", "in" or "during" ("during a meeting"). */
  static boolean occasion(SentenceGraph g, int c) {
    if (!OCCASIONS.contains(g.token(c).key())) {
      return false;
    }
    for (int k : g.children(c, "case")) {
      if (OCCASION_PREPOSITIONS.contains(g.token(k).word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The date of a time phrase written after noun {@code n} and hanging on it ("a meeting <b>on Saturday</b>"). */
  private Optional<EventDate> timeOf(SentenceGraph g, int n, LocalDate published, Tense tense, EventDate context) {
    for (Dependency d : g.children(n)) {
      int c = d.dependent();
      if (c > n && g.token(c).timex() != null && (d.base().equals("nmod") && !d.relation().equals("nmod:poss")
          || d.base().equals("obl"))) {
        Optional<EventDate> date = resolver.resolve(TemporalPhrase.at(g, c), published, tense, context);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "before dawn on Thursday", "after midnight on Sunday": a time of day bounded by "before" or "after" gives
   * no date itself, the day named beside it does.
   */
  private Optional<EventDate> dayOfBoundedTime(SentenceGraph g, int c, TemporalPhrase p, LocalDate published,
      Tense tense, EventDate context) {
    if (!(p.preposition().equals("before") || p.preposition().equals("after"))
        || !DAY_PARTS.contains(g.token(c).key())) {
      return Optional.empty();
    }
    return timeOf(g, c, published, tense, context);
  }

  /**
   * "warned Wang of consequences if China provided support<b>, during a meeting on Saturday</b>": what
   * follows the comma that closes a trailing subordinate clause belongs to the main clause, though parsers
   * hang it on the subordinate verb.
   */
  private static List<Dependency> afterClauseComma(SentenceGraph g, int verb) {
    List<Dependency> out = new ArrayList<>();
    List<Dependency> clauses = new ArrayList<>(g.children(verb));
    for (int r = verb + 1; r < g.sentence().size(); r++) {
      // "freed Gershkovich, the reporter who was arrested in March 2023<b>, in a prisoner swap on Thursday</b>":
      // so does what follows the comma closing a relative clause of one of the verb's nouns
      Dependency h = g.head(r);
      if (h != null && h.relation().equals("acl:relcl") && verbAbove(g, h.governor()) == verb) {
        clauses.add(new Dependency("advcl", verb, r));
      }
    }
    for (Dependency adv : clauses) {
      int a = adv.dependent();
      if (adv.base().equals("advcl") && a > verb) {
        out.addAll(pastClosingComma(g, a));
      }
    }
    return out;
  }

  /** The dependents of clause {@code a} written after the first comma that follows it. */
  private static List<Dependency> pastClosingComma(SentenceGraph g, int a) {
    int comma = Integer.MAX_VALUE;
    for (int p : g.children(a, "punct")) {
      if (p > a && g.token(p).word().equals(",")) {
        comma = Math.min(comma, p);
      }
    }
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : g.children(a)) {
      if (d.dependent() > comma) {
        out.add(d);
      }
    }
    return out;
  }

  /** The nearest verb above noun {@code n} through the nouns of its phrase, or -1. */
  private static int verbAbove(SentenceGraph g, int n) {
    for (int level = 0; level < 5 && n >= 0; level++) {
      Dependency up = g.head(n);
      if (up == null || up.governor() < 0) {
        return -1;
      }
      n = up.governor();
      if (g.token(n).isVerb()) {
        return n;
      }
    }
    return -1;
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

  /** Adverbs that place an act within a day named on them ("earlier on Monday", "later on Tuesday"). */
  private static final Set<String> SEQUENCE = Set.of("earlier", "later");

  /** "in mid-December", "in early-March": a month with its part in one token, which SUTime leaves untagged. */
  private static boolean untaggedMonthPart(SentenceGraph g, int c) {
    return g.token(c).timex() == null && g.token(c).word().toLowerCase(java.util.Locale.ROOT)
        .matches("(mid|early|late)-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*");
  }

  /** Words that rank a noun: "the first visit since 2014" was not in 2014. */
  private static final Set<String> RANKS = Set.of("first", "last", "only", "biggest", "largest", "highest", "deadliest",
      "worst");

  /** Whether a noun is ranked ("the first visit ... since 2014"): "since X" then bounds it, as for a simple past. */
  private static boolean ranked(SentenceGraph g, int n) {
    return g.token(n).isNoun() && g.children(n, "amod").stream()
        .anyMatch(a -> g.token(a).ner().equals("ORDINAL") || RANKS.contains(g.token(a).key()));
  }

  /** A verb in the simple past: "since X" then bounds the event instead of dating a state that began at X. */
  private static boolean simplePast(SentenceGraph g, int v) {
    if (!g.token(v).pos().equals("VBD")) {
      return false;
    }
    return g.children(v).stream().noneMatch(d -> d.base().equals("aux") && g.token(d.dependent()).key().equals("have"));
  }

  /**
   * A lone weekday the parser took for the verb's object: "decided Thursday to end the pact" is parsed
   * obj(decided, Thursday), yet a bare weekday is never what is decided, only when.
   */
  private static boolean bareWeekdayObject(SentenceGraph g, Dependency d) {
    return d.relation().equals("obj") && g.token(d.dependent()).timex() != null
        && RelativeDateResolver.isWeekday(g.token(d.dependent()).key()) && g.children(d.dependent()).isEmpty();
  }

  /**
   * "have imposed a curfew since Sunday night": a weekday SUTime left untagged, alone or naming the part of
   * a day it modifies, is still a day.
   */
  private static boolean untaggedWeekday(SentenceGraph g, int c) {
    if (g.token(c).timex() != null || !g.token(c).isNoun()) {
      return false;
    }
    if (RelativeDateResolver.isWeekday(g.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    return TIME_NOUNS.contains(g.token(c).key()) && g.children(c, "compound").stream()
        .anyMatch(k -> RelativeDateResolver.isWeekday(g.token(k).word().toLowerCase(java.util.Locale.ROOT)));
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
        List<Dependency> dependents = new ArrayList<>(g.children(a));
        List<Dependency> afterComma = depth == 0 && g.token(a).isVerb() ? afterClauseComma(g, a) : List.of();
        dependents.addAll(afterComma);
        if (depth == 0 && g.head(a) != null && g.head(a).relation().equals("acl:relcl")) {
          dependents.removeAll(pastClosingComma(g, a)); // the main clause's, as above: not the relative clause's own
        }
        if (depth == 0 && g.token(a).isNoun()) {
          dependents.addAll(ofOwnParticiple(g, a));
        }
        for (Dependency d : dependents) {
          if (!(TEMPORAL.contains(d.relation()) || TEMPORAL.contains(d.base()) || bareWeekdayObject(g, d))) {
            continue;
          }
          int c = d.dependent();
          if (depth == 1 && c < a && g.token(c).timex() != null && g.token(c).timex().equals(g.token(a).timex())) {
            continue; // a modifier of the time noun's own expression ("for a fourth day"), already read as no date
          }
          if (g.token(c).timex() != null || untaggedWeekday(g, c) || untaggedMonthPart(g, c)) {
            TemporalPhrase p = TemporalPhrase.at(g, c);
            if (p.preposition().equals("since") && (simplePast(g, a) || ranked(g, a))) {
              continue; // "held their first summit since 2019": a bound, not the date of the holding
            }
            Optional<EventDate> date = resolver.resolve(p, published, tense, context);
            if (date.isEmpty()) {
              date = dayOfBoundedTime(g, c, p, published, tense, context);
            }
            if (date.isPresent()) {
              return Optional.of(withEnd(g, a, c, p, date.get(), published, tense, context));
            }
            if (depth == 0 && p.preposition().equals("for") && TIME_NOUNS.contains(g.token(c).key())) {
              next.add(c); // "for a fourth day on Thursday": the count is no date, the day named on it is
            }
          } else if (depth == 0 && (TIME_NOUNS.contains(g.token(c).key()) || occasion(g, c)
              || d.base().equals("advmod") && SEQUENCE.contains(g.token(c).word().toLowerCase(java.util.Locale.ROOT))
              || afterComma.contains(d) && d.base().equals("obl"))) {
            next.add(c); // a time noun, an occasion, or the adverb of "earlier on Monday": its day is one level down
          }
        }
        if (depth == 0 && g.token(a).isVerb()) {
          Optional<EventDate> onArgument = throughArguments(g, a, published, tense, context);
          if (onArgument.isPresent()) {
            return onArgument;
          }
        }
      }
      frontier = next;
    }
    return Optional.empty();
  }

  /**
   * "a case brought by the Philippines in 2013", "protests that erupted in September": the time phrases of a
   * past participle or a relative clause of which the noun is the subject date the act the noun names.
   */
  private static List<Dependency> ofOwnParticiple(SentenceGraph g, int noun) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : g.children(noun)) {
      int v = d.dependent();
      boolean participle = d.relation().equals("acl") && g.token(v).pos().equals("VBN");
      boolean relative = d.relation().equals("acl:relcl") && g.token(v).isVerb()
          && g.children(v).stream().anyMatch(c -> (c.relation().equals("nsubj") || c.relation().equals("nsubj:pass"))
              && (c.dependent() == noun || g.token(c.dependent()).pos().equals("WDT")));
      if ((participle || relative) && v > noun) {
        out.addAll(g.children(v));
      }
    }
    return out;
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
