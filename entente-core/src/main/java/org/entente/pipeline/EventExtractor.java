package org.entente.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.actors.ActorResolver;
import org.entente.actors.DictionaryEntry;
import org.entente.actors.Discourse;
import org.entente.actors.SentenceMentions;
import org.entente.coding.EventCoder;
import org.entente.coding.EventFrame;
import org.entente.coding.Slot;
import org.entente.dates.ArticleDates;
import org.entente.dates.EventDater;
import org.entente.model.Actor;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.DateBasis;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * An EventExtractor turns an annotated article into events: for each parsed sentence it finds the
 * actors, codes the event frames, dates each frame, then resolves the actors on that date (a person's
 * office depends on when the event happened, not when it was reported).
 *
 * <p>Thread-safe: per-article state (the discourse memory) lives in each call.
 */
public final class EventExtractor {

  private final Dictionaries dictionaries;
  private final EventCoder coder;
  private final ActorResolver resolver;
  private final EventDater dater = new EventDater();

  public EventExtractor(Dictionaries dictionaries) {
    this.dictionaries = dictionaries;
    this.coder = new EventCoder(dictionaries.patterns());
    this.resolver = new ActorResolver(dictionaries.actors());
  }

  public List<Event> extract(AnnotatedArticle annotated) {
    Article article = annotated.article();
    Discourse discourse = new Discourse(dictionaries.actors()::shortContext, dictionaries.actors()::homonyms);
    filedFrom(article).ifPresent(discourse::filedFrom);
    ArticleDates dates = dater.forArticle(annotated);
    List<Event> events = new ArrayList<>();
    List<ActClause> actClauses = new ArrayList<>();
    for (AnnotatedSentence s : annotated.sentences()) {
      SentenceMentions mentions = discourse.withKnownNames(SentenceMentions.find(dictionaries.actors(), s), s.tokens());
      List<DictionaryEntry> sources = new ArrayList<>();
      int sentenceStart = events.size();
      SentenceGraph parsed = null;
      if (s.parsed()) {
        SentenceGraph g = new SentenceGraph(WhichOfPeople.repair(s, mentions));
        parsed = g;
        // one visit however many acts of the sentence name the guest ("told visiting X ... and urged him")
        java.util.Set<String> visits = new java.util.HashSet<>();
        java.util.Map<Integer, Actor[][]> sidesByTrigger = new java.util.HashMap<>();
        java.util.Map<Integer, String> codeByTrigger = new java.util.HashMap<>();
        for (EventFrame f : coder.code(g, i -> mentions.actorAt(i).isPresent(), i -> mentions.roleAt(i).isPresent(),
            i -> place(mentions, i))) {
          EventDate when = dates.date(g, f.trigger());
          // Offices are looked up on the event's own date only when the text dates it; an inferred date
          // (context, publication) is too weak to turn a prime minister into a former one.
          LocalDate day = when.date() != null && (when.basis() == DateBasis.EXPLICIT || when.basis() == DateBasis.RELATIVE)
              ? when.date() : article.date() != null ? article.date() : when.date();
          List<Actor> from = resolveAll(g, mentions, discourse, f.sources(), day);
          List<Actor> to = resolveAll(g, mentions, discourse, f.targets(), day);
          List<Actor> group = resolveAll(g, mentions, discourse, f.group(), day);
          from = inContext(g, mentions, discourse, f, f.sources(), from, to, false);
          from = agentFromPlace(g, mentions, f, from, to);
          from = EnvoySummoner.source(g, mentions, discourse, f, from, to);
          from = keeperOfReleased(g, mentions, f, from);
          from = giverOfPromised(g, mentions, discourse, f, from, day);
          from = SenderOfSent.source(g, mentions, f, from, i -> resolver.resolve(g, mentions, i, day));
          from = protestersOfTarget(g, mentions, f, from, to);
          from = issuerOfMessage(g, mentions, discourse, f, from, day);
          from = weaponUsers(g, mentions, discourse, f, f.sources(), from, to, false);
          from = blamedOrClaiming(g, mentions, discourse, f, from, day);
          from = reporterOfJoinedAct(g, mentions, discourse, f, from, to, day);
          to = inContext(g, mentions, discourse, f, f.targets(), to, from, true);
          to = otherPersonThanSubject(g, discourse, f, from, to, day);
          to = weaponUsers(g, mentions, discourse, f, f.targets(), to, from, true);
          discourse.rememberTitledPeople(g, mentions, f.sources(), from);
          discourse.rememberTitledPeople(g, mentions, f.targets(), to);
          to = notOwnClause(g, f, to, from);
          to = agentOfObject(g, mentions, discourse, f, to, from, day);
          to = demandedOf(g, mentions, discourse, f, to, from, day);
          group = inContext(g, mentions, discourse, f, f.group(), group, List.of(), false);
          to = protesters(g, f, to, from);
          to = actsPointBack(g, mentions, f, to, from, discourse, events, day, actClauses);
          to = sharedWithConjunct(g, f, to, group, from, sidesByTrigger);
          to = demandOfProtest(g, f, to, group, from, sidesByTrigger, codeByTrigger);
          to = forceOnSameSide(g, mentions, f, to, group, from, sidesByTrigger, codeByTrigger);
          to = itOfConjunct(g, f, to, from, sidesByTrigger);
          to = commentedObject(g, f, to, sidesByTrigger);
          to = partyProceededAgainst(g, mentions, f, to, group, from, day);
          to = threatenedSide(g, mentions, discourse, f, to, group, from, events, day);
          to = reactionTarget(g, mentions, f, to, group, from, discourse, events, day);
          to = approvedActAuthor(g, mentions, discourse, f, to, group, from, events, day, actClauses);
          to = domesticTarget(g, mentions, f, to, group, from);
          to = answeredActor(g, mentions, discourse, f, to, group, from, day);
          to = measureOnAnswerer(g, mentions, discourse, f, to, group, from, sidesByTrigger, day);
          to = yieldedTo(g, mentions, discourse, f, to, group, from, day);
          to = promisedInReturn(g, f, to, group, from, sidesByTrigger, codeByTrigger);
          to = refusedToJoinedClause(g, mentions, discourse, f, to, group, from, day);
          to = offerPartner(f, to, group, from, discourse, events);
          to = postureAdversary(g, mentions, discourse, f, to, group, from, events, day);
          to = parallelAid(f, to, group, from, events);
          to = ratifiedAgreement(f, to, group, from, events, s.index());
          to = hostOfVisit(g, mentions, discourse, f, to, group, day);
          to = easedMeasureTarget(g, mentions, discourse, f, to, group, from, day);
          to = countedPopulation(g, mentions, discourse, f, to, group, from, day);
          to = placeActedOn(g, mentions, f, to, group, from);
          to = otherSideOfBorder(g, mentions, f, to, group, from, day);
          to = TruceBreakers.target(g, f, to, group, from, i -> resolveAll(g, mentions, discourse, List.of(i), day));
          to = OwnedTargets.of(g, f, to, from, i -> place(mentions, i), i -> resolver.resolve(g, mentions, i, day));
          to = warZone(mentions, f, to, group, from);
          to = ownTownStruck(g, mentions, f, to, group, from, day);
          to = absentTarget(g, mentions, f, to, group, from);
          to = ContextActors.protestedState(g, mentions, f, to, group, from);
          // a source the context could not place may be placed by the target found since
          from = inContext(g, mentions, discourse, f, f.sources(), from, to, false);
          // after the placing above: the side an "anti-X" protest opposes is no clue to the protesters' country
          to = OpposedSide.of(g, f, to, from, dictionaries.actors(), day);
          to = otherOfPair(to, from);
          // A visit to B is hosted by B (dictionaries/verbs/reciprocal-codes.tsv): both events are coded, when
          // the target is named as an actor ("welcomed a resumption of ties between A and B" hosts nobody).
          boolean named = f.targets().stream().allMatch(h -> mentions.actorAt(h).isPresent() || mentions.roleAt(h).isPresent()
              || g.token(h).isProperNoun() || org.entente.actors.ActorResolver.ledByActor(g, mentions, h));
          String answer = group.isEmpty() && named && (f.code().equals(f.pattern().code()) || f.code().equals(f.pattern().alsoCode()))
              ? coder.patterns().answerCode(f.pattern(), f.code()) : null;
          java.util.Optional<String> venue = MeetingVenue.country(g, f, i -> placeCountry(mentions, i));
          List<GuestVisits.Visit> guestVisits = GuestVisits.of(g, f, from, to);
          if (f.code().equals(MeetingVenue.MEET) && venue.isEmpty() && !guestVisits.isEmpty()) {
            // "Xi met visiting Blinken": a meeting with a visitor is held in the host's country
            venue = java.util.Optional.of(guestVisits.get(0).host().country());
            guestVisits = List.of();
          }
          for (Actor[] pair : pairs(from, to, group)) {
            String code = venue.map(v -> MeetingVenue.code(v, pair[0], pair[1])).orElse(f.code());
            if (code.equals(MeetingVenue.VISIT) && pair[1].code().length() == 3 && pair[1].code().equals(pair[0].country())) {
              continue; // "Blinken said after talks in Washington": no one visits their own country
            }
            if (code.startsWith("045") && pair[0].known() && pair[1].known() && pair[0].country().equals(pair[1].country())
                && !ContextActors.acrossTheDivide(pair[0], pair[1])) {
              continue; // "talks mediated by Turkey in Ankara": a mediator mediates between others, not with its capital
            }
            events.add(event(article, s, g, f, code, when, pair[0], pair[1], events.size()));
            if (answer != null && named(pair[0]) && named(pair[1])) {
              String back = venue.map(v -> MeetingVenue.code(v, pair[1], pair[0])).orElse(answer);
              events.add(event(article, s, g, f, back, when, pair[1], pair[0], events.size()));
            }
          }
          for (GuestVisits.Visit v : guestVisits) {
            if (visits.add(v.guest().code() + ">" + v.host().code())) {
              events.add(event(article, s, g, f, MeetingVenue.VISIT, when, v.guest(), v.host(), events.size(), v.word()));
              events.add(event(article, s, g, f, MeetingVenue.HOST, when, v.host(), v.guest(), events.size(), v.word()));
            }
          }
          int truce = truceSides(g, f, from, to, group, events, sentenceStart);
          if (truce >= 0) {
            // the truce's own word is its trigger: an act beside the pull-back, not a repeat of it (RepeatedEvents)
            for (Actor[] pair : List.of(new Actor[] {from.get(0), to.get(0)}, new Actor[] {to.get(0), from.get(0)})) {
              events.add(event(article, s, g, f, TRUCE, when, pair[0], pair[1], events.size(), truce));
            }
          }
          for (Term term : exchangeTerms(g, f, from, to, group)) {
            events.add(event(article, s, g, f, term.code(), when, term.source(), term.target(), events.size()));
          }
          for (Actor host : signingHosts(g, mentions, f, group, day)) {
            for (Actor party : group) {
              events.add(event(article, s, g, f, MEDIATE, when, host, party, events.size()));
            }
          }
          sidesByTrigger.put(f.trigger(), new Actor[][] {from.toArray(Actor[]::new), to.toArray(Actor[]::new)});
          codeByTrigger.put(f.trigger(), f.code());
          // Remembered even without a target: "North Korea fired a missile. Tokyo protested the launch."
          // A guess is no act to answer: after "the missile was most likely fired by Ukrainian air
          // defences", "an investigation into the blast" is not aimed at Ukraine.
          if (!guessed(f)) {
            discourse.eventSources(from.isEmpty() ? group : from);
            if (usesWeapons(g, f)) {
              discourse.weaponUsers(from);
            }
          }
          discourse.eventParties(from.isEmpty() ? group : from, to);
          for (int src : f.sources()) {
            // "China's foreign ministry summoned ... It accused Tokyo": a role phrase's owner is who acted
            mentions.actorAt(src).or(() -> g.children(src, "nmod:poss", "amod", "compound").stream()
                    .map(mentions::actorAt).flatMap(java.util.Optional::stream).findFirst())
                .ifPresent(m -> sources.add(m.entry()));
          }
        }
        actClauses.addAll(actClauses(g, mentions, discourse, article.date(), Integer.MAX_VALUE));
        discourse.coordinations(g, mentions);
        discourse.rememberOwnedRoles(g, mentions);
        int root = g.root();
        if (root >= 0 && g.token(root).isVerb() && org.entente.model.Speech.reports(g.token(root).key())) {
          discourse.speakers(resolveAll(g, mentions, discourse, g.children(root, "nsubj"), article.date()));
        }
        RepeatedEvents.drop(events, sentenceStart);
      }
      discourse.remember(mentions.actors(), sources);
      if (parsed != null) {
        SentenceGraph g = parsed;
        discourse.subjectLast(g, mentions, i -> resolveAll(g, mentions, discourse, List.of(i), article.date()));
      }
    }
    return events;
  }

  /** CAMEO's formal agreement and mediation codes. */
  private static final String SIGN = "057";
  private static final String MEDIATE = "045";

  /** CAMEO 0871, declare a truce or ceasefire. */
  private static final String TRUCE = "0871";
  private static final java.util.Set<String> TRUCES = java.util.Set.of("ceasefire", "cease-fire", "truce", "armistice");

  /**
   * "A ceasefire in Gaza took effect on Friday, and Israeli troops began pulling back to agreed lines": a truce
   * said to take effect, named without its parties, is between the sides of the de-escalation (CAMEO 087x)
   * the same sentence reports, when no truce between them is coded yet. Returns the truce's word, else -1.
   */
  private static int truceSides(SentenceGraph g, EventFrame f, List<Actor> from, List<Actor> to, List<Actor> group,
      List<Event> events, int sentenceStart) {
    if (!f.code().startsWith("087") || f.code().equals(TRUCE) || !group.isEmpty() || from.size() != 1 || to.size() != 1
        || !from.get(0).known() || !to.get(0).known() || from.get(0).country().equals(to.get(0).country())) {
      return -1;
    }
    for (int i = sentenceStart; i < events.size(); i++) {
      if (events.get(i).cameo().code().equals(TRUCE)) {
        return -1;
      }
    }
    for (int t = 0; t < g.sentence().size(); t++) {
      org.entente.model.Dependency up = g.head(t);
      if (!TRUCES.contains(g.token(t).key()) || up == null || up.governor() < 0 || !up.relation().equals("nsubj")) {
        continue;
      }
      int v = up.governor();
      String verb = g.token(v).lemma().toLowerCase(java.util.Locale.ROOT);
      boolean inEffect = switch (verb) {
        case "take" -> g.children(v, "obj").stream().anyMatch(o -> g.token(o).key().equals("effect"));
        case "come", "go", "enter" -> g.children(v).stream().anyMatch(d -> (d.base().equals("obl") || d.base().equals("obj"))
            && java.util.Set.of("effect", "force").contains(g.token(d.dependent()).key()));
        case "begin", "start", "hold" -> true;
        default -> false;
      };
      if (inEffect) {
        return t;
      }
    }
    return -1;
  }

  /** One side's term of an agreement: an event the agreement implies. */
  private record Term(Actor source, Actor target, String code) {
  }

  /** What is promised in return, by the head noun of an "in exchange for" phrase: sanctions eased, people freed, aid. */
  private static final java.util.Map<String, String> RETURNS = java.util.Map.of(
      "relief", "0354", "lifting", "0354", "easing", "0354", "removal", "0354",
      "release", "0353", "freedom", "0353",
      "aid", "033", "assistance", "033");
  /** Words that make a relief or a lifting one of sanctions. */
  private static final java.util.Set<String> SANCTIONS = java.util.Set.of("sanction", "embargo", "blockade");

  /**
   * "Iran reached an agreement with world powers to curb its nuclear programme in exchange for relief from
   * international sanctions": an agreement between a subject and a partner states the terms of each side, the
   * subject's commitment (030) and what the partner promises in return (0354 sanctions eased, 0353 people
   * freed, 033 aid).
   */
  private static List<Term> exchangeTerms(SentenceGraph g, EventFrame f, List<Actor> from, List<Actor> to,
      List<Actor> group) {
    if (!f.code().equals(SIGN) || !group.isEmpty() || from.size() != 1 || to.size() != 1 || !from.get(0).known()
        || !to.get(0).known() || from.get(0).country().equals(to.get(0).country())) {
      return List.of();
    }
    for (int e : g.descendants(f.trigger(), d -> !d.base().equals("ccomp") && !d.base().equals("parataxis"))) {
      if (!g.token(e).key().equals("exchange") || g.children(e, "case").stream().noneMatch(c -> g.token(c).key().equals("in"))) {
        continue;
      }
      for (int n : g.children(e, "nmod:for")) {
        String code = RETURNS.get(g.token(n).lemma().toLowerCase(java.util.Locale.ROOT));
        // "in exchange for relief from sanctions": the parser may hang the "from" phrase on "exchange"
        boolean sanctions = g.descendants(e, d -> true).stream()
            .anyMatch(c -> SANCTIONS.contains(g.token(c).lemma().toLowerCase(java.util.Locale.ROOT)));
        if (code == null || code.equals("0354") && !sanctions) {
          continue;
        }
        return List.of(new Term(to.get(0), from.get(0), code), new Term(from.get(0), to.get(0), "030"));
      }
    }
    return List.of();
  }

