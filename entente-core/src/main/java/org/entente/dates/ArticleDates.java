package org.entente.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *   <li>An event placed by a counted duration before a dated verb ("two weeks after the border clash",
 *       "a day after Indian jets bombed", "one year since the annexation") is that verb's date less the
 *       duration (see {@code elapsed}); an uncounted one ("months after") gives a coarser date before it.
 *   <li>An event not yet done when reported ("will visit next month", "agreed to meet in July", or an
 *       expression that falls after publication) is an intent: it is dated when it was stated, by the
 *       verb that reports it ("said on Tuesday that it would ..."), else by publication.
 *   <li>An undated event in the present tense ("Japan accuses China") is dated by publication.
 *   <li>An undated past event takes, with basis {@code context}, the date of its own sentence's dated
 *       verb, else of the nearest earlier dated sentence, else of the nearest later one. Two kinds of
 *       undated event are instead new developments, dated to the publication day (basis
 *       {@code publication}) when that neighbour's date is at most a week before publication: a clause
 *       coordinated with the dated one but with its own subject ("... on Tuesday, and Caracas denounced
 *       the strike"), and, in a later sentence, another party's statement or diplomatic response ("Seoul
 *       condemned the launches", "Tokyo lodged a protest"). Other undated events of a later sentence
 *       (details, consequences, what a statement reports, what the dated clause's own actors go on to
 *       say there) stay with the earlier date.
 *   <li>In an article with no dated sentence, an undated past event takes the publication day only when
 *       the article is a <b>same-day report</b>: its lead is in the present or present perfect
 *       ("Japan says ...", "the EU has adopted ..."), when it is a statement or diplomatic response in a
 *       sentence that names no past time ("Pakistan's army accused India of ..."), or when the article's
 *       dateline names the day ("SEOUL, March 4 (Reuters) -"). Otherwise it gets the publication month
 *       ({@code date_precision: month}, basis {@code publication}): the day is not known.
 * </ol>
 *
 * <p>A dateline's day, within three days before or one after publication, stands for the publication date
 * throughout: it is the day the article reports from. A personal pronoun subject ("They signed ...") takes
 * up the actors of the dated clause before it.
 *
 * <p>Immutable once built; thread-safe.
 */
public final class ArticleDates {

  private static final Set<String> STATEMENT_VERBS = Set.of("say", "tell", "announce", "state", "add", "report",
      "confirm", "declare", "write", "claim", "note", "warn", "insist");

  /**
   * Statements and diplomatic responses: reported without a time, in a sentence after a dated one, they are
   * the reactions gathered up to publication, not part of the earlier event.
   */
  private static final Set<String> REACTIONS = Set.of("say", "tell", "state", "announce", "declare", "call",
      "condemn", "denounce", "criticise", "criticize", "slam", "blast", "deplore", "decry", "reject", "deny",
      "dismiss", "refute", "protest", "lodge", "summon", "demand", "urge", "appeal", "warn", "threaten", "vow",
      "pledge", "promise", "accuse", "blame", "claim", "praise", "welcome", "hail", "thank", "congratulate",
      "express", "voice", "respond", "reply", "retort", "insist", "acknowledge", "admit", "apologise",
      "apologize", "regret", "describe", "label", "brand");
  /** How many days before publication a dated event still belongs to the article's news cycle. */
  private static final int NEWS_CYCLE_DAYS = 7;

  private final Article article;
  /**
   * The day the article reports from: its publication date, or the day its dateline writes ("SEOUL, March 4
   * (Reuters) -"), which a feed's publication time in another time zone may have put a day later.
   */
  private final LocalDate published;
  /** Whether {@link #published} is the dateline's day: an undated act of the article then happened that day. */
  private final boolean datelined;
  private final TemporalAttachment attachment = new TemporalAttachment();
  /** Sentence index → the date of its dated verb. */
  private final TreeMap<Integer, EventDate> anchors = new TreeMap<>();
  /** Sentence index → the names of who acts in its dated clause (subjects, agents, partners "with"). */
  private final Map<Integer, Set<String>> anchorActors = new HashMap<>();
  /** The verb whose time phrase dates each sentence (see {@link #anchor}). */
  private final Map<Integer, Integer> anchorVerbs = new HashMap<>();
  private final boolean sameDayReport;

  ArticleDates(Article article, List<AnnotatedSentence> sentences) {
    this.article = article;
    Optional<LocalDate> dateline = article.date() == null ? Optional.empty()
        : org.entente.annotate.Dateline.date(article.text(), article.date());
    this.published = dateline.orElse(article.date());
    this.datelined = dateline.isPresent();
    boolean lead = false;
    boolean presentLead = false;
    for (AnnotatedSentence s : sentences) {
      if (!s.parsed()) {
        continue;
      }
      SentenceGraph g = new SentenceGraph(s);
      int root = g.root();
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
    Tense tense = Tense.of(g, node);
    Optional<EventDate> own = attachment.own(g, node, published, context, false);
    if (own.isEmpty()) {
      Optional<EventDate> sibling = attachment.own(g, node, published, context, true);
      if (sibling.isPresent() && recent(sibling.get()) && tense != Tense.FUTURE && !sameTransaction(g, node)
          && !participantsAct(g, node) && reaction(g, node)) {
        return reportingDay(); // "... on Thursday, and Washington demanded its release"
      }
      own = sibling;
    }
    if (own.isEmpty() && atThatTime(g, node)) {
      // "Seoul responded at the time by dropping Japan from its list": the time of the dated sentence before
      var back = anchors.lowerEntry(g.sentence().index());
      if (back != null) {
        return asContext(back.getValue());
      }
    }
    if (own.isEmpty()) {
      Optional<EventDate> before = elapsed(g, node, depth);
      if (before.isPresent()) {
        return before.get();
      }
    }
    // "backing a case brought by the Philippines in 2013": a noun whose own time phrase lies before the
    // publication names a past act, whatever plan the clause around it states
    boolean pastAct = own.isPresent() && published != null && g.token(node).isNoun()
        && own.get().date().isBefore(published) && own.get().basis() == DateBasis.EXPLICIT;
    boolean notYet = tense == Tense.FUTURE && !pastAct
        || own.isPresent() && published != null && own.get().date().isAfter(published);
    if (notYet) {
      int statement = statement(g, node);
      if (statement >= 0 && depth < 4) {
        return date(g, statement, context, depth + 1);
      }
      return publication(false);
    }
    if (own.isPresent()) {
      return overnightBeforeReport(g, node, own.get());
    }
    if (tense == Tense.PRESENT) {
      return publication(false);
    }
    EventDate here = anchors.get(g.sentence().index());
    if (here != null && here.precision() == DatePrecision.DAY && !recent(here)
        && reportedBelow(g, node, anchorVerbs.getOrDefault(g.sentence().index(), -1))) {
      // "an inquiry found that government forces used sarin on April 4": the old day of what is reported
      // is not the day of the finding, which the article reports as news
      return reportingDay();
    }
    if (here != null && here.precision() == DatePrecision.DAY) {
      if (recent(here) && newSubjectConjunct(g, node) && !sameTransaction(g, node) && !participantsAct(g, node)
          && reaction(g, node)) {
        return reportingDay();
      }
      return asContext(here);
    }
    EventDate earlier = context(g.sentence().index());
    if (earlier != null) {
      if (recent(earlier) && reaction(g, node) && !sameTransaction(g, node)
          && !sameActors(g, node, anchorActors.getOrDefault(contextSentence(g.sentence().index()), Set.of()))) {
        return reportingDay();
      }
      return asContext(earlier);
    }
    var after = anchors.higherEntry(g.sentence().index());
    while (after != null && after.getValue().precision() != DatePrecision.DAY) {
      after = anchors.higherEntry(after.getKey());
    }
    if (after != null) {
      return asContext(after.getValue());
    }
    var older = anchors.lowerEntry(g.sentence().index());
    boolean afterHistory = older != null && published != null
        && older.getValue().date().isBefore(published.withDayOfMonth(1));
    if (reaction(g, node) && namesNoPastTime(g) && !afterHistory) {
      // "Pakistan's army spokesman accused India of sponsoring militants", "The RSF denied targeting
      // civilians": a statement or diplomatic response the article dates nowhere is news of the day it is
      // reported, as the reactions after a dated sentence are. Other acts keep the honest month, and so does
      // a response placed against a time the article cannot resolve ("two days later", "Tuesday's attack"),
      // or one that follows a sentence on an older year or month ("Russia annexed Crimea in March 2014.
      // Ukraine condemned the annexation"), which it may well answer
      return publication(false);
    }
    if (afterHistory && datelined && article.datePrecision() == DatePrecision.DAY) {
      // nor does a dateline's day reach back to what follows such a sentence
      return new EventDate(published.withDayOfMonth(1), DatePrecision.MONTH, null, DateBasis.PUBLICATION);
    }
    return publication(!sameDayReport);
  }

  /**
   * Whether the event's clause, or one it hangs on, is placed "at the time" or "at that time": a time
   * named before, whatever its precision ("removed Seoul from the list in 2019 ... Seoul responded at the
   * time").
   */
  private static boolean atThatTime(SentenceGraph g, int node) {
    int n = node;
    for (int level = 0; level < 4 && n >= 0; level++) {
      for (Dependency d : g.children(n)) {
        int t = d.dependent();
        if ((d.relation().equals("obl:at") || d.relation().equals("nmod:at")) && g.token(t).key().equals("time")
            && g.children(t).stream().anyMatch(c -> c.relation().equals("det")
                && Set.of("the", "that").contains(g.token(c.dependent()).word().toLowerCase(java.util.Locale.ROOT)))
            && g.children(t).stream().noneMatch(c -> !c.relation().equals("det") && !c.relation().equals("case"))) {
          return true;
        }
      }
      Dependency up = g.head(n);
      n = up == null ? -1 : up.governor();
    }
    return false;
  }

  /**
   * "The US military destroyed a boat on Tuesday, and <b>Caracas denounced</b> the strike": a clause
   * coordinated with the dated one but with a subject of its own is another actor's development; when it is
   * a statement or diplomatic response (see {@link #reaction}) the time phrase of its sibling does not reach
   * it. A material act ("..., and Israeli jets struck back") is no such report and keeps its sibling's day.
   */
  private static boolean newSubjectConjunct(SentenceGraph g, int node) {
    int v = predicate(g, node);
    if (v < 0) {
      return false;
    }
    for (Dependency up : g.parents(v)) {
      if (up.governor() >= 0 && up.relation().startsWith("conj") && TemporalAttachment.ownSubject(g, v, up.governor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the event is, or is done together with, a statement or diplomatic response ("Seoul
   * <b>condemned</b> the launches", "New Delhi <b>lodged</b> a protest", "Israel <b>declared</b> war and began
   * pounding Gaza"). What a statement reports (its ccomp) is not itself a response.
   */
  private static boolean reaction(SentenceGraph g, int node) {
    int v = predicate(g, node);
    for (int level = 0; v >= 0 && level < 4; level++) {
      if (REACTIONS.contains(g.token(v).key())) {
        return true;
      }
      Dependency head = g.head(v);
      if (head == null || head.governor() < 0) {
        return false;
      }
      int up = head.governor();
      boolean xcomp = head.base().equals("xcomp");
      List<Integer> own = g.children(v, "nsubj", "nsubj:pass");
      boolean sharedSubject = head.relation().startsWith("conj")
          && (own.isEmpty() || g.children(up, "nsubj", "nsubj:pass").containsAll(own));
      if (!xcomp && !sharedSubject || !g.token(up).isVerb()) {
        return false;
      }
      v = up;
    }
    return false;
  }

  /**
   * "and Israel released 39 prisoners <b>in return</b>", "<b>in exchange</b> for ...", "<b>as part of</b> the
   * deal": the clause is the other half of the event before it, not a later development. So is what is
   * said or done at an occasion the article has set ("<b>in his inaugural address</b> he said ...").
   */
  private static boolean sameTransaction(SentenceGraph g, int node) {
    int v = predicate(g, node);
    if (v < 0) {
      return false;
    }
    for (Dependency d : g.children(v)) {
      if (d.base().equals("obl") && TemporalAttachment.occasion(g, d.dependent())) {
        return true;
      }
    }
    for (int c : g.children(v, "obl", "advmod", "advcl")) {
      String k = g.token(c).key();
      for (int p : g.children(c, "case", "mark")) {
        String w = g.token(p).word().toLowerCase(Locale.ROOT);
        if (w.equals("in") && (k.equals("return") || k.equals("exchange")) || w.equals("as") && k.equals("part")) {
          return true;
        }
      }
    }
    for (Dependency d : g.children(v)) {
      String k = g.token(d.dependent()).key();
      if (d.relation().equals("obl:in") && (k.equals("return") || k.equals("exchange"))
          || d.relation().equals("obl:as") && k.equals("part")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the subject of the event's clause is one who acts in the dated clause it takes its context
   * from ("Ishiba held talks with Xi on Friday. <b>Mr. Ishiba</b> expressed concern ..."), or the
   * participants together ("<b>the three leaders</b> condemned ..."): the same actors carrying on within
   * that event, not another party's response.
   */
  private static boolean sameActors(SentenceGraph g, int node, Set<String> actors) {
    int v = predicate(g, node);
    for (int level = 0; v >= 0 && level < 4; level++) {
      List<Integer> subjects = g.children(v, "nsubj", "nsubj:pass");
      if (!subjects.isEmpty()) {
        for (int subject : subjects) {
          boolean named = g.token(subject).isProperNoun()
              && actors.contains(g.token(subject).word().toLowerCase(Locale.ROOT));
          // "The presidents of Kenya and Uganda met on Thursday. <b>They</b> signed a pact and pledged ...": a
          // personal pronoun takes up who acted in the dated sentence before it
          if (named || pronoun(g, subject) || participants(g, subject)) {
            return true;
          }
        }
        return false;
      }
      Dependency head = g.head(v);
      if (head == null || head.governor() < 0 || !(head.base().equals("xcomp") || head.relation().startsWith("conj"))) {
        return false;
      }
      v = head.governor();
    }
    return false;
  }

  /**
   * "Kim crossed the border on Friday to meet Moon, and <b>the two leaders</b> pledged ...": the subject is
   * the participants of the dated clause together, so theirs is the same occasion, not a later development.
   */
  private static boolean participantsAct(SentenceGraph g, int node) {
    int v = predicate(g, node);
    return v >= 0 && g.children(v, "nsubj", "nsubj:pass").stream().anyMatch(s -> participants(g, s) || pronoun(g, s));
  }

  /**
   * "Abiy said on Saturday that ..., and <b>he</b> rejected calls for talks": a personal pronoun subject takes
   * up an actor of the clause before it, not another party.
   */
  private static boolean pronoun(SentenceGraph g, int subject) {
    return g.token(subject).pos().equals("PRP")
        && Set.of("he", "she", "they", "it", "we").contains(g.token(subject).word().toLowerCase(Locale.ROOT));
  }

  /** "the two leaders", "both sides", "the three ministers": the participants of an event, together. */
  private static boolean participants(SentenceGraph g, int subject) {
    if (!Set.of("leaders", "sides", "ministers", "presidents", "delegations", "heads").contains(
        g.token(subject).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : g.children(subject)) {
      String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.base().equals("nummod") || w.equals("both") || w.equals("all")) {
        return true;
      }
    }
    return false;
  }

  /** The names (proper nouns) of who acts in clause {@code v}: subjects, agent, partners ("talks with X", "met X"). */
  private static Set<String> actors(SentenceGraph g, int v) {
    List<Integer> heads = new ArrayList<>();
    for (Dependency d : g.children(v)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("obl:agent") || r.equals("obl:with")) {
        heads.add(d.dependent());
      } else if (r.equals("obj")) {
        heads.addAll(g.children(d.dependent(), "nmod:with"));
        if (Set.of("meet", "host", "receive").contains(g.token(v).key())) {
          heads.add(d.dependent()); // the partner met, hosted or received
        }
      }
    }
    Set<String> out = new HashSet<>();
    for (int h : heads) {
      for (int t : g.descendants(h, d -> Set.of("compound", "flat", "conj", "appos").contains(d.base()))) {
        if (g.token(t).isProperNoun()) {
          out.add(g.token(t).word().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /**
   * Whether the sentence names no time but those of planned acts ("said it will visit Japan in February") and
   * of background clauses on a noun ("curbs that it had imposed in 2019"), which do not place the sentence's act.
   */
  private static boolean namesNoPastTime(SentenceGraph g) {
    for (int i = 0; i < g.sentence().size(); i++) {
      if (g.token(i).timex() != null && Tense.of(g, i) != Tense.FUTURE && !inPlanOrNounClause(g, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} lies in a relative clause of a noun (acl:relcl). */
  private static boolean inRelativeClause(SentenceGraph g, int i) {
    int n = i;
    for (int level = 0; level < 8; level++) {
      Dependency up = g.head(n);
      if (up == null || up.governor() < 0) {
        return false;
      }
      if (up.relation().equals("acl:relcl")) {
        return true;
      }
      n = up.governor();
    }
    return false;
  }

  /**
   * Whether token {@code i} lies in a participle or relative clause of a noun (acl, acl:relcl), or anywhere
   * below a verb of a planned act ("would lift curbs ... that it had imposed in 2019").
   */
  private static boolean inPlanOrNounClause(SentenceGraph g, int i) {
    int n = i;
    for (int level = 0; level < 8; level++) {
      Dependency up = g.head(n);
      if (up == null || up.governor() < 0) {
        return false;
      }
      n = up.governor();
      if (up.base().equals("acl") || g.token(n).isVerb() && Tense.of(g, n) == Tense.FUTURE) {
        return true;
      }
    }
    return false;
  }

  /** The index of the nearest earlier sentence dated to the day, or -1. */
  private int contextSentence(int sentence) {
    var e = anchors.lowerEntry(sentence);
    while (e != null && e.getValue().precision() != DatePrecision.DAY) {
      e = anchors.lowerEntry(e.getKey());
    }
    return e == null ? -1 : e.getKey();
  }

  /** The verb of the clause of {@code node}: itself, or the verb its noun hangs on ("lodged a <b>protest</b>"). */
  private static int predicate(SentenceGraph g, int node) {
    int n = node;
    for (int level = 0; level < 4; level++) {
      if (g.token(n).isVerb()) {
        return n;
      }
      Dependency head = g.head(n);
      if (head == null || head.governor() < 0 || head.governor() == n) {
        return -1;
      }
      n = head.governor();
    }
    return -1;
  }

  /**
   * "Russia launched 80 drones at Ukraine overnight, the air force said <b>on Tuesday</b>": "overnight" is the
   * night before the day of the statement that reports it, not before publication when that is later.
   */
  private EventDate overnightBeforeReport(SentenceGraph g, int node, EventDate own) {
    boolean overnight = own.basis() == DateBasis.RELATIVE && published != null && own.end() != null
        && own.end().equals(published) && own.date().equals(published.minusDays(1));
    int v = predicate(g, node);
    if (!overnight || v < 0) {
      return own;
    }
    List<Integer> reports = new ArrayList<>(g.children(v, "parataxis", "dep"));
    Dependency up = g.head(v);
    if (up != null && up.governor() >= 0 && up.base().equals("ccomp")) {
      reports.add(up.governor());
    }
    for (int r : reports) {
      if (!STATEMENT_VERBS.contains(g.token(r).key())) {
        continue;
      }
      Optional<EventDate> said = attachment.own(g, r, published, context(g.sentence().index()));
      if (said.isPresent() && said.get().precision() == DatePrecision.DAY && said.get().date().isBefore(published)) {
        LocalDate day = said.get().date();
        return new EventDate(day.minusDays(1), DatePrecision.DAY, day, DateBasis.RELATIVE);
      }
    }
    return own;
  }

  /** A date in the news cycle of the article: at most a week before publication. */
  private boolean recent(EventDate d) {
    return published != null && d.date() != null && d.date().isBefore(published)
        && !d.date().isBefore(published.minusDays(NEWS_CYCLE_DAYS));
  }

  /** Whether {@code verb} lies in a that-clause (ccomp) of {@code node}: what the node says, finds or concludes. */
  private static boolean reportedBelow(SentenceGraph g, int node, int verb) {
    if (verb < 0 || verb == node) {
      return false;
    }
    for (int c : g.children(node, "ccomp")) {
      if (c == verb || g.descendants(c, d -> true).contains(verb)) {
        return true;
      }
    }
    return false;
  }

  /** The publication day, for a development the article reports without a time of its own. */
  private EventDate reportingDay() {
    return new EventDate(published, DatePrecision.DAY, null, DateBasis.PUBLICATION);
  }

  /**
   * "One year after Russia's invasion", "two weeks after the border clash", "a day after Indian jets bombed
   * a camp": the event is dated by the verb the duration hangs on, less the duration. Days and weeks give
   * a day; months a month; years a year, or the day when the sentence marks an anniversary ("to mark one
   * year since", or the duration opening the sentence: "One year after the invasion, ..."). "Hours after"
   * gives the verb's day. Hedged ("more than two weeks after") or uncounted ("days after") durations give
   * nothing.
   */
  private Optional<EventDate> elapsed(SentenceGraph g, int node, int depth) {
    int duration = -1;
    int node2 = node;
    Dependency head = g.head(node);
    if (!g.token(node).isVerb() && head != null && head.governor() >= 0 && g.token(head.governor()).isVerb()
        && (head.relation().startsWith("nsubj") || head.relation().equals("obj"))) {
      node2 = head.governor(); // "a crackdown drove them out": the clause of a nominal subject or object
    }
    int anchor = -1;
    if (head != null && head.governor() >= 0 && head.relation().equals("dep")
        && Set.of("since", "after").contains(g.token(head.governor()).word().toLowerCase(Locale.ROOT))
        && g.head(head.governor()) != null && g.head(head.governor()).relation().equals("amod")
        && unit(g, g.head(head.governor()).governor()) != null) {
      // "to mark one year since Russia's annexation": parsed amod(year, since) dep(since, annexation)
      duration = g.head(head.governor()).governor();
      Dependency up = g.head(duration);
      anchor = up == null ? -1 : up.governor();
      if (anchor < 0) {
        duration = -1;
      }
    }
    if (duration < 0 && head != null && head.governor() >= 0 && unit(g, head.governor()) != null) {
      int d = head.governor();
      boolean prepositional = head.relation().equals("nmod:after") || head.relation().equals("nmod:since");
      boolean loose = head.relation().equals("dep") && hasCase(g, d);
      Dependency up = g.head(d);
      if ((prepositional || loose) && up != null && up.governor() >= 0) {
        duration = d;
        anchor = up.governor();
      }
    }
    if (duration < 0 && g.token(node2).isVerb() && hasMark(g, node2)) {
      for (Dependency d : g.children(node2)) {
        boolean measure = d.base().equals("dep") || d.subtype().equals("npmod") || d.subtype().equals("tmod");
        Dependency up = g.head(node2);
        if (measure && d.dependent() < node2 && unit(g, d.dependent()) != null && up != null && up.governor() >= 0) {
          duration = d.dependent();
          anchor = up.governor();
          break;
        }
      }
    }
    if (duration < 0 || anchor == node || depth >= 4 || modal(g, anchor)) {
      return Optional.empty(); // "will meet two weeks after the vote": nothing has happened to count back from
    }
    String unit = unit(g, duration);
    int count = count(g, duration);
    EventDate at = date(g, anchor, context(g.sentence().index()), depth + 1);
    if (at.date() == null) {
      return Optional.empty();
    }
    DateBasis basis = at.basis() == DateBasis.CONTEXT ? DateBasis.CONTEXT : DateBasis.RELATIVE;
    boolean day = at.precision() == DatePrecision.DAY;
    LocalDate d = at.date();
    if (count == 0 && !unit.equals("hour")) {
      // "expelled diplomats on Tuesday, months after it ordered French troops to leave", "days after Kim
      // threatened": an uncounted or hedged duration is no day, yet certainly not the verb's: days or weeks
      // give the month a few days or two weeks back, months or years the year a quarter or a year back
      return switch (unit) {
        case "day" -> Optional.of(new EventDate(d.minusDays(3).withDayOfMonth(1), DatePrecision.MONTH, null, basis));
        case "week" -> Optional.of(new EventDate(d.minusWeeks(2).withDayOfMonth(1), DatePrecision.MONTH, null, basis));
        case "month" -> Optional.of(new EventDate(d.minusMonths(3).withDayOfYear(1), DatePrecision.YEAR, null, basis));
        default -> Optional.of(new EventDate(d.minusYears(1).withDayOfYear(1), DatePrecision.YEAR, null, basis));
      };
    }
    return switch (unit) {
      case "hour" -> day ? Optional.of(new EventDate(d, DatePrecision.DAY, null, basis)) : Optional.empty();
      case "day" -> day ? Optional.of(new EventDate(d.minusDays(count), DatePrecision.DAY, null, basis)) : Optional.empty();
      case "week" -> day ? Optional.of(new EventDate(d.minusWeeks(count), DatePrecision.DAY, null, basis)) : Optional.empty();
      case "month" -> at.precision() == DatePrecision.YEAR ? Optional.empty()
          : Optional.of(new EventDate(d.minusMonths(count).withDayOfMonth(1), DatePrecision.MONTH, null, basis));
      default -> day && anniversary(g, duration, anchor)
          ? Optional.of(new EventDate(d.minusYears(count), DatePrecision.DAY, null, basis))
          : Optional.of(new EventDate(d.minusYears(count).withDayOfYear(1), DatePrecision.YEAR, null, basis));
    };
  }

  /** "hour", "day", "week", "month" or "year" for a duration noun, else null. */
  private static String unit(SentenceGraph g, int i) {
    if (!g.token(i).isNoun() || g.token(i).timex() != null && !g.token(i).timex().startsWith("P")) {
      return null;
    }
    String w = g.token(i).word().toLowerCase(Locale.ROOT);
    String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    return Set.of("hour", "day", "week", "month", "year").contains(singular) ? singular : null;
  }

  /** The exact count of a duration ("two weeks", "a day"), or 0 when it has none or is hedged ("more than two"). */
  private static int count(SentenceGraph g, int duration) {
    for (int i = Math.max(0, duration - 4); i < duration; i++) {
      String w = g.token(i).word().toLowerCase(Locale.ROOT);
      if (Set.of("more", "less", "fewer", "than", "nearly", "almost", "about", "around", "over", "some", "roughly",
          "several", "few", "under", "approximately").contains(w)) {
        return 0;
      }
    }
    for (Dependency d : g.children(duration)) {
      String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.base().equals("nummod") || d.base().equals("det") && (w.equals("a") || w.equals("an"))) {
        return RelativeDateResolver.amount(List.of(w));
      }
    }
    return 0;
  }

  private static boolean modal(SentenceGraph g, int verb) {
    for (int a : g.children(verb, "aux")) {
      if (g.token(a).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCase(SentenceGraph g, int i) {
    for (int c : g.children(i, "case")) {
      String w = g.token(c).word().toLowerCase(Locale.ROOT);
      if (w.equals("after") || w.equals("since")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMark(SentenceGraph g, int i) {
    for (int c : g.children(i, "mark")) {
      String w = g.token(c).word().toLowerCase(Locale.ROOT);
      if (w.equals("after") || w.equals("since")) {
        return true;
      }
    }
    return false;
  }

  /** An anniversary: the sentence marks one, or the duration opens the sentence before its verb. */
  private static boolean anniversary(SentenceGraph g, int duration, int anchor) {
    for (int i = 0; i < g.sentence().size(); i++) {
      String k = g.token(i).key();
      if (k.equals("anniversary") || k.equals("mark") && g.token(i).isVerb()) {
        return true;
      }
    }
    return duration < anchor && duration <= 3;
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
    // "..., his office said on Tuesday" hangs as parataxis, ccomp or, after a long clause, a bare dep
    for (int c : g.children(n, "parataxis", "ccomp", "dep")) {
      if (STATEMENT_VERBS.contains(g.token(c).key()) && Tense.of(g, c) != Tense.FUTURE) {
        return c;
      }
    }
    return -1;
  }

  /** The date of a sentence: of its root verb, else of the first verb dated by an expression, if any is done. */
  private Optional<EventDate> anchor(SentenceGraph g, int root, EventDate context) {
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
      if (d.isPresent() && d.get().precision() != DatePrecision.DAY && v != root && inRelativeClause(g, v)) {
        // "executed a man who had attacked a police station in 2022, the judiciary said on Tuesday": the year or
        // month of a relative clause is background, not the sentence's time (its day is usually the news:
        // "shot down drones that entered Polish airspace overnight")
        continue;
      }
      if (d.isPresent() && (published == null || !d.get().date().isAfter(published))) {
        anchorActors.put(g.sentence().index(), actors(g, v));
        anchorVerbs.put(g.sentence().index(), v);
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
    if (published == null) {
      return EventDate.UNKNOWN;
    }
    DatePrecision p = article.datePrecision() == DatePrecision.UNKNOWN || datelined ? DatePrecision.DAY
        : article.datePrecision();
    // "SEOUL, March 4 (Reuters) - North Korea fired two missiles": wire copy that names no day reports the
    // dateline's own
    if (monthOnly && p == DatePrecision.DAY && !datelined) {
      return new EventDate(published.withDayOfMonth(1), DatePrecision.MONTH, null, DateBasis.PUBLICATION);
    }
    return new EventDate(published, p, null, DateBasis.PUBLICATION);
  }
}