  /**
   * "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington, with Secretary of State
   * Marco Rubio calling it an important moment": an agreement signed by two sides in a third country, whose own
   * government is named taking part in the same sentence, is hosted by that government, which mediates
   * between the parties (CAMEO 045, as hosting their talks is). The place alone is no broker ("signed the
   * accord in Geneva"), nor is a government that is one of the parties.
   */
  private List<Actor> signingHosts(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> group,
      LocalDate day) {
    if (!f.code().equals(SIGN) || group.size() < 2 || f.modality().negated() || f.modality().hypothetical()
        || !group.stream().allMatch(Actor::known)) {
      return List.of();
    }
    java.util.Set<String> parties = new java.util.HashSet<>();
    group.forEach(a -> parties.add(a.country()));
    List<Integer> heads = new ArrayList<>(List.of(f.trigger()));
    heads.addAll(f.words());
    String host = null;
    int venue = -1;
    for (int h : heads) {
      for (org.entente.model.Dependency d : g.children(h)) {
        if ((d.relation().equals("obl:in") || d.relation().equals("nmod:in")) && host == null) {
          String c = placeCountry(mentions, d.dependent());
          if (c != null && !parties.contains(c)) {
            host = c;
            venue = d.dependent();
          }
        }
      }
    }
    if (host == null) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>();
    for (org.entente.actors.Mention m : mentions.actors()) {
      int head = m.end() - 1;
      if (head == venue || m.start() <= venue && venue < m.end() || f.group().contains(head)) {
        continue;
      }
      Actor a = resolver.resolve(g, mentions, head, day);
      if (a != null && a.code().equals(host + "GOV") && out.stream().noneMatch(o -> o.code().equals(a.code()))) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Whether a token names a place that can be taken: a city or region, a capital standing for its
   * government, or a country ("rebels seized Damascus", "captured Goma"), not a person or an organisation.
   */
  private static boolean place(SentenceMentions mentions, int token) {
    return mentions.actorAt(token).map(m -> m.entry() instanceof DictionaryEntry.Named n
        && (n.kind() == org.entente.actors.PhraseKind.PLACE || n.kind() == org.entente.actors.PhraseKind.METONYM
            || n.kind() == org.entente.actors.PhraseKind.NAME && n.code().length() == 3 && !n.code().equals("IGO")
                && !n.code().equals("NGO")))
        .orElse(false);
  }

  /** The country of a token naming a place (see {@link #place}), else null. */
  private static String placeCountry(SentenceMentions mentions, int token) {
    return place(mentions, token) ? mentions.actorAt(token).map(m -> ((DictionaryEntry.Named) m.entry()).code())
        .filter(c -> c.length() >= 3).map(c -> c.substring(0, 3)).orElse(null) : null;
  }

  private List<Actor> resolveAll(SentenceGraph g, SentenceMentions mentions, Discourse discourse, List<Integer> heads,
      LocalDate day) {
    List<Actor> out = new ArrayList<>();
    for (int head : heads) {
      int h = roleNounOf(g, mentions, head);
      List<Actor> referred = mentions.actorAt(h).isPresent() ? List.of()
          : discourse.resolve(g, mentions, h, day, i -> resolver.resolveAll(g, mentions, i, day));
      if (!referred.isEmpty()) {
        out.addAll(referred);
        continue;
      }
      for (Actor a : resolver.resolveAll(g, mentions, h, day)) {
        out.addAll(a.known() ? List.of(a) : ContextActors.ownedByPronoun(g, mentions, discourse, h, day, a,
            i -> resolver.resolveAll(g, mentions, i, day)));
      }
    }
    return out;
  }

  /**
   * "met his <b>Argentine</b> counterpart": a slot filled by a country adjective whose noun is a role word
   * of no country of its own stands for the whole phrase, the Argentine government, not Argentina.
   */
  private static int roleNounOf(SentenceGraph g, SentenceMentions mentions, int head) {
    org.entente.model.Dependency up = g.head(head);
    boolean adjective = mentions.actorAt(head).map(m -> m.entry() instanceof DictionaryEntry.Named n
        && n.kind() == org.entente.actors.PhraseKind.ADJECTIVE).orElse(false);
    if (!adjective || up == null || up.governor() < 0 || !up.base().equals("amod")) {
      return head;
    }
    int noun = up.governor();
    return mentions.roleAt(noun).isPresent() && mentions.actorAt(noun).isEmpty() ? noun : head;
  }

  /** Unknown role words and things of a frame's slot, given a country from the context where it is clear. */
  private static List<Actor> inContext(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Integer> heads, List<Actor> actors, List<Actor> otherSide, boolean targets) {
    if (heads.size() != actors.size()) {
      return actors;
    }
    List<Actor> out = new ArrayList<>(actors.size());
    for (int i = 0; i < actors.size(); i++) {
      Actor a = ContextActors.roleInContext(g, mentions, discourse, f.act(), heads.get(i), actors.get(i), otherSide, !targets);
      if (targets) {
        a = ContextActors.thingInPlace(g, mentions, f.act(), heads.get(i), a, otherSide);
      }
      out.add(a);
    }
    return out;
  }

  /**
   * "Putin warned that Russia could respond": a target read from the subject of the clause said is the
   * speaker's own side here, not someone addressed; such a target is dropped.
   */
  private static List<Actor> notOwnClause(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> from) {
    if (f.targets().size() != to.size()) {
      return to;
    }
    List<Actor> out = new ArrayList<>();
    for (int i = 0; i < to.size(); i++) {
      org.entente.model.Dependency up = g.head(f.targets().get(i));
      org.entente.model.Dependency clause = up == null ? null : g.head(up.governor());
      boolean clauseSubject = up != null && up.relation().startsWith("nsubj") && clause != null
          && clause.governor() == f.trigger() && clause.relation().equals("ccomp");
      Actor t = to.get(i);
      if (!(clauseSubject && t.known() && from.stream().anyMatch(s -> s.country().equals(t.country()) && !ContextActors.acrossTheDivide(s, t)))) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * "Students rallied to demand reforms by the government": a "by" phrase on an active verb that has its
   * own subject names no agent of the verb; it is the parser's place for the author of the object, so an
   * object that names no actor (the reforms) is that author's.
   */
  private List<Actor> agentOfObject(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> from, LocalDate day) {
    if (f.targets().size() != to.size() || from.isEmpty() || !g.hasChild(f.trigger(), "nsubj")
        && !g.hasChild(f.trigger(), "nsubj:xsubj")) {
      return to;
    }
    List<Actor> out = new ArrayList<>(to.size());
    for (int i = 0; i < to.size(); i++) {
      Actor t = to.get(i);
      int head = f.targets().get(i);
      org.entente.model.Dependency up = g.head(head);
      Token thing = g.token(head);
      List<Actor> author = List.of();
      if (!t.known() && up != null && up.governor() == f.trigger() && up.relation().equals("obj") && thing.isNoun()
          && !thing.isProperNoun() && mentions.roleAt(head).isEmpty()) {
        List<Integer> by = g.children(f.trigger(), "obl:by").stream().filter(b -> g.token(b).timex() == null).toList();
        author = resolveAll(g, mentions, discourse, by, day).stream()
            .filter(a -> a.known() && from.stream().allMatch(s -> !s.country().equals(a.country()) || ContextActors.acrossTheDivide(s, a)))
            .map(a -> new Actor(a.code(), t.text(), t.begin(), t.end())).toList();
      }
      out.addAll(author.isEmpty() ? List.of(t) : author);
    }
    return out;
  }

  /**
   * "insisted on their demand that the government free all prisoners": a demand whose target slot holds
   * the demand noun itself (unplaced, or the demander's own through "their", the possessive standing for
   * the noun) is made of the subject of the noun's that-clause (parsed as a clause or as a loose dependent
   * when a time phrase comes between: "repeated its demand on Monday that Egypt free him").
   */
  private List<Actor> demandedOf(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> from, LocalDate day) {
    if (!f.code().startsWith("10") || f.targets().size() != to.size() || from.isEmpty()) {
      return to;
    }
    List<Actor> out = new ArrayList<>(to.size());
    for (int i = 0; i < to.size(); i++) {
      Actor t = to.get(i);
      int head = f.targets().get(i);
      boolean own = !t.known() || from.stream().anyMatch(s -> s.country().equals(t.country()) && !ContextActors.acrossTheDivide(s, t));
      List<Actor> of = List.of();
      org.entente.model.Dependency up = g.head(head);
      if (own && g.token(head).isPronoun() && up != null && up.relation().equals("nmod:poss") && up.governor() >= 0) {
        head = up.governor();
      }
      if (own && g.token(head).isNoun() && mentions.actorAt(head).isEmpty() && mentions.roleAt(head).isEmpty()) {
        List<Integer> subjects = new ArrayList<>();
        for (int clause : g.children(head, "ccomp", "acl", "dep")) {
          if (g.children(clause, "mark").stream().anyMatch(m -> g.token(m).key().equals("that"))) {
            subjects.addAll(g.children(clause, "nsubj"));
            subjects.addAll(g.children(clause, "nsubj:pass"));
          }
        }
        of = resolveAll(g, mentions, discourse, subjects, day).stream()
            .filter(a -> a.known() && from.stream().allMatch(s -> !s.country().equals(a.country()) || ContextActors.acrossTheDivide(s, a)))
            .map(a -> new Actor(a.code(), t.text(), t.begin(), t.end())).toList();
      }
      out.addAll(of.isEmpty() ? List.of(t) : of);
    }
    return out;
  }

  /** An act stated only as possible or supposed, neither done, refused nor announced. */
  private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("him", "her");

  /** "She invited him": a pronoun object resolved to the subject's own person is the latest other person. */
  private static List<Actor> otherPersonThanSubject(SentenceGraph g, Discourse discourse, EventFrame f, List<Actor> from,
      List<Actor> to, LocalDate day) {
    if (from.size() != 1 || to.size() != 1 || f.targets().size() != 1 || !from.get(0).code().equals(to.get(0).code())
        || !OBJECT_PRONOUNS.contains(g.token(f.targets().get(0)).word().toLowerCase(java.util.Locale.ROOT))) {
      return to;
    }
    List<Actor> other = discourse.personOtherThan(from.get(0), g.token(f.targets().get(0)), day);
    return other.isEmpty() ? to : other;
  }

  private static boolean guessed(EventFrame f) {
    return f.modality().hypothetical() && !f.modality().intent() && !f.modality().negated();
  }

  /** Locative prepositions: a place they join says where something happened, not to whom. */
  private static final java.util.Set<String> WHERE = java.util.Set.of("in", "inside", "at", "near", "outside");

  /**
   * "acknowledged that the journalist had been killed inside its consulate in Istanbul": a city or region
   * saying where the act said took place is not whom the acknowledgement or denial answers.
   */
  private static boolean whereItHappened(SentenceGraph g, SentenceMentions mentions, int token) {
    org.entente.model.Dependency up = g.head(token);
    String rel = up == null ? "" : up.relation();
    int colon = rel.indexOf(':');
    boolean locative = (rel.startsWith("obl:") || rel.startsWith("nmod:")) && WHERE.contains(rel.substring(colon + 1));
    return locative && mentions.actorAt(token).map(m -> m.entry() instanceof DictionaryEntry.Named n
        && n.kind() == org.entente.actors.PhraseKind.PLACE).orElse(false);
  }

  /**
   * "in the case brought by South Africa", "the agency's investigation into uranium traces", "the
   * Commission's probe into state subsidies": a legal case or an investigation named by a noun, with its
   * author but nobody it is against (what it looks into is a thing), is against the one country the rest
   * of its sentence names ("The court ordered Israel ...", "tariffs on Chinese cars"), leaving out its
   * author's own, organisations (the court, the agency) and places saying where something happened. With
   * no such country, or with several, it keeps its target.
   */
  private List<Actor> partyProceededAgainst(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from, LocalDate day) {
    boolean proceeding = f.code().startsWith("09") || f.code().startsWith("115");
    if (!proceeding || f.pattern().kind() != org.entente.coding.EventPattern.TriggerKind.NOUN || !group.isEmpty()
        || from.size() != 1 || !from.get(0).known() || to.stream().anyMatch(Actor::known)) {
      return to;
    }
    String own = from.get(0).country();
    // the parties of the clauses first; failing them (a misparsed clause), any name that does not say where
    for (boolean parties : new boolean[] {true, false}) {
      Actor found = null;
      boolean several = false;
      for (org.entente.actors.Mention m : mentions.actors()) {
        int head = m.end() - 1;
        if (head < 0 || head >= g.sentence().size() || f.sources().contains(head)
            || (parties ? !partyOfClause(g, head) : saysWhere(g, head))) {
          continue;
        }
        Actor a = resolver.resolve(g, mentions, head, day);
        String country = a.known() ? a.country() : "";
        if (country.length() != 3 || country.equals(own) || country.equals("IGO") || country.equals("NGO")) {
          continue;
        }
        several |= found != null && !found.country().equals(country);
        if (found == null) {
          found = a;
        }
      }
      if (several) {
        return to;
      }
      if (found != null) {
        return List.of(found);
      }
    }
    return to;
  }

  /**
   * "measures to prevent acts in Gaza", "the South China Sea": a name under a locative preposition says where,
   * and a name inside a place name names nothing.
   */
  private static boolean saysWhere(SentenceGraph g, int token) {
    org.entente.model.Dependency up = g.head(token);
    String rel = up == null ? "" : up.relation();
    int colon = rel.indexOf(':');
    return (rel.startsWith("obl:") || rel.startsWith("nmod:")) && WHERE.contains(rel.substring(colon + 1))
        || rel.equals("compound") && g.token(up.governor()).isProperNoun();
  }

  /** Relations by which a clause names those it is done to or by: subject, object, "on"/"against" phrase. */
  private static final java.util.Set<String> PARTY_RELATIONS = java.util.Set.of("nsubj", "nsubj:pass", "obj", "iobj",
      "obl:on", "obl:against", "nmod:against", "obl:agent");

  /**
   * "ordered Israel", "China has no legal basis", "tariffs imposed on Chinese cars": a name that is a party of
   * its clause, or owns one; not one that only says where ("acts in Gaza") or is part of a place name.
   */
  private static boolean partyOfClause(SentenceGraph g, int token) {
    org.entente.model.Dependency up = g.head(token);
    if (up == null || up.governor() < 0) {
      return false;
    }
    if (PARTY_RELATIONS.contains(up.relation())) {
      return true;
    }
    org.entente.model.Dependency upper = g.head(up.governor());
    return java.util.Set.of("amod", "compound", "nmod:poss").contains(up.relation()) && upper != null
        && PARTY_RELATIONS.contains(upper.relation()) && !g.token(up.governor()).isProperNoun();
  }

  /**
   * "Iran vowed harsh revenge", "Berlin refused to pay": a demand, protest, rejection, threat or denial
   * stated without a target answers whoever acted last in the article, if that is someone else. The
   * target then has no words in the sentence (offsets -1).
   */
  private List<Actor> reactionTarget(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from, Discourse discourse, List<Event> events, LocalDate day) {
    if (!to.isEmpty() || !group.isEmpty() || from.isEmpty() || !f.targets().isEmpty() || !reacts(f.code())) {
      return to;
    }
    // "Athens demanded that its EU partners block the deal": a demand is made of the subject of the clause
    // demanded, before anyone named deeper in it.
    if (f.code().startsWith("10")) {
      for (Actor a : resolveAll(g, mentions, discourse, demandedClauseSubjects(g, f.trigger()), day)) {
        if (a.known() && (!a.country().equals(from.get(0).country()) || ContextActors.acrossTheDivide(from.get(0), a))) {
          return List.of(a);
        }
      }
    }
    // "declined to resign despite growing pressure by the anti-corruption commission": a refusal made despite
    // someone's pressure, calls or demands is aimed at them.
    if (f.code().startsWith("12")) {
      List<Integer> pressed = new ArrayList<>();
      List<Integer> verbs = new ArrayList<>(List.of(f.trigger()));
      verbs.addAll(g.children(f.trigger(), "xcomp"));
      org.entente.model.Dependency refusing = g.head(f.trigger());
      if (refusing != null && refusing.governor() >= 0 && refusing.relation().equals("xcomp")) {
        verbs.add(refusing.governor());
      }
      for (int v : verbs) {
        for (int noun : g.children(v, "obl:despite", "obl:in_spite_of")) {
          if (PRESSURES.contains(g.token(noun).key())) {
            for (int by : g.children(noun, "nmod:by", "nmod:from", "nmod:poss", "amod", "compound")) {
              // "by the Kenya Anti-Corruption Commission": the name inside a body's title
              pressed.add(by);
              pressed.addAll(g.children(by, "compound", "amod"));
            }
          }
        }
      }
      for (Actor a : resolveAll(g, mentions, discourse, pressed.stream().filter(i -> mentions.actorAt(i).isPresent()
          || mentions.roleAt(i).isPresent()).toList(), day)) {
        if (a.known() && !a.code().equals(from.get(0).code())) {
          return List.of(a);
        }
      }
    }
    // "Japan protested after Chinese ships entered its waters": a reaction answers whoever acted in its "after"
    // clause.
    for (int clause : g.children(f.trigger(), "advcl:after", "advcl:following")) {
      for (Actor a : resolveAll(g, mentions, discourse, g.children(clause, "nsubj"), day)) {
        if (a.known() && (!a.country().equals(from.get(0).country()) || ContextActors.acrossTheDivide(from.get(0), a))) {
          return List.of(a);
        }
      }
    }
    // "Moscow denied that it had targeted Poland": the clause said or denied names the target.
    for (int clause : g.children(f.trigger(), "ccomp")) {
      for (int c : g.descendants(clause, d -> !d.relation().startsWith("nsubj") && !d.relation().equals("ccomp"))) {
        if (c == clause || mentions.actorAt(c).isEmpty() || whereItHappened(g, mentions, c)) {
          continue;
        }
        Actor a = resolver.resolve(g, mentions, c, day);
        if (a.known() && !a.country().equals(from.get(0).country())) {
          return List.of(a);
        }
      }
    }
    // "Iran threatened to close the strait if the United States attacked": a threat is aimed at whoever
    // its condition names.
    if (f.code().startsWith("13")) {
      // "unless the two countries stopped ...": every member of a group the condition names; "if the United
      // States and South Korea went ahead": every subject of the condition
      List<Actor> conditioned = new ArrayList<>();
      for (int c : conditionSubjects(g, f.trigger())) {
        for (Actor a : resolveAll(g, mentions, discourse, List.of(c), day)) {
          Actor s = from.get(0);
          if (a.known() && (!a.country().equals(s.country()) || ContextActors.acrossTheDivide(s, a))
              && conditioned.stream().noneMatch(x -> x.code().equals(a.code()))) {
            conditioned.add(a);
          }
        }
      }
      if (!conditioned.isEmpty()) {
        return conditioned;
      }
    }
    // "insisted on its demands that the government grant more rights": a demand's that-clause names whom
    // the demand is made of; "refused to respond to a demand from the US president": the act answered is
    // its author's.
    List<Integer> named = new ArrayList<>();
    if (f.code().startsWith("10")) {
      named.addAll(demandClauseSubjects(g, f.trigger()));
    }
    named.addAll(AnsweredActs.ownersOfRespondedAct(g, f.trigger(),
        i -> mentions.actorAt(i).isPresent() || mentions.roleAt(i).isPresent()));
    for (Actor a : resolveAll(g, mentions, discourse, named, day)) {
      Actor s = from.get(0);
      if (a.known() && (!a.country().equals(s.country()) || ContextActors.acrossTheDivide(s, a))) {
        return List.of(a);
      }
    }
    // "The Russian foreign ministry dismissed the accusation as a circus show": an accusation answered,
    // named by the pattern's own word, is its author's.
    java.util.Set<String> own = new java.util.HashSet<>();
    from.forEach(a -> own.add(a.country()));
    for (int said : g.children(f.trigger(), "obj")) {
      Token noun = g.token(said);
      boolean definite = g.children(said, "det").stream()
          .anyMatch(d -> java.util.Set.of("the", "this", "these", "that", "those").contains(g.token(d).key()));
      boolean owned = g.descendants(said, d -> true).stream().anyMatch(c -> c != said && mentions.actorAt(c).isPresent());
      if (noun.isNoun() && org.entente.model.Speech.accusation(noun.key()) && definite && !owned) {
        List<Actor> author = authorOfAccusation(noun, events, own, discourse);
        if (!author.isEmpty()) {
          return author.stream().map(a -> new Actor(a.code(), "", -1, -1)).toList();
        }
      }
    }
    // "Seoul urged Tokyo to face up to history. China also lodged a protest": an act done "also" repeats
    // the latest one, against its target rather than its actor.
    boolean also = g.children(f.trigger(), "advmod").stream().anyMatch(a -> g.token(a).key().equals("also"));
    List<Actor> back = new ArrayList<>();
    for (Actor a : also && !discourse.lastEventTargetsOtherThan(from.get(0)).isEmpty()
        ? discourse.lastEventTargetsOtherThan(from.get(0)) : discourse.lastEventSourcesOtherThan(from.get(0))) {
      back.add(new Actor(a.code(), "", -1, -1));
    }
    if (back.isEmpty() && !also && !f.code().startsWith("13")) {
      // "Trump approved the takeover ... Biden had blocked the deal": when the side itself acted last, its
      // reaction is aimed at whom that act was aimed at (a threat only after a hostile act, below)
      for (Actor a : discourse.lastEventTargetsOtherThan(from.get(0))) {
        back.add(new Actor(a.code(), "", -1, -1));
      }
    }
    Event last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (back.isEmpty() && f.code().startsWith("13") && last != null && !last.negated() && !last.hypothetical()
        && last.cameo().quadClass() >= 3 && last.source().known() && last.target().known()
        && last.source().country().equals(from.get(0).country())
        && !last.target().country().equals(from.get(0).country())) {
      // "Pakistan shot down five Indian jets and vowed to retaliate": a threat right after one's own
      // hostile act is aimed at whom that act was done to.
      back.add(new Actor(last.target().code(), "", -1, -1));
    }
    if (back.isEmpty() && f.code().startsWith("12") && last != null && !last.negated() && !last.hypothetical()
        && last.cameo().quadClass() == 4 && !last.source().known() && last.target().known()
        && last.sentenceIndex() == g.sentence().index() && joinedToReport(g, f.trigger())
        && ContextActors.acrossTheDivide(from.get(0), last.target())) {
      // "Abiy Ahmed said that air strikes had destroyed rocket launchers held by Tigrayan forces, and he rejected
      // calls for talks": a rejection right after the side's own report of force used, by no one named, on
      // the other side of a domestic divide is aimed at that side.
      back.add(new Actor(last.target().code(), "", -1, -1));
    }
    return back.isEmpty() ? to : back;
  }

  /**
   * "Theresa May said it was highly likely that Russia was responsible for the attack and gave Moscow until the
   * end of Tuesday to explain": the parser may join the reporter's second act to the reported clause, whose
   * subject it then shares. A side acting on its own country is no event; an act so joined, whose borrowed
   * subject is of the country of its object, is the reporter's.
   */
  private List<Actor> reporterOfJoinedAct(SentenceGraph g, SentenceMentions mentions, Discourse discourse,
      EventFrame f, List<Actor> from, List<Actor> to, LocalDate day) {
    if (from.size() != 1 || to.size() != 1 || !from.get(0).known() || !to.get(0).known()
        || !from.get(0).country().equals(to.get(0).country()) || f.sources().size() != 1
        || !stateItself(from.get(0)) || !stateItself(to.get(0))) {
      return from; // "said rebels attacked army posts and killed ten soldiers": two sides of one country
    }
    org.entente.model.Dependency up = g.parents(f.trigger()).stream()
        .filter(d -> d.governor() >= 0 && d.relation().startsWith("conj")).findFirst().orElse(null);
    if (up == null || !g.children(up.governor(), "nsubj").contains(f.sources().get(0))) {
      return from;
    }
    int report = org.entente.model.Speech.reporterVerb(g, up.governor());
    if (report < 0) {
      return from;
    }
    List<Actor> reporter = resolveAll(g, mentions, discourse, g.children(report, "nsubj"), day);
    return reporter.size() == 1 && reporter.get(0).known() && !reporter.get(0).country().equals(to.get(0).country())
        ? reporter : from;
  }

  /** A country named as such, or its government ("Russia", "Moscow"): no side of a domestic divide. */
  private static boolean stateItself(Actor a) {
    return a.code().equals(a.country()) || a.code().equals(a.country() + "GOV");
  }

  /** Verbs of a side's own response, whose subject, in a clause warned of, is the one who would respond. */
  private static final java.util.Set<String> RESPONSES = java.util.Set.of("respond", "retaliate", "reply", "react");

  /** Prepositions of the one an act is done to: "an attack on Philippine vessels", "aggression against Estonia". */
  private static final java.util.Set<String> VICTIM_RELATIONS = java.util.Set.of("nmod:on", "nmod:against", "nmod:upon");

  /**
   * A threat stated in a clause the speaker says ("Washington said an armed attack on Philippine vessels would
   * invoke US defence commitments", "Putin warned that Russia could respond with nuclear weapons ..., in a clear
   * signal to Ukraine", "said all ships heading to Ukrainian ports would be regarded as carriers of military
   * cargo") is aimed at the side that would bring it on, not at those its clause is about:
   * <ul>
   * <li>an act with no agent named, done to a side other than the threatening one ("an attack on Philippine
   * vessels"), names the side the threat protects: the threat is aimed at whoever did the article's latest
   * hostile act to that side (without one, at no one known);
   * <li>the threatening side itself, named as the subject of the clause ("that Russia could respond"), or a
   * clause subject naming no actor ("all ships"): the first actor of another country the clause names.
   * </ul>
   * A response warned of whose subject is of another country ("US officials warned that Russia could respond
   * with nuclear weapons") is no threat of the warner's: no target, and no event.
   */
  private List<Actor> threatenedSide(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, List<Actor> from, List<Event> events, LocalDate day) {
    if (!f.code().startsWith("13") || !group.isEmpty() || from.size() != 1 || !from.get(0).known()
        || f.targets().isEmpty() || !to.isEmpty() && f.targets().size() != to.size()
        || !org.entente.model.Speech.reports(g.token(f.trigger()).key()) && !g.token(f.trigger()).key().equals("warn")) {
      return to;
    }
    // the warner's own side, named as the target, was dropped before ("warned that Russia could respond")
    List<Actor> named = to.isEmpty() ? resolveAll(g, mentions, discourse, f.targets(), day) : to;
    if (named.size() != f.targets().size()) {
      return to;
    }
    String own = from.get(0).country();
    List<Integer> clauses = g.children(f.trigger(), "ccomp");
    List<Actor> out = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < named.size(); i++) {
      Actor t = named.get(i);
      int head = f.targets().get(i);
      org.entente.model.Dependency up = g.head(head);
      boolean clauseSubject = up != null && clauses.contains(up.governor()) && up.relation().startsWith("nsubj");
      if (clauseSubject && t.known() && !t.country().equals(own) && mentions.actorAt(head).isPresent()
          && f.words().contains(up.governor()) && RESPONSES.contains(g.token(up.governor()).key())) {
        // "US officials warned that Russia could respond with nuclear weapons": the response warned of is
        // Russia's, no threat of the warner's
        return List.of();
      }
      boolean unnamedAgent = g.children(head, "nmod:by", "nmod:poss", "amod", "compound").stream()
          .noneMatch(c -> mentions.actorAt(c).isPresent() || mentions.roleAt(c).isPresent());
      // the side the act is done to, named in its "on" phrase (not "an attack on its sites", the speaker's own)
      List<Integer> victims = new ArrayList<>();
      for (org.entente.model.Dependency d : g.children(head)) {
        if (VICTIM_RELATIONS.contains(d.relation())) {
          victims.addAll(g.descendants(d.dependent(), x -> true).stream().filter(c -> mentions.actorAt(c).isPresent()).toList());
        }
      }
      boolean doneTo = t.known() && !t.country().equals(own) && g.token(head).isNoun() && mentions.actorAt(head).isEmpty()
          && mentions.roleAt(head).isEmpty() && dictionaries.patterns().isTrigger(g.token(head).key()) && unnamedAgent
          && resolveAll(g, mentions, discourse, victims, day).stream().anyMatch(v -> v.known() && v.country().equals(t.country()));
      if (doneTo) {
        // "an armed attack on Philippine vessels": whoever last acted against the Philippines is warned
        Actor aggressor = null;
        for (int k = events.size() - 1; k >= 0 && aggressor == null; k--) {
          Event e = events.get(k);
          if (!e.negated() && !e.hypothetical() && e.cameo().quadClass() == 4 && e.source().known() && e.target().known()
              && e.target().country().equals(t.country()) && !e.source().country().equals(t.country())
              && !e.source().country().equals(own)) {
            aggressor = new Actor(e.source().code(), "", -1, -1);
          }
        }
        out.add(aggressor != null ? aggressor : new Actor("", t.text(), t.begin(), t.end()));
        changed = true;
        continue;
      }
      if (clauseSubject && (t.known() && t.country().equals(own) && mentions.actorAt(head).isPresent() || !t.known())) {
        // "warned that Russia could respond ...": the warner's own side, named; "all ships": no one
        Actor other = null;
        for (int c : g.descendants(up.governor(), d -> !d.relation().equals("ccomp"))) {
          if (other != null || mentions.actorAt(c).isEmpty() || whereItHappened(g, mentions, c)) {
            continue;
          }
          Actor a = resolver.resolve(g, mentions, c, day);
          if (a.known() && !a.country().equals(own)) {
            other = a;
          }
        }
        changed |= other != null;
        out.add(other != null ? other : t);
        continue;
      }
      out.add(t);
    }
    return changed ? out : to;
  }

  /**
   * Whether a verb is joined to a report or to the clause it reports ("said that air strikes had destroyed the
   * camps, and he rejected calls for talks", however the parser hangs the second verb).
   */
  private static boolean joinedToReport(SentenceGraph g, int verb) {
    for (org.entente.model.Dependency d : g.parents(verb)) {
      if (d.governor() < 0) {
        continue;
      }
      boolean conj = d.relation().startsWith("conj");
      if ((conj || d.relation().startsWith("ccomp")) && org.entente.model.Speech.reports(g.token(d.governor()).key())) {
        return true; // "said ..., and he rejected", "said he rejected"
      }
      if (conj && g.parents(d.governor()).stream().anyMatch(u -> u.governor() >= 0 && u.relation().startsWith("ccomp")
          && org.entente.model.Speech.reports(g.token(u.governor()).key()))) {
        return true; // the second verb hung on the reported clause
      }
    }
    return false;
  }

  /**
   * The subjects of the that-clauses of a demand noun: the trigger itself or a noun it governs ("insisted on
   * its <b>demands that Burundi's government</b> grant more rights", "repeated its demand that Japan apologise").
   */
  private static List<Integer> demandClauseSubjects(SentenceGraph g, int trigger) {
    List<Integer> nouns = new ArrayList<>(List.of(trigger));
    for (org.entente.model.Dependency d : g.children(trigger)) {
      if (d.base().equals("obj") || d.base().equals("obl") || d.base().equals("nmod")) {
        nouns.add(d.dependent());
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int noun : nouns) {
      if (!g.token(noun).isNoun()) {
        continue;
      }
      for (int clause : g.children(noun, "ccomp", "acl")) {
        boolean that = g.children(clause, "mark").stream().anyMatch(m -> g.token(m).key().equals("that"));
        if (that) {
          out.addAll(g.children(clause, "nsubj"));
          out.addAll(g.children(clause, "nsubj:pass"));
        }
      }
    }
    return out;
  }

  /** The subjects of the clauses a demand verb governs: "demanded <b>that Tokyo</b> apologise". */
  private static List<Integer> demandedClauseSubjects(SentenceGraph g, int verb) {
    List<Integer> out = new ArrayList<>();
    if (!g.token(verb).isVerb()) {
      return out;
    }
    for (int clause : g.children(verb, "ccomp")) {
      out.addAll(g.children(clause, "nsubj"));
    }
    return out;
  }

  /** Conjunctions of a condition: "if", "unless". */
  private static final java.util.Set<String> CONDITIONS = java.util.Set.of("if", "unless");

  /**
   * The subjects of the conditions set on an act ("threatened to close the strait <b>if the United
   * States</b> attacked", "would resume fighting <b>unless the government</b> freed them"), on the trigger
   * or on the verbs it governs as infinitives.
   */
  private static List<Integer> conditionSubjects(SentenceGraph g, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (int v : g.descendants(trigger, d -> d.base().equals("xcomp"))) {
      for (org.entente.model.Dependency d : g.children(v)) {
        if (!d.base().equals("advcl")) {
          continue;
        }
        int clause = d.dependent();
        boolean condition = CONDITIONS.contains(d.subtype())
            || g.children(clause, "mark").stream().anyMatch(m -> CONDITIONS.contains(g.token(m).key()));
        if (condition) {
          out.addAll(g.children(clause, "nsubj"));
          out.addAll(g.children(clause, "nsubj:pass"));
        }
      }
    }
    return out;
  }

  /**
   * "Iran's crackdown on protests", "police fired tear gas at demonstrations": force or repression (CAMEO 17,
   * 18) aimed at a protest act is aimed at the protesters, the population of the repressing side's country,
   * not at whoever acted last.
   */
  private List<Actor> protesters(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> from) {
    if (f.targets().size() != to.size() || from.size() != 1 || !from.get(0).known()
        || !(f.code().startsWith("17") || f.code().startsWith("18"))) {
      return to;
    }
    String country = from.get(0).country();
    List<Actor> out = new ArrayList<>(to.size());
    for (int i = 0; i < to.size(); i++) {
      Actor t = to.get(i);
      Token head = g.token(f.targets().get(i));
      boolean protest = !t.known() && head.isNoun() && !head.isProperNoun() && country.length() == 3
          && !country.equals("IGO") && !country.equals("NGO")
          && dictionaries.patterns().forNoun(head.key()).stream().anyMatch(p -> !p.blocks() && p.code().startsWith("14"));
      out.add(protest ? new Actor(country + "CVL", t.text(), t.begin(), t.end()) : t);
    }
    return out;
  }

  /**
   * "Seoul condemned the launches and warned of strong countermeasures": a reaction (demand, protest,
   * threat, rejection) coordinated with a coded verb of the same actors, and naming no actor as its own
   * target, answers that verb's target. So does a cut in relations ("downgraded ties with India and
   * suspended bilateral trade"), and so does a promise or aid ("signed a pact with Ukraine and announced
   * military aid"). ("closed the border crossing" after "suspended the treaty with Pakistan" is not a
   * reaction, and keeps its own target.)
   */
  private static List<Actor> sharedWithConjunct(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> group,
      List<Actor> from, java.util.Map<Integer, Actor[][]> sidesByTrigger) {
    org.entente.model.Dependency up = g.head(f.trigger());
    // "called the launch a reckless act and said Tokyo had lodged a protest": the act said is joined through its saying
    if (up != null && up.relation().equals("ccomp") && org.entente.model.Speech.reports(g.token(up.governor()).key())) {
      up = g.head(up.governor());
    }
    if (up != null && !up.base().equals("conj")) {
      // "travelled to Kyiv to sign a pact with Ukraine and announce military aid", "said it would suspend
      // cooperation with the United States and cancel talks": the second verb hangs from the trip or the
      // saying and is joined to the first
      up = g.parents(f.trigger()).stream().filter(d -> d.base().equals("conj")).findFirst().orElse(up);
    }
    // "struck dozens of targets across Iran and killed several senior commanders": force named by its words
    // alone is done to the same side
    boolean force = f.code().startsWith("19") && !f.code().startsWith("191") && !f.code().startsWith("192")
        && !f.pattern().hasSlot(Slot.TARGET);
    if (up == null || !up.base().equals("conj") || !(reacts(f.code()) || f.code().startsWith("16") || promise(f.code()) || force) || from.isEmpty()
        || !group.isEmpty() || to.stream().anyMatch(Actor::known)) {
      return to;
    }
    Actor[][] first = sidesByTrigger.get(up.governor());
    if (first == null || !codes(List.of(first[0])).equals(codes(from))) {
      return to;
    }
    List<Actor> shared = java.util.Arrays.stream(first[1]).filter(Actor::known).toList();
    return shared.isEmpty() ? to : shared;
  }

  /**
   * "Activists rallied outside the Japanese embassy to demand an apology", "Teachers went on strike on Monday,
   * demanding higher pay": a demand (CAMEO 10) that is the purpose of a protest (14) of the same side, told by
   * its infinitive or its participle, and names nobody it is made of is made of whom the protest is aimed at
   * when that is a state's institution (the embassy's government, the strikers' own state). A pro-verb between the two stands for the protest:
   * "rallied outside the embassy, as they have done every week since 1992, to demand an apology".
   */
  private static List<Actor> demandOfProtest(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> group,
      List<Actor> from, java.util.Map<Integer, Actor[][]> sidesByTrigger, java.util.Map<Integer, String> codeByTrigger) {
    if (!f.code().startsWith("10") || !group.isEmpty() || from.isEmpty() || to.stream().anyMatch(Actor::known)) {
      return to;
    }
    org.entente.model.Dependency up = g.head(f.trigger());
    boolean purpose = up != null && (up.base().equals("advcl") || up.base().equals("xcomp")
        || up.base().equals("dep") && g.token(f.trigger()).pos().equals("VBG"));
    if (!purpose || up.governor() < 0 || !g.token(f.trigger()).isVerb()) {
      return to;
    }
    int protest = up.governor();
    org.entente.model.Dependency above = g.head(protest);
    if (g.token(protest).lemma().equalsIgnoreCase("do") && above != null && above.base().equals("advcl")
        && above.governor() >= 0) {
      protest = above.governor();
    }
    String code = codeByTrigger.get(protest);
    Actor[][] sides = sidesByTrigger.get(protest);
    if (code == null || !code.startsWith("14") || sides == null) {
      return to;
    }
    java.util.Set<String> protesters = java.util.Arrays.stream(sides[0]).map(Actor::country).collect(java.util.stream.Collectors.toSet());
    if (!from.stream().allMatch(a -> protesters.contains(a.country()))) {
      return to;
    }
    // only a state's institution is one a demand is made of: a protest against a country named outright
    // ("rallied against Russia to demand more weapons") or in a place ("blocked motorways around Paris") may
    // demand things of the protesters' own government
    List<Actor> aimed = java.util.Arrays.stream(sides[1]).filter(Actor::known).filter(ContextActors::stateActor)
        .filter(t -> from.stream().noneMatch(a -> a.code().equals(t.code()))).toList();
    return aimed.isEmpty() ? to : aimed;
  }

  /** CAMEO intents (03): "signed a pact with Ukraine and announced military aid" promises it to Ukraine. */
  private static boolean promise(String code) {
    return code.startsWith("03");
  }

  /**
   * "Indian jets struck a camp in Pakistan. Imran Khan offered talks": an offer to negotiate (036), to
   * de-escalate (0356, "would halt its military exercises with South Korea") or an apology (055, "Japan and South
   * Korea reached an agreement, with Abe offering his apologies") that names no partner is made to the other side of the latest event (its actor, else whom it was aimed at),
   * else to the last country named besides the offering one.
   */
  private static List<Actor> offerPartner(EventFrame f, List<Actor> to, List<Actor> group, List<Actor> from,
      Discourse discourse, List<Event> events) {
    if (!OFFERS.contains(f.code()) || !group.isEmpty() || from.size() != 1 || !from.get(0).known()
        || !f.group().isEmpty() || f.pattern().hasSlot(Slot.TARGET) || f.pattern().hasSlot(Slot.GROUP)) {
      return to;
    }
    if (f.code().equals(APOLOGY)) {
      if (to.stream().anyMatch(t -> t.known() && !t.code().equals(from.get(0).code()))) {
        return to; // "the rebel leader apologised to the country's civilians": an apology to one's own people stands
      }
    } else if (!to.stream().allMatch(t -> t.known() && t.country().equals(from.get(0).country()))) {
      // "would halt its exercises": a target read from the source's own possessive is no partner
      return to;
    }
    List<Actor> other = discourse.lastEventSourcesOtherThan(from.get(0));
    if (other.isEmpty()) {
      other = discourse.lastEventTargetsOtherThan(from.get(0));
    }
    Event last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (f.code().equals(APOLOGY) && last != null && last.source().known() && last.target().known()) {
      // "Japan and South Korea reached an agreement, with Abe offering his apologies": the other party of the
      // act just coded, in the same sentence as well
      String own = from.get(0).country();
      Actor side = !last.source().country().equals(own) ? last.source() : last.target();
      other = side.country().equals(own) ? other : List.of(side);
    }
    if (other.isEmpty()) {
      // "Pakistan said it had captured a pilot, a day after Indian jets bombed a camp": the last country named
      other = discourse.lastCountryOtherThan(java.util.Set.of(from.get(0).country())).map(c -> List.of(new Actor(c, "", -1, -1)))
          .orElse(List.of());
    }
    return other.isEmpty() ? to : other.stream().map(a -> new Actor(a.code(), "", -1, -1)).toList();
  }

  /**
   * "A Chinese plane violated Japanese airspace. Japan scrambled fighter jets", "the South fired warning
   * shots. Its military raised its alert posture along the frontier", "Pakistan's army was on high alert
   * after Indian leaders vowed to punish ...": a show of force or a raised alert (CAMEO 15) that names no
   * one it faces is aimed at the other side: the actor of a clause of another country it answers ("after
   * X vowed"), else the other side of the article's latest hostile material act (CAMEO quad class 4) between its country and another.
   */
  private List<Actor> postureAdversary(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, List<Actor> from, List<Event> events, LocalDate day) {
    if (!f.code().startsWith("15") || !group.isEmpty() || from.size() != 1 || !from.get(0).known()
        || to.stream().anyMatch(Actor::known) || !f.modality().equals(org.entente.coding.Modality.REALIS)) {
      return to;
    }
    String own = from.get(0).country();
    for (org.entente.model.Dependency d : g.children(f.trigger())) {
      if (!d.base().equals("advcl")) {
        continue;
      }
      boolean answers = g.children(d.dependent(), "mark").stream()
          .anyMatch(m -> java.util.Set.of("after", "following", "as").contains(g.token(m).key()));
      if (!answers) {
        continue;
      }
      for (Actor a : resolveAll(g, mentions, discourse, g.children(d.dependent(), "nsubj"), day)) {
        if (a.known() && !a.country().equals(own)) {
          return List.of(new Actor(a.code(), "", -1, -1));
        }
      }
    }
    if (!events.isEmpty()) {
      // "North Korean troops blew up two roads, and the South's military responded by firing warning shots":
      // the latest hostile act of another country, aimed at no one else, is the one answered
      Event e = events.get(events.size() - 1);
      if (!e.negated() && !e.hypothetical() && e.cameo().quadClass() == 4 && e.source().known()
          && !e.source().country().equals(own) && (!e.target().known() || e.target().country().equals(own))) {
        return List.of(new Actor(e.source().code(), "", -1, -1));
      }
    }
    for (int i = events.size() - 1; i >= 0 && i >= events.size() - 3; i--) {
      Event e = events.get(i);
      if (e.negated() || e.hypothetical() || e.cameo().quadClass() < 4 || !e.source().known() || !e.target().known()) {
        continue;
      }
      String src = e.source().country();
      String tgt = e.target().country();
      if (src.equals(tgt)) {
        continue;
      }
      if (tgt.equals(own)) {
        return List.of(new Actor(e.source().code(), "", -1, -1));
      }
      if (src.equals(own)) {
        return List.of(new Actor(e.target().code(), "", -1, -1));
      }
    }
    return to;
  }

  /**
   * Intents to negotiate (036) and to de-escalate (0356): "offered talks", "would halt its military exercises";
   * a paid service (061, "agreed to hold them in exchange for payment") is done for the other side too.
   */
  private static final java.util.Set<String> OFFERS = java.util.Set.of("036", "0356", "055", "061");

  /** CAMEO 055, apologise: like an offer, an apology naming no one is made to the other side. */
  private static final String APOLOGY = "055";

  /**
   * "Germany would send tanks to Ukraine. Washington announced that it would supply 31 Abrams tanks": aid
   * (07) or a promise of it (033) naming no recipient, right after aid given or promised to a country by
   * someone else, goes to the same country.
   */
  private static List<Actor> parallelAid(EventFrame f, List<Actor> to, List<Actor> group, List<Actor> from, List<Event> events) {
    if (!aid(f.code()) || !to.isEmpty() || !group.isEmpty() || from.size() != 1 || !from.get(0).known() || events.isEmpty()
        || !f.targets().isEmpty() || !f.group().isEmpty() || f.pattern().hasSlot(Slot.TARGET) || f.pattern().hasSlot(Slot.GROUP)) {
      return to;
    }
    Event last = events.get(events.size() - 1);
    String country = from.get(0).country();
    if (!aid(last.code()) || last.negated() || last.hypothetical() || !last.target().known()
        || last.target().country().equals(country) || last.source().country().equals(country)) {
      return to;
    }
    return List.of(new Actor(last.target().code(), "", -1, -1));
  }

  /**
   * "Japan and the Philippines signed a reciprocal access agreement in July, and the Philippine Senate ratified
   * it": an agreement ratified with no partner named is the one the ratifier's country signed or reached in
   * this or the previous sentence, and its other party is the target.
   */
  private static List<Actor> ratifiedAgreement(EventFrame f, List<Actor> to, List<Actor> group, List<Actor> from,
      List<Event> events, int sentence) {
    if (!f.code().equals(SIGN) || !to.isEmpty() || !group.isEmpty() || from.size() != 1 || !from.get(0).known()
        || f.pattern().hasSlot(Slot.TARGET) || f.pattern().hasSlot(Slot.GROUP)) {
      return to;
    }
    String country = from.get(0).country();
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (e.sentenceIndex() < sentence - 1) {
        break;
      }
      if (e.code().equals(SIGN) && !e.negated() && !e.hypothetical() && e.source().country().equals(country)
          && e.target().known() && !e.target().country().equals(country)) {
        return List.of(new Actor(e.target().code(), "", -1, -1));
      }
    }
    return to;
  }

  /** Verbs that put a measure on someone: "the curbs it had imposed on South Korea". */
  private static final java.util.Set<String> IMPOSING = java.util.Set.of("impose", "slap", "place", "levy");

  /**
   * "Japan announced it would lift export curbs on three chemicals that it had imposed on South Korea": a
   * measure eased (CAMEO 081, 085 and their intents) whose target names no actor is aimed at whom the
   * easing side had imposed it on, in a later clause of the sentence with the same side (or a pronoun) as
   * its subject.
   */
  private List<Actor> easedMeasureTarget(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, List<Actor> from, LocalDate day) {
    String c = f.code();
    if (!(c.startsWith("085") || c.startsWith("081") || c.equals("0354") || c.equals("0351"))
        || to.stream().anyMatch(Actor::known) || !group.isEmpty() || from.size() != 1 || !from.get(0).known()) {
      return to;
    }
    for (int v = f.trigger() + 1; v < g.sentence().size(); v++) {
      if (!g.token(v).isVerb() || !IMPOSING.contains(g.token(v).key())) {
        continue;
      }
      List<Integer> subjects = g.children(v, "nsubj");
      boolean same = !subjects.isEmpty() && subjects.stream().allMatch(x -> g.token(x).isPronoun()
          || resolveAll(g, mentions, discourse, List.of(x), day).stream().anyMatch(a -> a.country().equals(from.get(0).country())));
      if (!same) {
        continue;
      }
      List<Actor> on = resolveAll(g, mentions, discourse, g.children(v, "obl:on"), day).stream()
          .filter(a -> a.known() && !a.country().equals(from.get(0).country())).toList();
      if (!on.isEmpty()) {
        return on;
      }
    }
    return to;
  }

  /** Nouns of a trip whose destination is the host: "Lula's state visit to Beijing produced a declaration". */
  private static final java.util.Set<String> TRIPS = java.util.Set.of("visit", "trip", "tour");

  /**
   * "Lula's state visit to Beijing produced a joint declaration": an agreement whose subject is a visit is
   * made with the host, the place the visit went to.
   */
  private List<Actor> hostOfVisit(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, LocalDate day) {
    if (!f.code().equals(SIGN) || to.stream().anyMatch(Actor::known) || !group.isEmpty() || f.sources().size() != 1
        || !TRIPS.contains(g.token(f.sources().get(0)).key())) {
      return to;
    }
    List<Integer> places = new ArrayList<>(g.children(f.sources().get(0), "nmod:to"));
    List<Actor> hosts = resolveAll(g, mentions, discourse, places, day).stream().filter(Actor::known).toList();
    return hosts.isEmpty() ? to : hosts;
  }

  /** CAMEO aid (07) and intents to give it (033). */
  private static boolean aid(String code) {
    return code.startsWith("07") || code.startsWith("033");
  }

  /**
   * "Tokyo protested the launch through channels in Beijing, and Kishida <b>condemned it</b>": "it" as the
   * object of a reaction joined to a coded act of the same country is that act's object, not the place
   * named last.
   */
  private static List<Actor> itOfConjunct(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> from,
      java.util.Map<Integer, Actor[][]> sidesByTrigger) {
    org.entente.model.Dependency up = g.head(f.trigger());
    if (up == null || !up.base().equals("conj") || !reacts(f.code()) || from.isEmpty() || f.targets().size() != 1) {
      return to;
    }
    Actor[][] first = sidesByTrigger.get(up.governor());
    if (first == null || java.util.Arrays.stream(first[0]).map(Actor::country).noneMatch(c -> c.equals(from.get(0).country()))) {
      return to;
    }
    return objectsForIt(g, f, first, to);
  }

  /** When the frame's one target is "it", the known objects of the act {@code sides} (source, target) are; else {@code to}. */
  private static List<Actor> objectsForIt(SentenceGraph g, EventFrame f, Actor[][] sides, List<Actor> to) {
    Token pronoun = g.token(f.targets().get(0));
    if (!pronoun.pos().equals("PRP") || !pronoun.word().equalsIgnoreCase("it")) {
      return to;
    }
    List<Actor> objects = java.util.Arrays.stream(sides[1]).filter(Actor::known).toList();
    return objects.isEmpty() ? to : objects;
  }

  /**
   * "condemned the deployment of North Korean troops to Russia, <b>calling it</b> a grave threat": "it" in a
   * participle commenting on a coded act is that act's target, not whatever was named last.
   */
  private static List<Actor> commentedObject(SentenceGraph g, EventFrame f, List<Actor> to,
      java.util.Map<Integer, Actor[][]> sidesByTrigger) {
    org.entente.model.Dependency up = g.head(f.trigger());
    if (f.targets().size() != 1 || up == null || !g.token(f.trigger()).pos().equals("VBG")
        || !(up.base().equals("dep") || up.base().equals("advcl"))) {
      return to;
    }
    Actor[][] commented = sidesByTrigger.get(up.governor());
    return commented == null ? to : objectsForIt(g, f, commented, to);
  }

  /**
   * "Pakistan said it had shot down two Indian jets and <b>captured a pilot</b>", "troops shelled the town and
   * killed five people": an act of force (CAMEO 17-20) joined to another act of force of the same actors,
   * with a target that is a common noun no actor or context resolves, was done to the same side as the
   * first act.
   */
  private static List<Actor> forceOnSameSide(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from, java.util.Map<Integer, Actor[][]> sidesByTrigger,
      java.util.Map<Integer, String> codeByTrigger) {
    // "were hit by missiles, killing five people": a participle of what followed is no second act here
    if (!hardForce(f.code()) || from.isEmpty() || !group.isEmpty() || f.targets().size() != 1 || to.size() != 1
        || to.get(0).known() || g.token(f.trigger()).pos().equals("VBG")) {
      return to;
    }
    int head = f.targets().get(0);
    Token t = g.token(head);
    if (!t.isNoun() || t.isProperNoun() || t.isPronoun() || mentions.actorAt(head).isPresent()) {
      return to;
    }
    for (org.entente.model.Dependency up : g.parents(f.trigger())) {
      Actor[][] first = up.base().equals("conj") && up.governor() >= 0 ? sidesByTrigger.get(up.governor()) : null;
      String code = first == null ? null : codeByTrigger.get(up.governor());
      if (first == null || code == null || !hardForce(code) || !codes(List.of(first[0])).equals(codes(from))) {
        continue;
      }
      List<Actor> shared = java.util.Arrays.stream(first[1]).filter(Actor::known)
          .filter(a -> from.stream().noneMatch(s -> s.country().equals(a.country())))
          .map(a -> new Actor(a.code(), to.get(0).text(), to.get(0).begin(), to.get(0).end())).toList();
      if (!shared.isEmpty()) {
        return shared;
      }
    }
    return to;
  }

  /** Coercion, assault and fighting: CAMEO 17-20. */
  private static boolean hardForce(String code) {
    return code.startsWith("17") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  private static java.util.Set<String> codes(List<Actor> actors) {
    return actors.stream().map(Actor::code).collect(java.util.stream.Collectors.toSet());
  }

  /**
   * "NATO put forces on standby in response to Russia's build-up": an act with no target in its own slots
   * is aimed at the actor whose act it answers.
   */
  private List<Actor> answeredActor(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, List<Actor> from, LocalDate day) {
    if (!to.isEmpty() || !group.isEmpty() || from.isEmpty() || !f.targets().isEmpty() || !f.group().isEmpty()) {
      return to;
    }
    List<Integer> owners = new ArrayList<>(AnsweredActs.ownersOfAnsweredAct(g, f.trigger(), i -> mentions.actorAt(i).isPresent()));
    if (f.act() != f.trigger()) {
      owners.addAll(AnsweredActs.ownersOfAnsweredAct(g, f.act(), i -> mentions.actorAt(i).isPresent()));
    }
    List<Actor> answered = resolveAll(g, mentions, discourse, owners, day).stream()
        .filter(a -> a.known() && from.stream().noneMatch(s -> s.country().equals(a.country()))).toList();
    return answered.isEmpty() ? to : answered;
  }

  /** Prepositions by which an act names the act it answers: "boycotted Japanese goods over Tokyo's curbs". */
  private static final java.util.Set<String> CAUSES = java.util.Set.of("obl:over", "obl:in_response_to",
      "obl:in_retaliation_for", "nmod:over");

  /**
   * "consumers boycotted Japanese products over Tokyo's export curbs", "Beijing retaliated over Washington's
   * tariffs": a measure (CAMEO 16, 172) named as what another side's act answers, with no target of its own,
   * was put on that side (on its state, when a state put it).
   */
  private List<Actor> measureOnAnswerer(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, List<Actor> from, java.util.Map<Integer, Actor[][]> sidesByTrigger, LocalDate day) {
    if (!(f.code().startsWith("16") || f.code().startsWith("172")) || to.stream().anyMatch(Actor::known) || !group.isEmpty()
        || from.size() != 1 || !from.get(0).known() || !g.token(f.trigger()).isNoun()) {
      return to;
    }
    org.entente.model.Dependency up = g.head(f.trigger());
    boolean answer = false;
    if (up != null && up.governor() >= 0 && (up.relation().equals("nmod:to") || up.relation().equals("nmod:for"))
        && AnsweredActs.answerNoun(g, up.governor())) {
      up = g.head(up.governor()); // "in response to Tokyo's curbs" as the parser may leave it
      answer = up != null && (up.relation().equals("obl:in") || up.relation().equals("nmod:in"));
      // "suspended imports of beef in response to ...": the phrase hung on the verb's object
      if (answer && up.governor() >= 0 && g.token(up.governor()).isNoun() && g.head(up.governor()) != null
          && g.head(up.governor()).relation().equals("obj")) {
        up = g.head(up.governor());
      }
    }
    if (up == null || up.governor() < 0 || !(CAUSES.contains(up.relation()) || answer)) {
      return to;
    }
    Actor[][] answering = sidesByTrigger.get(up.governor());
    // the answering act coded (its sources placed by the context), else its subject as named
    List<Actor> answerers = answering != null ? java.util.Arrays.asList(answering[0])
        : resolveAll(g, mentions, discourse, g.children(up.governor(), "nsubj"), day);
    String country = from.get(0).country();
    boolean state = from.get(0).code().endsWith("GOV");
    List<Actor> out = answerers.stream().filter(a -> a.known() && !a.country().equals(country))
        .map(a -> new Actor(state ? a.country() + "GOV" : a.code(), a.text(), a.begin(), a.end())).distinct().toList();
    return out.isEmpty() ? to : out;
  }

  /**
   * "troops killed hundreds of civilians in the Ethiopian city of Axum": a pattern that names the people
   * acted on as its own words ("kill civilian hundreds") has no target slot; when nothing else fills the
   * target, a population word among those words (civilians, protesters, refugees) is the target, when
   * the act's place, or the police of the country acting, says whose population it is. A people named
   * by its demonym among those words ("killed an estimated 1.7 million Cambodians") is that country's
   * population, whoever acts.
   */
  private List<Actor> countedPopulation(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, List<Actor> from, LocalDate day) {
    if (!to.isEmpty() || !group.isEmpty() || from.isEmpty() || !f.targets().isEmpty() || f.pattern().hasSlot(Slot.TARGET)
        || f.pattern().hasSlot(Slot.GROUP)) {
      return to;
    }
    for (int w : f.words()) {
      if (mentions.roleAt(w).isEmpty() && g.token(w).isNoun() && mentions.actorAt(w)
          .filter(m -> m.entry() instanceof DictionaryEntry.Named n && n.kind() == org.entente.actors.PhraseKind.ADJECTIVE)
          .isPresent()) {
        Actor people = resolver.resolve(g, mentions, w, day);
        if (people.known() && people.code().length() == 3) {
          return List.of(new Actor(people.code() + "CVL", people.text(), people.begin(), people.end()));
        }
      }
      if (mentions.actorAt(w).isEmpty() && mentions.roleAt(w).filter(m -> ContextActors.population(m.entry())).isPresent()) {
        // Only a country the sentence makes sure of: the act's place, or the police acting at home.
        String place = ContextActors.placeCountry(g, mentions, f.act());
        List<Actor> found = inContext(g, mentions, discourse, f, List.of(w), resolveAll(g, mentions, discourse, List.of(w), day),
            from, true).stream().filter(a -> a.known() && (a.country().equals(place)
                || place.isEmpty() && from.stream().anyMatch(s -> s.code().equals(a.country() + "COP")))).toList();
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return to;
  }

  /**
   * "North Korea blew up the inter-Korean liaison office": a target phrase that names two countries at
   * once ("inter-Korean", "the two Koreas") is, for an actor of one of them, the other one alone.
   */
  static List<Actor> otherOfPair(List<Actor> to, List<Actor> from) {
    if (to.size() < 2 || from.isEmpty()) {
      return to;
    }
    java.util.Set<String> own = new java.util.HashSet<>();
    from.stream().filter(Actor::known).forEach(a -> own.add(a.country()));
    List<Actor> out = new ArrayList<>();
    for (Actor t : to) {
      boolean samePhrase = to.stream().anyMatch(o -> o != t && o.begin() == t.begin() && o.end() == t.end()
          && o.text().equals(t.text()) && o.code().length() == 3 && t.code().length() == 3 && !o.country().equals(t.country()));
      if (!(samePhrase && t.known() && own.contains(t.country()))) {
        out.add(t);
      }
    }
    return out.isEmpty() ? to : out;
  }

  /** CAMEO roots of material acts done in a place: cooperation, aid, yielding, force posture, reduced ties, coercion, force. */
  private static final java.util.Set<String> PLACED_ACTS = java.util.Set.of("06", "07", "08", "15", "16", "17", "18", "19", "20");

  /**
   * "Israel will evacuate all settlements in the Gaza Strip": a material act whose pattern names what it
   * acts on in its own words (no target slot), with nothing else for a target, is aimed at the country
   * where that thing is, when that is not the actor's own ("in retaliation for a visit to Taiwan" places
   * nothing).
   */
  private static List<Actor> placeActedOn(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from) {
    if (!to.isEmpty() || !group.isEmpty() || from.size() != 1 || !from.get(0).known() || !f.targets().isEmpty()
        || f.pattern().hasSlot(Slot.TARGET) || f.pattern().hasSlot(Slot.GROUP)
        || f.pattern().blocks() || !PLACED_ACTS.contains(f.pattern().code().substring(0, 2))) {
      return to;
    }
    String place = ContextActors.placeOfObject(g, mentions, f.act());
    return place.isEmpty() || place.equals(from.get(0).country()) ? to : List.of(new Actor(place, "", -1, -1));
  }

  /** Nouns of a settlement whose people suffer what is done to it. */
  private static final java.util.Set<String> SETTLEMENTS = java.util.Set.of("town", "city", "village", "district",
      "neighbourhood", "neighborhood", "suburb", "township");

  /**
   * "Syrian government forces used sarin against the town of Khan Sheikhoun": unconventional mass violence
   * (CAMEO 20) by a state's forces against a town no dictionary places, in a sentence that names no country
   * but the actor's, is done to the actor's own civilians.
   */
  private static List<Actor> ownTownStruck(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from, LocalDate day) {
    if (!f.code().startsWith("20") || to.size() != 1 || to.get(0).known() || !group.isEmpty() || from.size() != 1
        || !from.get(0).known() || f.targets().size() != 1 || !SETTLEMENTS.contains(g.token(f.targets().get(0)).key())) {
      return to;
    }
    String country = from.get(0).country();
    String role = ContextActors.role(from.get(0));
    if (!role.equals("MIL") && !role.equals("GOV")) {
      return to;
    }
    for (org.entente.actors.Mention m : mentions.actors()) {
      String code = ActorResolver.codeOf(m.entry(), day);
      String other = code.length() >= 3 ? code.substring(0, 3) : "";
      if (other.length() == 3 && !other.equals("IGO") && !other.equals("NGO") && !other.equals(country)) {
        return to;
      }
    }
    return List.of(new Actor(country + "CVL", to.get(0).text(), to.get(0).begin(), to.get(0).end()));
  }

  /**
   * "A ceasefire in Gaza took effect, and Israeli troops began pulling back to agreed lines": a
   * de-escalation (CAMEO 087x) with no target named is aimed at the side whose land the sentence places it
   * in, when the sentence names places of exactly one country besides the source's.
   */
  private static List<Actor> warZone(SentenceMentions mentions, EventFrame f, List<Actor> to, List<Actor> group,
      List<Actor> from) {
    if (!f.code().startsWith("087") || !to.isEmpty() || !group.isEmpty() || !f.targets().isEmpty() || !f.group().isEmpty()
        || from.size() != 1 || !from.get(0).known()) {
      return to;
    }
    java.util.Set<String> places = new java.util.LinkedHashSet<>();
    for (org.entente.actors.Mention m : mentions.actors()) {
      String c = placeCountry(mentions, m.start());
      if (c != null && !c.equals("IGO") && !c.equals("NGO") && !c.equals(from.get(0).country())) {
        places.add(c);
      }
    }
    return places.size() == 1 ? List.of(new Actor(places.iterator().next(), "", -1, -1)) : to;
  }

  /**
   * "Balloons carrying rubbish were sent across the border by North Korea overnight, South Korea's military
   * said", "troops fired across the border": an act aimed across or over a border, with no target named, is
   * aimed at the country on the other side, when the sentence names exactly one country besides the source's.
   */
  private static List<Actor> otherSideOfBorder(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from, LocalDate day) {
    if (!to.isEmpty() || !group.isEmpty() || from.isEmpty() || !f.targets().isEmpty()
        || from.stream().anyMatch(a -> !a.known())) {
      return to;
    }
    boolean across = f.words().stream().anyMatch(w -> g.token(w).key().equals("border")
        && g.parents(w).stream().anyMatch(d -> d.relation().equals("obl:across") || d.relation().equals("obl:over")
            || d.relation().equals("nmod:across") || d.relation().equals("nmod:over")));
    if (!across) {
      return to;
    }
    java.util.Map<String, org.entente.actors.Mention> others = new java.util.LinkedHashMap<>();
    for (org.entente.actors.Mention m : mentions.actors()) {
      String code = ActorResolver.codeOf(m.entry(), day);
      String country = code.length() >= 3 ? code.substring(0, 3) : "";
      if (country.length() == 3 && !country.equals("IGO") && !country.equals("NGO")
          && from.stream().noneMatch(a -> a.country().equals(country))) {
        others.putIfAbsent(country, m);
      }
    }
    if (others.size() != 1) {
      return to;
    }
    java.util.Map.Entry<String, org.entente.actors.Mention> other = others.entrySet().iterator().next();
    org.entente.actors.Mention m = other.getValue();
    return List.of(new Actor(other.getKey(), m.text(), g.token(m.start()).begin(), g.token(m.end() - 1).end()));
  }

  /**
   * "Akayev agreed to resign", "students staged demonstrations": a pattern without a target slot codes
   * a complete event even when no target is found anywhere. It is kept with an absent target (no code,
   * no words, offsets -1), so the act is on record; relations figures leave it out, as they need both
   * sides.
   */
  private static List<Actor> absentTarget(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from) {
    // "Orban dropped his veto": a target read from the act's owner, who is the source, is no other side
    boolean ownOnly = !to.isEmpty() && group.isEmpty() && f.group().isEmpty()
        && to.stream().allMatch(t -> t.known() && from.stream().anyMatch(s -> same(s, t)));
    if (ownOnly && !f.pattern().hasSlot(Slot.TARGET) && !f.pattern().hasSlot(Slot.GROUP)) {
      return List.of(Actor.ABSENT);
    }
    // "fired a missile into the sea off its east coast": a place that is the source's own is no other side
    // either; the act stays, without a target, instead of vanishing as a self-event.
    if (ownOnly && pairs(from, to, group).isEmpty() && f.targets().stream().allMatch(h -> mentions.actorAt(h).isEmpty() && mentions.roleAt(h).isEmpty()
        && !g.token(h).isProperNoun() && !g.token(h).isPronoun())) {
      return List.of(Actor.ABSENT);
    }
    // "South Korean coast guards held a drill off Busan": a city of the source's own country, named as where
    // a show of force happened, is no other side (while "off Taiwan" by China's navy is; force used on one's
    // own town, "gassed the town of Douma", still aims at it)
    boolean ownPlace = f.code().startsWith("15") && !to.isEmpty() && group.isEmpty() && f.group().isEmpty() && !f.targets().isEmpty()
        && to.stream().allMatch(t -> t.known() && t.code().length() == 3
            && from.stream().anyMatch(s -> s.known() && s.country().equals(t.country())))
        && f.targets().stream().allMatch(h -> mentions.actorAt(h).map(m -> m.entry() instanceof DictionaryEntry.Named n
            && n.kind() == org.entente.actors.PhraseKind.PLACE).orElse(false));
    if (ownPlace) {
      return List.of(Actor.ABSENT);
    }
    if (!to.isEmpty() || !group.isEmpty() || from.isEmpty() || !f.targets().isEmpty() || !f.group().isEmpty()
        || f.pattern().hasSlot(Slot.TARGET) || f.pattern().hasSlot(Slot.GROUP)) {
      return to;
    }
    return List.of(Actor.ABSENT);
  }

  /** Nouns of weapons that are fired, launched or dropped, and land, fall or are shot down. */
  private static final java.util.Set<String> WEAPONS = java.util.Set.of(
      "missile", "rocket", "drone", "shell", "projectile", "icbm", "munition", "bomb", "warhead");

  /** Verbs by which weapons are set off at someone: "fired missiles", "launched drones". */
  private static final java.util.Set<String> LAUNCHING = java.util.Set.of(
      "fire", "launch", "test-fire", "send", "rain", "fly", "drop", "lob");

  /**
   * Whether a frame of force has its source use weapons: a weapon noun is the source phrase ("Russian
   * missiles hit Kyiv", "was hit by a barrage of Russian missiles") or what the trigger fires or launches
   * ("fired ballistic missiles into waters around Taiwan"). Shooting weapons down is no use of them.
   */
  private static boolean usesWeapons(SentenceGraph g, EventFrame f) {
    if (!forceCode(f.code())) {
      return false;
    }
    for (int h : f.sources()) {
      if (weapon(g, h) || g.children(h, "nmod:of").stream().anyMatch(c -> weapon(g, c))) {
        return true;
      }
    }
    return LAUNCHING.contains(g.token(f.trigger()).key()) && f.words().stream().anyMatch(w -> weapon(g, w));
  }

  private static boolean forceCode(String code) {
    return code.startsWith("15") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
  }

  private static boolean weapon(SentenceGraph g, int h) {
    return WEAPONS.contains(g.token(h).key()) || g.token(h).key().endsWith("s")
        && WEAPONS.contains(g.token(h).key().substring(0, g.token(h).key().length() - 1));
  }

  /**
   * "The PLA fired ballistic missiles around Taiwan. Japan said five of <b>the missiles</b> landed inside its
   * zone", "Iran launched 300 drones and missiles at Israel, most of <b>which</b> were intercepted", "shot
   * down 72 of <b>the 99 missiles launched</b>": weapons taken up again (with "the", counted out of, or by
   * "which") are those of whoever last fired or launched weapons, when no actor of the phrase says whose
   * they are. Only in acts of force (CAMEO 19), and never the other side's own.
   */
  private static List<Actor> weaponUsers(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Integer> heads, List<Actor> actors, List<Actor> otherSide, boolean targets) {
    if (heads.size() != actors.size() || !f.code().startsWith("19")) {
      return actors;
    }
    java.util.Set<String> others = new java.util.HashSet<>();
    otherSide.stream().filter(Actor::known).forEach(a -> others.add(a.country()));
    List<Actor> out = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < heads.size(); i++) {
      Actor a = actors.get(i);
      int h = heads.get(i);
      Token t = g.token(h);
      boolean relative = targets && t.pos().equals("WDT");
      boolean takenUp = weapon(g, h) && (g.hasChild(h, "det:qmod")
          || g.children(h, "det").stream().anyMatch(d -> g.token(d).word().equalsIgnoreCase("the"))
          || g.children(h, "acl").stream().anyMatch(p -> LAUNCHING.contains(g.token(p).key())));
      List<Actor> users = a.known() || mentions.actorAt(h).isPresent() || !(relative || takenUp) ? List.of()
          : discourse.lastWeaponUsersOtherThan(others);
      if (users.isEmpty()) {
        out.add(a);
      } else {
        changed = true;
        users.forEach(u -> out.add(new Actor(u.code(), a.text(), a.begin(), a.end())));
      }
    }
    return changed ? out : actors;
  }

  /** Nouns of a violent act someone is blamed for: "blamed X for the attack", "blamed the bombing on X". */
  private static final java.util.Set<String> BLAMED_ACTS = java.util.Set.of("attack", "attacks", "bombing", "bombings",
      "blast", "blasts", "explosion", "explosions", "killing", "killings", "death", "deaths", "shooting", "massacre",
      "assault", "violence", "assassination", "ambush", "raid", "strike", "strikes");

  private static boolean blamedAct(SentenceGraph g, int noun) {
    return BLAMED_ACTS.contains(g.token(noun).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** Roots of the violent acts a blame or a claim of responsibility can give an author: assault, force, mass violence. */
  private static final java.util.Set<String> VIOLENT_ROOTS = java.util.Set.of("18", "19", "20");
  /** Relations by which a verb sits in the clause of another: "exploded ..., killing 100 people". */
  private static final java.util.Set<String> CLAUSE_LINKS = java.util.Set.of("dep", "advcl", "xcomp", "acl", "ccomp");

  /**
   * "Two car bombs exploded in Mogadishu, killing 100 people, and the president <b>blamed al-Shabaab</b>", "a
   * suicide bomber killed 20 worshippers, and <b>the Pakistani Taliban claimed responsibility</b>": an assault,
   * act of force or mass violence (CAMEO 18-20) stated without a known author (a passive with no agent, or a
   * thing or unnamed person as its subject) is the act of the one a clause joined to it by "and" or "but"
   * blames for it ("blamed X", "blamed X for the attack", "blamed the attack on X") or of the one that claims
   * responsibility there. Only the joined clause of the same sentence counts: a blame elsewhere may be for
   * another act.
   */
  private List<Actor> blamedOrClaiming(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> from, LocalDate day) {
    String root = f.code().length() >= 2 ? f.code().substring(0, 2) : "";
    if (!VIOLENT_ROOTS.contains(root) || !f.group().isEmpty()
        || from.stream().anyMatch(Actor::known)
        || f.sources().stream().anyMatch(h -> h > 1 && g.token(h).isProperNoun()
            || mentions.roleAt(h).isPresent() && !weapon(g, h))) {
      // a named unknown ("Minerva McGonagall") or a role ("soldiers") says who acted; a weapon does not
      return from;
    }
    // the trigger and the clauses it sits in: "exploded ..., killing": the participle's clause is the verb's
    java.util.List<Integer> chain = new ArrayList<>();
    int n = f.trigger();
    for (int depth = 0; n >= 0 && depth < 4; depth++) {
      chain.add(n);
      org.entente.model.Dependency up = g.head(n);
      if (up == null || up.governor() < 0 || up.relation().startsWith("conj")
          || !CLAUSE_LINKS.contains(up.base())) {
        break;
      }
      n = up.governor();
    }
    java.util.Set<Integer> joined = new java.util.LinkedHashSet<>();
    for (int c : chain) {
      for (org.entente.model.Dependency d : g.children(c)) {
        if (d.relation().startsWith("conj")) {
          joined.add(d.dependent());
        }
      }
      for (org.entente.model.Dependency d : g.parents(c)) {
        if (d.relation().startsWith("conj") && d.governor() >= 0) {
          joined.add(d.governor());
        }
      }
    }
    for (int v : joined) {
      Token verb = g.token(v);
      if (!verb.isVerb() || g.hasChild(v, "advmod") && g.children(v, "advmod").stream()
          .anyMatch(a -> g.token(a).lemma().equalsIgnoreCase("not"))) {
        continue;
      }
      String lemma = verb.lemma().toLowerCase(java.util.Locale.ROOT);
      List<Integer> authors = List.of();
      if (lemma.equals("blame") && !g.hasChild(v, "nsubj:pass")) {
        List<Integer> objects = g.children(v, "obj");
        List<Integer> on = g.children(v, "obl:on");
        boolean actBlamed = objects.size() == 1 && blamedAct(g, objects.get(0));
        List<Integer> act = actBlamed ? g.children(objects.get(0), "nmod:on") : List.of();
        if (!act.isEmpty() && on.isEmpty()) {
          authors = act;   // "blamed the attack on al-Shabaab", parsed as the attack's own phrase
        } else if (actBlamed && !on.isEmpty()) {
          authors = on;   // "blamed the attack on al-Shabaab"
        } else if (on.isEmpty() && g.children(v, "obl:for").stream().allMatch(x -> blamedAct(g, x))) {
          authors = objects;   // "blamed al-Shabaab", "blamed al-Shabaab for the attack"
        }
      } else if (lemma.equals("claim") && g.children(v, "obj").stream()
          .anyMatch(o -> g.token(o).lemma().equalsIgnoreCase("responsibility"))) {
        authors = g.children(v, "nsubj");
      }
      if (authors.isEmpty()) {
        continue;
      }
      List<Actor> found = resolveAll(g, mentions, discourse, authors, day);
      if (!found.isEmpty() && found.stream().allMatch(Actor::known)) {
        return found;
      }
    }
    return from;
  }

  /** Participles of keeping people captive: "Americans held in Iran". */
  private static final java.util.Set<String> HELD = java.util.Set.of("hold", "detain", "jail", "imprison", "keep");

  /**
   * "Five Americans held in Iran were released on Monday": a release (CAMEO 084) reported in the passive
   * without its agent is the act of the state where the people were held, when a participle on them places
   * it. (Where the release took place, "were freed in Doha", need not be the captor's.)
   */
  private static List<Actor> keeperOfReleased(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> from) {
    if (!f.sources().isEmpty() || !f.group().isEmpty() || !from.isEmpty() || !f.code().startsWith("084")) {
      return from;
    }
    for (int people : g.children(f.trigger(), "nsubj:pass")) {
      for (int held : g.children(people, "acl")) {
        if (HELD.contains(g.token(held).key()) && g.token(held).pos().equals("VBN")) {
          String country = ContextActors.placeCountry(g, mentions, held);
          if (country.length() == 3 && !country.equals("IGO") && !country.equals("NGO")) {
            return List.of(new Actor(country + "GOV", "", -1, -1));
          }
        }
      }
    }
    return from;
  }

  /** Participles naming who gave or promised a thing: "systems promised by Germany". */
  private static final java.util.Set<String> GIVEN = java.util.Set.of(
      "promise", "pledge", "donate", "supply", "provide", "send", "give");

  /**
   * "The first of four air-defence systems promised by Germany was delivered to Ukraine": aid delivered
   * in the passive without its agent is given by whoever the participle on the thing says promised,
   * pledged or donated it.
   */
  private List<Actor> giverOfPromised(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> from, LocalDate day) {
    if (!from.isEmpty() || !f.sources().isEmpty() || !f.group().isEmpty()
        || !(f.code().startsWith("07") || f.code().startsWith("06"))) {
      return from;
    }
    for (int thing : g.children(f.trigger(), "nsubj:pass")) {
      for (int given : g.children(thing, "acl")) {
        if (!GIVEN.contains(g.token(given).lemma().toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        List<Actor> givers = resolveAll(g, mentions, discourse, g.children(given, "obl:by", "obl:agent"), day).stream()
            .filter(Actor::known).toList();
        if (!givers.isEmpty()) {
          return givers;
        }
      }
    }
    return from;
  }

  /**
   * "Venezuelans voted in a referendum backing a new state in the Essequibo region, and Guyana's president said
   * his country would not cede an inch of territory": a refusal to give in (CAMEO 124x) that names no one, said in
   * a clause joined to another whose subject is of another country, is aimed at that subject.
   */
  private List<Actor> refusedToJoinedClause(SentenceGraph g, SentenceMentions mentions, Discourse discourse,
      EventFrame f, List<Actor> to, List<Actor> group, List<Actor> from, LocalDate day) {
    if (!to.isEmpty() || !group.isEmpty() || from.size() != 1 || !from.get(0).known() || !f.targets().isEmpty()
        || !f.code().startsWith("124")) {
      return to;
    }
    int node = f.trigger();
    for (int level = 0; level < 4; level++) {
      org.entente.model.Dependency up = g.head(node);
      if (up == null || up.governor() < 0 || !(up.relation().startsWith("ccomp") || up.relation().startsWith("xcomp"))) {
        break;
      }
      node = up.governor(); // "said his country would not cede": up to the verb that reports it
    }
    List<Integer> joined = new ArrayList<>();
    for (org.entente.model.Dependency d : g.children(node)) {
      if (d.relation().startsWith("conj")) {
        joined.add(d.dependent());
      }
    }
    org.entente.model.Dependency up = g.head(node);
    if (up != null && up.governor() >= 0 && up.relation().startsWith("conj")) {
      joined.add(up.governor());
    }
    for (int v : joined) {
      for (Actor a : resolveAll(g, mentions, discourse, g.children(v, "nsubj"), day)) {
        if (a.known() && !a.country().equals(from.get(0).country())) {
          return List.of(new Actor(a.code(), "", -1, -1));
        }
      }
    }
    return to;
  }

  /** Nouns of a protest a concession can give way to: "resigned after weeks of protests". */
  private static final java.util.Set<String> PROTESTS = java.util.Set.of(
      "protest", "demonstration", "rally", "unrest", "uprising", "riot");

  /**
   * "Hasina resigned after weeks of protests", "lifted martial law hours later after parliament voted to
   * block the decree": a concession (CAMEO 08) with no target gives way to whoever acted in its "after"
   * clause, or to the country's own population when that names protests.
   */
  private List<Actor> yieldedTo(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, List<Actor> from, LocalDate day) {
    if (!to.isEmpty() || !group.isEmpty() || from.size() != 1 || !from.get(0).known() || !f.targets().isEmpty()
        || !f.code().startsWith("08")) {
      return to;
    }
    Actor source = from.get(0);
    List<Integer> verbs = new ArrayList<>(List.of(f.trigger()));
    verbs.addAll(g.children(f.trigger(), "conj:and"));
    for (int v : verbs) {
      for (int clause : g.children(v, "advcl:after")) {
        List<Actor> actors = resolveAll(g, mentions, discourse, g.children(clause, "nsubj"), day).stream()
            .filter(a -> a.known() && !a.code().equals(source.code())).toList();
        if (!actors.isEmpty()) {
          return actors;
        }
      }
      for (int when : g.children(v, "obl:after")) {
        List<Integer> nouns = new ArrayList<>(List.of(when));
        nouns.addAll(g.children(when, "nmod:of"));
        if (nouns.stream().anyMatch(n -> PROTESTS.contains(g.token(n).lemma().toLowerCase(java.util.Locale.ROOT)))) {
          return List.of(new Actor(source.country() + "CVL", "", -1, -1));
        }
      }
    }
    return to;
  }

  /**
   * "Trump agreed to pause the tariffs on Mexico after President Claudia Sheinbaum promised to send troops to the
   * border": a promise (CAMEO 03) naming no one, in an "after" clause of a concession (08) made to the promiser's
   * country, was made to the side that gave way: the concession is what it bought.
   */
  private static List<Actor> promisedInReturn(SentenceGraph g, EventFrame f, List<Actor> to, List<Actor> group,
      List<Actor> from, java.util.Map<Integer, Actor[][]> sidesByTrigger, java.util.Map<Integer, String> codeByTrigger) {
    if (!f.code().startsWith("03") || !group.isEmpty() || !f.group().isEmpty() || from.size() != 1 || !from.get(0).known()
        || to.stream().anyMatch(Actor::known)) {
      return to;
    }
    String own = from.get(0).country();
    boolean after = false;
    int v = f.trigger();
    for (int step = 0; step < 6; step++) {
      org.entente.model.Dependency up = g.head(v);
      if (up == null || up.governor() < 0) {
        break;
      }
      after |= up.relation().equals("advcl:after") || up.relation().equals("acl:after");
      v = up.governor();
      Actor[][] sides = sidesByTrigger.get(v);
      String code = codeByTrigger.get(v);
      if (after && sides != null && code != null && code.startsWith("08") && sides[0].length == 1 && sides[0][0].known()
          && !sides[0][0].country().equals(own)
          && java.util.Arrays.stream(sides[1]).anyMatch(a -> a.known() && a.country().equals(own))) {
        return List.of(new Actor(sides[0][0].code(), "", -1, -1));
      }
    }
    return to;
  }

  /**
   * "A Japanese employee was detained in Beijing", "an American was put under investigation in Italy": an
   * arrest, detention or expulsion (17x), or an investigation (09x), reported without its agent is the act
   * of the state where it happened. "Thousands of Russians were detained at anti-war protests": people
   * arrested at protests, with no place named, are arrested by their own country's police. Other agentless
   * passives stay uncoded.
   */
  private static List<Actor> agentFromPlace(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> from,
      List<Actor> to) {
    if (f.sources().isEmpty() && f.group().isEmpty() && f.code().startsWith("15") && to.size() == 1 && to.get(0).known()
        && to.get(0).code().length() == 6 && java.util.Set.of("LEG", "GOV", "JUD").contains(to.get(0).code().substring(3))) {
      // "Troops were sent to the National Assembly": forces sent, with no agent, against a state's own
      // institution are that state's
      return List.of(new Actor(to.get(0).country() + "MIL", "", -1, -1));
    }
    if (!f.sources().isEmpty() || !f.group().isEmpty() || !(f.code().startsWith("17") || f.code().startsWith("09"))) {
      return from;
    }
    String country = ContextActors.placeCountry(g, mentions, f.act());
    if (country.isEmpty() && f.code().startsWith("173") && to.size() == 1 && to.get(0).known()
        && to.get(0).country().length() == 3 && !to.get(0).country().equals("IGO") && !to.get(0).country().equals("NGO")
        && g.children(f.trigger()).stream().anyMatch(d -> (d.relation().equals("obl:at") || d.relation().equals("obl:during"))
            && PROTESTS.contains(g.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)))) {
      return List.of(new Actor(to.get(0).country() + "COP", "", -1, -1));
    }
    if (country.isEmpty() && f.code().startsWith("17") && to.size() == 1 && to.get(0).known()
        && to.get(0).code().length() == 6 && OWN_STATE_ROLES.contains(to.get(0).code().substring(3))) {
      // "Former President Yoon Suk Yeol was arrested on insurrection charges": with no place named, a
      // country's politicians, officials and officers are held by their own state (not its citizens, who
      // are often abroad)
      return List.of(new Actor(to.get(0).country() + "GOV", "", -1, -1));
    }
    return country.isEmpty() ? from : List.of(new Actor(country + "GOV", "", -1, -1));
  }

  /** Roles of a country's public life, whose agentless arrest is their own state's act. */
  private static final java.util.Set<String> OWN_STATE_ROLES = java.util.Set.of("GOV", "ELI", "OPP", "LEG", "JUD",
      "MIL", "COP", "SPY");

  /**
   * "after weeks of protests against her government", "demonstrations against the Serbian government": a
   * protest (CAMEO 14) named without its protesters is the act of the population (CVL) of the country
   * protested against, else of the place where it happened (where the verb it is the subject of happened:
   * "protests erupted in several Iranian cities"). Without either it stays uncoded.
   */
  private static List<Actor> protestersOfTarget(SentenceGraph g, SentenceMentions mentions, EventFrame f,
      List<Actor> from, List<Actor> to) {
    if (!f.sources().isEmpty() || !f.group().isEmpty() || !f.code().startsWith("14")) {
      return from;
    }
    String country = to.size() == 1 && to.get(0).known() ? to.get(0).country() : "";
    if (country.length() != 3 || country.equals("IGO") || country.equals("NGO")) {
      country = ContextActors.placeCountry(g, mentions, f.act());
    }
    // "Anti-government protests erupted in several Iranian cities": a protest that is the subject of a verb
    // of its course (erupting, spreading) is placed where that verb is
    org.entente.model.Dependency up = g.head(f.act());
    if (country.isEmpty() && up != null && up.relation().equals("nsubj") && up.governor() >= 0
        && g.token(up.governor()).isVerb()) {
      country = ContextActors.placeCountry(g, mentions, up.governor());
    }
    // "Iran's deadly crackdown on protests": a protest a state puts down is one of its own population, unless
    // the protest names its people ("Serbia's suppression of ethnic Albanian unrest")
    boolean ownPeople = g.children(f.act(), "amod", "compound", "nmod:poss").stream().anyMatch(c -> mentions.actorAt(c).isPresent());
    if (country.isEmpty() && !ownPeople && up != null && up.governor() >= 0 && up.base().equals("nmod")
        && REPRESSIONS.contains(g.token(up.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      // "Serbia's suppression of unrest in Montenegro": the place of the putting down is the protest's
      country = ContextActors.placeCountry(g, mentions, up.governor());
      for (int owner : g.children(up.governor(), "nmod:poss", "amod", "compound")) {
        String c = mentions.actorAt(owner).map(m -> ActorResolver.codeOf(m.entry(), null)).orElse("");
        if (country.isEmpty() && c.length() >= 3 && !c.startsWith("IGO") && !c.startsWith("NGO")) {
          country = c.substring(0, 3);
          break;
        }
      }
    }
    return country.isEmpty() ? from : List.of(new Actor(country + "CVL", "", -1, -1));
  }

  /** Nouns of a state's putting down of protests: "Iran's crackdown on protests". */
  private static final java.util.Set<String> REPRESSIONS = java.util.Set.of(
      "crackdown", "clampdown", "suppression", "repression");

  /** Verbs by which an actor puts out a text it speaks through: not "boycotted the parade supporting X". */
  private static final java.util.Set<String> ISSUING = java.util.Set.of(
      "issue", "release", "publish", "send", "deliver", "adopt", "pass", "make", "sign", "circulate", "post", "table",
      "file", "bring", "submit", "lodge", "present");

  /**
   * "The ministry issued a statement condemning Israel": a source that is a message, the act being a
   * participle on it, stands for whoever issued, released or sent the message (the verb's subject).
   */
  private List<Actor> issuerOfMessage(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> from, LocalDate day) {
    if (f.sources().size() != 1 || from.size() != 1) {
      return from;
    }
    int message = f.sources().get(0);
    // "a case against Myanmar accusing it of genocide": an actor named inside the message is not its author
    if (from.get(0).known() && (mentions.actorAt(message).isPresent() || mentions.roleAt(message).isPresent())) {
      return from;
    }
    org.entente.model.Dependency act = g.head(f.trigger());
    org.entente.model.Dependency sent = g.head(message);
    if (act == null || act.governor() != message || !act.base().equals("acl") || !g.token(message).isNoun()
        || g.token(message).isProperNoun() || sent == null || !sent.relation().equals("obj")
        || !ISSUING.contains(g.token(sent.governor()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return from;
    }
    List<Actor> issuers = resolveAll(g, mentions, discourse, g.children(sent.governor(), "nsubj"), day);
    return issuers.isEmpty() || issuers.stream().anyMatch(a -> !a.known()) ? from : issuers;
  }

  private static boolean reacts(String code) {
    return code.startsWith("10") || code.startsWith("11") || code.startsWith("12") || code.startsWith("13")
        || code.startsWith("015") || code.startsWith("016");
  }

  /**
   * Administrative measures (CAMEO 172x: curfews, martial law, bans on parties), their easing (081x)
   * and threats of them (132x) act on a population: without a target in the sentence, the civilians
   * (CVL) of the place named ("a curfew in Abidjan"), else of the actor's own country ("declared martial
   * law").
   */
  private static List<Actor> domesticTarget(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from) {
    boolean measure = f.code().startsWith("172") || f.code().startsWith("081") || f.code().startsWith("132");
    if (!measure || !to.isEmpty() || !group.isEmpty() || !f.targets().isEmpty() || from.size() != 1 || !from.get(0).known()) {
      return to;
    }
    String place = ContextActors.placeCountry(g, mentions, f.act());
    String country = place.isEmpty() ? from.get(0).country() : place;
    return country.length() == 3 && !country.equals("IGO") && !country.equals("NGO")
        ? List.of(new Actor(country + "CVL", "", -1, -1)) : to;
  }

  /** The dictionary entry of the place in the article's dateline ("NAIROBI —"), if it names one. */
  private java.util.Optional<DictionaryEntry> filedFrom(Article article) {
    return org.entente.annotate.Dateline.place(article.text()).flatMap(place -> {
      List<Token> tokens = new ArrayList<>();
      int at = 0;
      for (String w : place.split(" ")) {
        tokens.add(new Token(tokens.size(), w, w.toLowerCase(java.util.Locale.ROOT), "NNP", "O", null, at, at + w.length()));
        at += w.length() + 1;
      }
      var found = dictionaries.actors().findActors(tokens);
      return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == tokens.size()
          ? java.util.Optional.of(found.get(0).entry()) : java.util.Optional.empty();
    });
  }

  /**
   * A target that names an act rather than an actor ("Seoul condemned <b>the launches</b>") points back
   * to whoever did the latest act reported before it, when that is someone other than the source.
   * Only words the pattern dictionary knows as event triggers (nouns, or verbs like "launch") count as acts,
   * and, as the target of a reaction ("called the measure unjustified"), any thing that is not a role word.
   */
  private List<Actor> actsPointBack(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> targets,
      List<Actor> sources, Discourse discourse, List<Event> earlier, LocalDate day, List<ActClause> clauses) {
    List<Integer> heads = f.targets();
    // "a deal brokered by China", "a move Israel condemned": the noun an event's clause modifies is an
    // act whatever its word.
    org.entente.model.Dependency up = g.head(f.trigger());
    int modified = up != null && (up.relation().startsWith("acl") || up.relation().equals("dep")) ? up.governor() : -1;
    if (heads.size() != targets.size() || sources.isEmpty()) {
      return targets;
    }
    List<Actor> out = new ArrayList<>(targets.size());
    for (int i = 0; i < targets.size(); i++) {
      Actor t = targets.get(i);
      Token head = g.token(heads.get(i));
      List<Actor> back = List.of();
      if (!t.known() && REPORT_NOUNS.contains(head.key())) {
        // "declined to comment on reports that Beijing would send its foreign minister to Tokyo": a report
        // is about those its that-clause names, the acting side's own left out
        List<Actor> about = namedInContent(g, mentions, discourse, heads.get(i), sources, day);
        if (!about.isEmpty()) {
          about.forEach(b -> out.add(new Actor(b.code(), t.text(), t.begin(), t.end())));
          continue;
        }
      }
      // A role word names actors, not an act, even when it is a trigger too ("accused foreign forces").
      List<Integer> owners = g.children(heads.get(i), "nmod:poss");
      boolean ownedThing = !owners.isEmpty() && !g.token(owners.get(0)).isPronoun()
          && dictionaries.patterns().forNoun(head.key()).isEmpty();
      boolean act = dictionaries.patterns().isTrigger(head.key()) || heads.get(i) == modified;
      // "talks in St Vincent brokered by Brazil": a place only says where the act was, not whose it was.
      boolean unowned = !t.known() || act && placedOnly(g, mentions, heads.get(i));
      if (!t.known() && ownedThing) {
        // "rejected the court's move": the owner of a decision, move or plan is named; it is that
        // owner's (if the article says who "the court" is), never whoever acted last. (The owner of an
        // event noun may be the one it is done to: "demanded the man's release".)
        for (Actor o : resolveAll(g, mentions, discourse, owners, day)) {
          if (o.known()) {
            back = List.of(o);
          }
        }
      } else if (unowned && head.isNoun() && !head.isProperNoun() && mentions.roleAt(heads.get(i)).isEmpty()
          && (act || reacts(f.code()))) {
        // The acting side never did the act it reacts to: "Yoon and Kishida condemned the launch" is
        // neither's launch, though the last event was their meeting.
        java.util.Set<String> own = new java.util.HashSet<>();
        sources.forEach(a -> own.add(a.country()));
        boolean accusation = org.entente.model.Speech.accusation(head.key());
        java.util.Optional<List<Actor>> author = authorOfActNoun(g, mentions, discourse, f, head, sources, clauses, earlier, day);
        if (author.isPresent()) {
          out.addAll(author.get().isEmpty() ? List.of(t)
              : author.get().stream().map(b -> new Actor(b.code(), t.text(), t.begin(), t.end())).toList());
          continue;
        }
        back = org.entente.model.Speech.utterance(head.key()) && !accusation ? discourse.lastSpeakersOtherThan(own) : List.of();
        if (back.isEmpty()) {
          back = samePhraseEarlier(t.text(), earlier, own);
        }
        if (back.isEmpty() && accusation) {
          back = authorOfAccusation(head, earlier, own, discourse);
        }
        if (back.isEmpty()) {
          // "a truce mediated by Qatar": a mediation is between both sides of the act it brings about
          back = sameKindOfAct(head, earlier, own, f.code().startsWith("045"));
        }
        if (back.isEmpty()) {
          back = discourse.lastEventSourcesOtherThan(sources.get(0)).stream().filter(a -> !own.contains(a.country())).toList();
        }
        boolean people = head.pos().startsWith("NNS") && !dictionaries.patterns().isTrigger(head.key())
            && !org.entente.model.Speech.utterance(head.key());
        if (back.isEmpty() && reacts(f.code()) && !people) {
          // "Seoul condemned the launches" after a sentence that named North Korea without coding an event
          // (but "the parties concerned", plural and no act, are no one country).
          back = discourse.lastCountryOtherThan(own).map(c -> new Actor(c, "", -1, -1)).stream().toList();
        }
      }
      if (!t.known() && perpetrators(g, heads.get(i))) {
        back = latestActOf(VIOLENCE, earlier, java.util.Set.of(sources.get(0).country()), false);
      }
      if (back.isEmpty()) {
        out.add(t);
      }
      for (Actor b : back) {
        out.add(new Actor(b.code(), t.text(), t.begin(), t.end()));
      }
    }
    return out;
  }

  /** Nouns of pressure put on someone: a refusal "despite pressure from X" answers X. */
  private static final java.util.Set<String> PRESSURES = java.util.Set.of("pressure", "call", "calls", "demand",
      "demands", "appeal", "appeals", "plea", "pleas", "request", "requests", "urging", "protest", "protests",
      "objection", "objections", "opposition", "warning", "warnings", "criticism");

  /** Nouns of a content told by others: "reports that ...", "speculation that ...". */
  private static final java.util.Set<String> REPORT_NOUNS = java.util.Set.of("report", "reports", "rumour", "rumor",
      "speculation", "suggestion", "media");

  /**
   * The first actor of another country than the {@code sources} named in the that-clause of a report noun
   * ("reports <b>that Beijing was preparing to send its foreign minister to Tokyo</b>" → Tokyo), not a place
   * saying where; empty when it names none.
   */
  private List<Actor> namedInContent(SentenceGraph g, SentenceMentions mentions, Discourse discourse, int noun,
      List<Actor> sources, LocalDate day) {
    java.util.Set<String> own = new java.util.HashSet<>();
    sources.forEach(a -> own.add(a.country()));
    for (int clause : g.children(noun, "ccomp", "acl")) {
      if (g.children(clause, "mark").stream().noneMatch(m -> g.token(m).key().equals("that"))) {
        continue;
      }
      for (int c : g.descendants(clause, d -> true)) {
        if (mentions.actorAt(c).isEmpty() || whereItHappened(g, mentions, c)) {
          continue;
        }
        for (Actor a : resolveAll(g, mentions, discourse, List.of(c), day)) {
          if (a.known() && !own.contains(a.country())) {
            return List.of(a);
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "Nippon Steel completed its acquisition of US Steel after Trump approved the takeover": a cooperative
   * response (a pattern of CAMEO 05 or 06) with no target slot, whose object among the pattern's words is
   * an unowned definite act noun of dictionaries/verbs/act-nouns.tsv, is aimed at the author of that act,
   * the subject of the latest earlier clause reporting it, when that is someone other than the responding
   * side. Without such a clause the target stays absent (no guess from whoever acted last).
   */
  private List<Actor> approvedActAuthor(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> to, List<Actor> group, List<Actor> from, List<Event> events, LocalDate day, List<ActClause> clauses) {
    String code = f.pattern().code();
    if (!to.isEmpty() || !group.isEmpty() || from.isEmpty() || !f.targets().isEmpty() || f.pattern().hasSlot(Slot.TARGET)
        || f.pattern().hasSlot(Slot.GROUP) || !(code.startsWith("05") || code.startsWith("06"))) {
      return to;
    }
    for (int w : f.words()) {
      org.entente.model.Dependency d = g.head(w);
      if (d == null || d.governor() != f.trigger() || !d.relation().equals("obj")) {
        continue;
      }
      Token noun = g.token(w);
      boolean definite = g.children(w, "det").stream()
          .anyMatch(x -> java.util.Set.of("the", "this", "that").contains(g.token(x).key()));
      boolean owned = g.descendants(w, x -> true).stream()
          .anyMatch(c -> c != w && (mentions.actorAt(c).isPresent() || g.token(c).pos().equals("PRP$")));
      if (!noun.isNoun() || !definite || owned) {
        continue;
      }
      java.util.Optional<List<Actor>> author = authorOfActNoun(g, mentions, discourse, f, noun, from, clauses, events, day);
      if (author.isPresent() && !author.get().isEmpty()) {
        return author.get().stream().map(a -> new Actor(a.code(), noun.word(), -1, -1)).toList();
      }
    }
    return to;
  }

  /** A clause reporting an act: its verb, where it is, and its author (null: named, but of no known country). */
  private record ActClause(String verb, int sentence, int begin, Actor author, boolean named) {}

  /**
   * The clauses of a sentence (before token {@code before}) whose verb reports the act of a listed act noun
   * (dictionaries/verbs/act-nouns.tsv) and whose subject, or passive agent, is an actor or role word, or
   * resolves to one ("Supporters of Bolsonaro stormed ...", "it"): "An arbitration tribunal ruled ...",
   * "was sentenced ... by a Beijing court".
   */
  private List<ActClause> actClauses(SentenceGraph g, SentenceMentions mentions, Discourse discourse, LocalDate day,
      int before) {
    List<ActClause> out = new ArrayList<>();
    for (int i = 0; i < Math.min(before, g.sentence().size()); i++) {
      Token v = g.token(i);
      if (v == null || !v.isVerb() || !dictionaries.patterns().reportsAct(v.key())) {
        continue;
      }
      List<Integer> subjects = g.children(i, "nsubj");
      if (subjects.isEmpty() && !g.children(i, "nsubj:pass").isEmpty()) {
        subjects = g.children(i, "obl:agent", "nmod:agent", "obl:by");
      }
      if (subjects.isEmpty()) {
        continue;
      }
      int s = subjects.get(0);
      boolean actor = mentions.actorAt(s).isPresent() || mentions.roleAt(s).isPresent();
      List<Actor> known = resolveAll(g, mentions, discourse, List.of(s), day).stream().filter(Actor::known).toList();
      out.add(new ActClause(v.key(), g.sentence().index(), v.begin(), known.isEmpty() ? null : known.get(0), actor));
    }
    return out;
  }

  /**
   * "An arbitration tribunal ruled ... Beijing rejected <b>the ruling</b>": an act noun of
   * dictionaries/verbs/act-nouns.tsv in the target slot names the act of the latest earlier clause with
   * one of its verbs, so its author is that clause's subject. Empty when there is no such clause (the
   * other rules decide); an empty list when the author is named but of no known country (the target
   * stays unresolved, not whoever acted last). An author of the reacting side itself is passed over,
   * except a domestic non-state one a state reacts to ("Bolsonaro supporters stormed Congress ... Lula
   * condemned the attack"). Denials and admissions answer the accuser, not the author, and are left out.
   */
  private java.util.Optional<List<Actor>> authorOfActNoun(SentenceGraph g, SentenceMentions mentions,
      Discourse discourse, EventFrame f, Token noun, List<Actor> sources, List<ActClause> earlier, List<Event> events,
      LocalDate day) {
    java.util.Set<String> verbs = dictionaries.patterns().actVerbs(noun.key());
    if (verbs.isEmpty() || f.code().startsWith("015") || f.code().startsWith("016")) {
      return java.util.Optional.empty();
    }
    List<ActClause> all = new ArrayList<>(earlier);
    all.addAll(actClauses(g, mentions, discourse, day, Math.min(f.trigger(), noun.index())));
    for (int i = all.size() - 1; i >= 0; i--) {
      ActClause c = all.get(i);
      if (!verbs.contains(c.verb())) {
        continue;
      }
      // the source the coder gave the clause's own event, if it coded one ("Hundreds of farmers stormed")
      Actor a = c.author();
      for (Event e : events) {
        if (e.sentenceIndex() == c.sentence() && e.triggerStart() == c.begin() && e.source().known()) {
          a = e.source();
          break;
        }
      }
      if (a == null) {
        // named but of no known country ("An arbitration tribunal ruled"): no one else's act; a thing
        // ("the missile system that shot down") names no author, and the other rules decide
        return c.named() ? java.util.Optional.of(List.of()) : java.util.Optional.empty();
      }
      Actor author = a;
      boolean ownSide = sources.stream().anyMatch(s -> s.country().equals(author.country()));
      boolean domestic = reacts(f.code()) && sources.stream().allMatch(s -> s.country().equals(author.country())
          && (ContextActors.stateActor(s) && !ContextActors.stateActor(author) || ContextActors.acrossTheDivide(s, author)
              // "A special counsel questioned Yoon ... Yoon refused to answer some questions": a person or
              // group of the country (a role of its own, not the state) answers its state's act
              || s.code().length() >= 6 && !ContextActors.stateActor(s) && ContextActors.stateActor(author)));
      if (!ownSide || domestic) {
        return java.util.Optional.of(List.of(author));
      }
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  /**
   * "Theresa May said Russia was responsible for the attack ... Moscow dismissed the accusation": the
   * author of an accusation is whoever made the latest accusation reported before (an act of the kind the
   * noun names), else whoever spoke last, when that is someone other than the {@code own} countries.
   */
  private List<Actor> authorOfAccusation(Token noun, List<Event> earlier, java.util.Set<String> own, Discourse discourse) {
    List<Actor> author = latestActOf(roots(noun, false), earlier, own, false);
    return author.isEmpty() ? discourse.lastSpeakersOtherThan(own) : author;
  }

  /**
   * "Seoul condemned the launch ... The United States also condemned the launch": the same definite phrase
   * later in the article names the same act, so it points to whom the earlier one was resolved to.
   */
  private static List<Actor> samePhraseEarlier(String phrase, List<Event> earlier, java.util.Set<String> own) {
    String key = phrase.toLowerCase(java.util.Locale.ROOT).trim();
    if (!key.startsWith("the ") && !key.startsWith("this ") && !key.startsWith("that ")) {
      return List.of();
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Actor t = earlier.get(i).target();
      if (t.known() && t.text().toLowerCase(java.util.Locale.ROOT).trim().equals(key) && !own.contains(t.country())) {
        return List.of(new Actor(t.code(), "", -1, -1));
      }
    }
    return List.of();
  }

  /** CAMEO roots of the acts whose authors are "those responsible": coercion, assault, fighting, mass violence. */
  private static final java.util.Set<String> VIOLENCE = java.util.Set.of("17", "18", "19", "20");

  /**
   * "vowed to hunt down <b>those responsible</b>": the phrase names whoever did the latest violent act,
   * as the article has reported it.
   */
  private static boolean perpetrators(SentenceGraph g, int head) {
    // parsed either way: "those" heading an adjective, or "responsible" heading its determiner
    String word = g.token(head).word().toLowerCase(java.util.Locale.ROOT);
    return word.equals("those") && g.children(head, "amod").stream().anyMatch(a -> g.token(a).word().equalsIgnoreCase("responsible"))
        || word.equals("responsible") && g.children(head, "det").stream().anyMatch(d -> g.token(d).word().equalsIgnoreCase("those"));
  }

  /** Relations by which a noun phrase names whose it is: "Iran's talks", "Russian strikes", "talks with Iran". */
  private static final java.util.Set<String> OWNING = java.util.Set.of("nmod:poss", "amod", "compound", "nmod:of",
      "nmod:by", "nmod:agent", "nmod:with", "nmod:between", "appos", "flat");

  /**
   * Whether the phrase headed by {@code head} names an actor only in a place phrase ("talks <b>in St
   * Vincent</b>"), none in a phrase of owning.
   */
  private static boolean placedOnly(SentenceGraph g, SentenceMentions mentions, int head) {
    boolean placed = false;
    for (org.entente.model.Dependency d : g.children(head)) {
      boolean named = g.descendants(d.dependent(), x -> !x.base().equals("acl") && !x.relation().equals("acl:relcl"))
          .stream().anyMatch(c -> mentions.actorAt(c).isPresent());
      if (named && OWNING.contains(d.relation())) {
        return false;
      }
      placed |= named && d.base().equals("nmod") && ContextActors.placePreposition(d.subtype());
    }
    return placed;
  }

  /**
   * "North Korea launched a missile. ... Seoul warned Pyongyang. Tokyo protested <b>the launch</b>": an act
   * noun names the latest earlier act of its kind (a CAMEO root the noun or its verb can code), not just
   * the latest act; its source, when that is someone other than the reacting side (and with
   * {@code bothSides} its target too).
   */
  private List<Actor> sameKindOfAct(Token noun, List<Event> earlier, java.util.Set<String> reacting, boolean bothSides) {
    // What the noun means by itself first ("condemned the attack": an assault, not a water-cannon
    // attack or an attack on a policy), then any act it can name.
    List<Actor> general = latestActOf(roots(noun, true), earlier, reacting, bothSides);
    if (!general.isEmpty()) {
      return general;
    }
    // A word whose patterns code deeds and words alike ("launch a missile", "launch a tirade") names the
    // deed when bare: "condemned the launch" is the missile's, not the protest reported since.
    java.util.Set<String> all = roots(noun, false);
    java.util.Set<String> deeds = new java.util.HashSet<>(all);
    deeds.removeIf(r -> !materialRoot(r));
    List<Actor> deed = deeds.isEmpty() ? List.of() : latestActOf(deeds, earlier, reacting, bothSides);
    return deed.isEmpty() ? latestActOf(all, earlier, reacting, bothSides) : deed;
  }

  /** CAMEO roots of material acts: cooperation 06-09 and conflict 14-20. */
  private static boolean materialRoot(String root) {
    int r = root.length() == 2 && Character.isDigit(root.charAt(0)) && Character.isDigit(root.charAt(1))
        ? Integer.parseInt(root) : -1;
    return r >= 6 && r <= 9 || r >= 14;
  }

  private java.util.Set<String> roots(Token noun, boolean generalOnly) {
    java.util.Set<String> roots = new java.util.HashSet<>();
    for (var kind : List.of(dictionaries.patterns().forNoun(noun.key()), dictionaries.patterns().forVerb(noun.key()))) {
      kind.stream().filter(p -> !p.blocks() && (!generalOnly || p.general())).forEach(p -> roots.add(p.code().substring(0, 2)));
    }
    return roots;
  }

  /**
   * The sources of the latest act of one of {@code roots}; acts done to things come last ("Israel
   * struck targets in Iran. Iran said it intercepted most of the projectiles. Egypt condemned the
   * strikes": Israel's, not the interception of things; an act with no target at all, "North Korea
   * fired two missiles", is no act on things). Acts by the {@code reacting} countries are passed over.
   */
  private static List<Actor> latestActOf(java.util.Set<String> roots, List<Event> earlier, java.util.Set<String> reacting,
      boolean bothSides) {
    List<Actor> onActor = latestActOf(roots, earlier, reacting, bothSides, true);
    return onActor.isEmpty() ? latestActOf(roots, earlier, reacting, bothSides, false) : onActor;
  }

  private static List<Actor> latestActOf(java.util.Set<String> roots, List<Event> earlier, java.util.Set<String> reacting,
      boolean bothSides, boolean knownTarget) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Event e = earlier.get(i);
      if (roots.contains(e.cameo().root()) && e.source().known() && !reacting.contains(e.source().country())
          && !e.negated() && !e.hypothetical() && (!knownTarget || e.target().known() || e.target().text().isEmpty())) {
        // every source of that act ("talks between Russia and Ukraine" has two)
        List<Actor> out = new ArrayList<>();
        for (Event same : earlier) {
          if (same.doc().equals(e.doc()) && same.sentenceIndex() == e.sentenceIndex() && same.triggerStart() == e.triggerStart()
              && same.source().known() && !reacting.contains(same.source().country())
              && out.stream().noneMatch(o -> o.code().equals(same.source().code()))) {
            out.add(same.source());
          }
          if (bothSides && same.doc().equals(e.doc()) && same.sentenceIndex() == e.sentenceIndex()
              && same.triggerStart() == e.triggerStart() && same.target().known()
              && !reacting.contains(same.target().country())
              && out.stream().noneMatch(o -> o.country().equals(same.target().country()))) {
            // the side acted on, as a country: "freed 39 Palestinian prisoners" makes the Palestinians a side
            out.add(new Actor(same.target().country(), same.target().text(), same.target().begin(), same.target().end()));
          }
        }
        return out;
      }
    }
    return List.of();
  }

  /** Source × target pairs; for a group, every ordered pair of distinct members. Self-pairs are dropped. */
  static List<Actor[]> pairs(List<Actor> from, List<Actor> to, List<Actor> group) {
    List<Actor[]> out = new ArrayList<>();
    if (!group.isEmpty()) {
      List<Actor> members = new ArrayList<>(from);
      members.addAll(group);
      for (Actor a : members) {
        for (Actor b : members) {
          if (a != b && !same(a, b)) {
            out.add(new Actor[] {a, b});
          }
        }
      }
      return out;
    }
    for (Actor a : from) {
      for (Actor b : to) {
        if (!same(a, b)) {
          out.add(new Actor[] {a, b});
        }
      }
    }
    return out;
  }

  /** A known actor, or an unknown one written as a name ("Minerva McGonagall"), not as a thing ("a passenger plane"). */
  private static boolean named(Actor a) {
    return a.known() || !a.text().isEmpty() && Character.isUpperCase(a.text().charAt(0));
  }

  private static boolean same(Actor a, Actor b) {
    return a.known() ? a.code().equals(b.code()) : a.text().equalsIgnoreCase(b.text()) && !b.known();
  }

  private Event event(Article article, AnnotatedSentence s, SentenceGraph g, EventFrame f, String code, EventDate when,
      Actor source, Actor target, int ordinal) {
    return event(article, s, g, f, code, when, source, target, ordinal, f.trigger());
  }

  /** An event of the frame's sentence and modality told by another word than its trigger ("visiting"). */
  private Event event(Article article, AnnotatedSentence s, SentenceGraph g, EventFrame f, String code, EventDate when,
      Actor source, Actor target, int ordinal, int word) {
    Token trigger = g.token(word);
    String id = article.id() + ":" + s.index() + ":" + ordinal;
    return new Event(id, article.id(), article.date(), when, source, target, dictionaries.cameo().lookup(code),
        f.modality().negated(), f.modality().hypothetical(), s.text(), s.index(), s.begin(), s.end(),
        trigger.word(), trigger.begin(), trigger.end(), f.pattern().origin());
  }
}
