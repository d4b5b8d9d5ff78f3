package org.entente.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.model.Actor;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * An ActorResolver turns the noun phrase headed by a token into a CAMEO actor code valid on a date.
 *
 * <p>The head itself may name the actor ("Japan", "Kishida", "Beijing"); a role word takes its
 * country from its modifiers ("the Japanese Foreign Ministry" → {@code JPNGOV}, "warships from China"
 * → {@code CHNMIL}); any other noun takes the first actor below it ("imports of Japanese seafood" →
 * {@code JPN}). A title tied to an office resolves to the person holding it on the date. When nothing
 * is found the actor is returned with an empty code and the phrase's text.
 *
 * <p>Thread-safe: it only reads its dictionary.
 */
public final class ActorResolver {

  /** Relations that stay inside one noun phrase and can carry the actor of a role word. */
  private static final Set<String> MODIFIERS = Set.of(
      "amod", "compound", "nmod:poss", "nmod:of", "nmod:from", "nmod:in", "nmod:for", "flat", "nmod",
      "compound:prt", "appos", "det", "nmod:at", "nummod");

  /** Relations that lead from a noun to whoever owns or performs it. */
  private static final Set<String> OWNERS = Set.of(
      "nmod:poss", "amod", "compound", "nmod:of", "nmod:by", "nmod:agent", "flat", "appos");

  /** Relations never followed when looking for an actor below a noun: other clauses and conjuncts. */
  private static final Set<String> CLAUSES = Set.of(
      "acl:relcl", "advcl", "ccomp", "parataxis", "punct", "cc", "ref", "dep", "discourse", "list");

  private final ActorDictionary dictionary;

  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /**
   * The actors of the phrase headed by {@code node}: usually one, several for a role word owned by a
   * list of countries ("the leaders of the United States, Japan and South Korea").
   */
  public List<Actor> resolveAll(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    Optional<Mention> role = mentions.roleAt(node);
    if (role.isPresent() && mentions.actorAt(node).isEmpty()) {
      DictionaryEntry.RoleWord word = (DictionaryEntry.RoleWord) role.get().entry();
      List<Mention> owners = listedOwners(g, mentions, node);
      boolean inherited = false;
      if (owners.isEmpty()) {
        owners = conjunctOwners(g, mentions, node);
        inherited = true;
      }
      if (owners.size() >= 2 || inherited && !owners.isEmpty()) {
        List<Actor> out = new java.util.ArrayList<>();
        int[] span = phraseSpan(g, node);
        for (Mention m : owners) {
          String code = !word.stacks() ? withRole(m, word, day)
              : stackRoles(g, mentions, inherited ? sharedPhrase(g, node) : phrase(g, node), m, codeOf(m.entry(), day));
          out.add(inherited ? actor(g, code, span[0], span[1]) : actor(g, code, m.start(), m.end() - 1));
        }
        return out;
      }
    }
    if (role.isEmpty() && mentions.actorAt(node).isEmpty()) {
      List<Integer> owners = actOwners(g, mentions, node, day);
      if (owners.size() >= 2) {
        List<Actor> out = new java.util.ArrayList<>();
        int[] span = phraseSpan(g, node);
        for (int t : owners) {
          Actor a = resolve(g, mentions, t, day);
          out.add(new Actor(a.code(), ActorDictionary.text(g.sentence().tokens(), span[0], span[1] + 1),
              g.token(span[0]).begin(), g.token(span[1]).end()));
        }
        return out;
      }
    }
    Actor one = resolve(g, mentions, node, day);
    if (!one.code().contains("/")) {
      return List.of(one);
    }
    // PETRARCH-style "LORIEN [ELR/GAL]": one phrase, several actors.
    List<Actor> out = new java.util.ArrayList<>();
    for (String code : one.code().split("/")) {
      out.add(new Actor(code, one.text(), one.begin(), one.end()));
    }
    return out;
  }

  /** The actor of the phrase headed by {@code node}, on {@code day} (null: the default roles). */
  public Actor resolve(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    Optional<Mention> own = mentions.actorAt(node);
    Optional<Mention> role = mentions.roleAt(node);
    if (own.isPresent() && own.get().entry() instanceof DictionaryEntry.PersonName named) {
      Optional<Actor> titled = personByTitle(g, mentions, node, own.get(), named.person(), day);
      if (titled.isPresent()) {
        return titled.get();
      }
    }
    if (own.isPresent() && compassPart(g, node, own.get())) {
      return actor(g, "", phraseSpan(g, node)[0], node);
    }
    Optional<DictionaryEntry.RoleWord> shared = own.isPresent() && role.isEmpty() ? sharedRole(g, mentions, node, own.get())
        : Optional.empty();
    if (shared.isPresent()) {
      return actor(g, withRole(own.get(), shared.get(), day), own.get().start(), own.get().end() - 1);
    }
    if (own.isPresent() && (role.isEmpty() || !(own.get().entry() instanceof DictionaryEntry.Named named)
        || named.kind() != PhraseKind.ADJECTIVE)) {
      Mention m = nationOfPeople(g, mentions, node, own.get());
      String code = asPlace(g, m, node, stackRoles(g, mentions, node, m, codeOf(m.entry(), day)));
      int[] span = stackedSpan(g, mentions, node, m);
      return actor(g, code, span[0], span[1]);
    }
    if (own.isEmpty() && role.isEmpty() && day != null && g.token(node).isProperNoun()) {
      Optional<Actor> titled = titled(g, mentions, node, day);
      if (titled.isPresent()) {
        return titled.get();
      }
    }
    if (own.isEmpty() && role.isEmpty() && g.token(node).isProperNoun()) {
      Optional<String> described = describedByClause(g, mentions, node, day);
      if (described.isPresent()) {
        int[] span = phraseSpan(g, node);
        return actor(g, described.get(), span[0], span[1]);
      }
    }
    Optional<Mention> named = own.isEmpty() ? organisationNamed(g, mentions, node) : Optional.empty();
    if (named.isEmpty() && own.isEmpty() && role.isEmpty()) {
      // "Sudan's army chief Abdel Fattah al-Burhan": a known person named after a word the dictionary has no role for
      named = personNamed(g, mentions, node);
    }
    if (named.isPresent()) {
      // "the West African bloc ECOWAS", "the militant group Hamas": the name after the description is the actor.
      int[] span = phraseSpan(g, node);
      return actor(g, codeOf(named.get().entry(), day), Math.min(span[0], named.get().start()),
          Math.max(span[1], named.get().end() - 1));
    }
    if (role.isPresent()) {
      DictionaryEntry.RoleWord word = spokenFor(g, mentions, node, (DictionaryEntry.RoleWord) role.get().entry());
      Optional<Mention> owner = own.isPresent() ? own : first(g, mentions, node, d -> MODIFIERS.contains(d.relation())
          || MODIFIERS.contains(d.base()));
      if (owner.isEmpty()) {
        owner = first(g, mentions, node, d -> !CLAUSES.contains(d.relation()) && !d.base().equals("conj"));
      }
      int[] span = phraseSpan(g, node);
      if (own.isEmpty() && owner.isPresent() && postedIn(g, node, owner.get())) {
        // "its Moscow correspondent", "the paper's Beijing bureau chief": the city is where the role
        // holder works; the possessor is whom they work for (a pronoun is left to the context).
        owner = g.children(node, "nmod:poss").stream().map(mentions::actorAt).flatMap(Optional::stream).findFirst();
      }
      if (owner.isEmpty()) {
        return actor(g, "", span[0], span[1]);
      }
      String code = word.stacks() ? stackRoles(g, mentions, node, owner.get(), codeOf(owner.get().entry(), day))
          : withRole(owner.get(), word, day);
      int lo = Math.min(span[0], owner.get().start());
      int hi = Math.max(span[1], owner.get().end() - 1);
      return actor(g, code, lo, hi);
    }
    List<Integer> owners = actOwners(g, mentions, node, day);
    int[] span = phraseSpan(g, node);
    if (owners.isEmpty()) {
      Optional<Mention> leader = ledBy(g, mentions, span[1]);
      if (leader.isPresent()) {
        return actor(g, codeOf(leader.get().entry(), day), span[0], leader.get().end() - 1);
      }
      Optional<Mention> nation = conjunctNation(g, mentions, node, day);
      if (nation.isPresent()) {
        // his own role word, not the first one's: "US journalist X and former Marine Y" is a US Marine
        Optional<DictionaryEntry.RoleWord> ownRole = phrase(g, node).stream().map(mentions::roleAt).flatMap(Optional::stream)
            .map(Mention::entry).filter(DictionaryEntry.RoleWord.class::isInstance).map(DictionaryEntry.RoleWord.class::cast)
            .findFirst();
        String code = ownRole.isPresent() ? withRole(nation.get(), ownRole.get(), day)
            : stackRoles(g, mentions, node, nation.get(), codeOf(nation.get().entry(), day));
        return actor(g, code, span[0], span[1]);
      }
      return actor(g, "", span[0], span[1]);
    }
    int t = owners.get(0);
    Optional<Mention> m = mentions.actorAt(t);
    if (m.isPresent() && (compassPart(g, t, m.get())
        || nearBorderOf(g, m.get().end() - 1) && ownersRole(g, mentions, node).isPresent()
        || placeInPhrase(g, m.get().end() - 1) && ownedByContext(g, mentions, node))) {
      // "strikes on its positions in Syria", "the group's headquarters in Beirut": the possessor owns
      // the thing; the place only says where it is. The possessor is resolved from the context.
      return actor(g, "", span[0], span[1]);
    }
    Optional<DictionaryEntry.RoleWord> title = m.isPresent() ? titleOfName(g, mentions, node) : Optional.empty();
    if (title.isPresent() && m.get().entry() instanceof DictionaryEntry.Named n && codeOf(n, day).length() == 3) {
      // "Foreign Minister Elmer Schialer of Peru": the country owns the title before the name
      return actor(g, withRole(m.get(), title.get(), day), Math.min(span[0], m.get().start()),
          Math.max(span[1], m.get().end() - 1));
    }
    if (m.isPresent()) {
      String code = stackRoles(g, mentions, node, m.get(), codeOf(m.get().entry(), day));
      Optional<String> side = ownersRole(g, mentions, node);
      if (side.isPresent() && code.length() == 3 && !code.equals("IGO") && !code.equals("NGO")
          && placeInPhrase(g, m.get().end() - 1)) {
        // "a rebel stronghold in northern Uganda": the place says where the thing is; the role word says whose
        code = code + side.get();
      }
      return actor(g, code, Math.min(span[0], m.get().start()), Math.max(span[1], m.get().end() - 1));
    }
    Actor owned = resolve(g, mentions, t, day);
    return new Actor(owned.code(), ActorDictionary.text(g.sentence().tokens(), Math.min(span[0], t), Math.max(span[1], t) + 1),
        g.token(Math.min(span[0], t)).begin(), g.token(Math.max(span[1], t)).end());
  }

  /**
   * "Thai and Cambodian troops clashed": when the tagger takes the first adjective for a name, the parser
   * makes it a conjunct of "Cambodian troops" instead of a modifier of "troops"; the bare adjective shares
   * the role word its conjunct's adjective modifies.
   */
  private static Optional<DictionaryEntry.RoleWord> sharedRole(SentenceGraph g, SentenceMentions mentions, int node,
      Mention own) {
    if (!(own.entry() instanceof DictionaryEntry.Named n) || n.kind() != PhraseKind.ADJECTIVE || own.end() - 1 != node) {
      return Optional.empty();
    }
    for (Dependency d : g.children(node)) {
      int c = d.dependent();
      if (!d.base().equals("conj") || mentions.roleAt(c).isEmpty() || mentions.actorAt(c).isPresent()
          || !(mentions.roleAt(c).get().entry() instanceof DictionaryEntry.RoleWord word)) {
        continue;
      }
      boolean parallel = g.children(c, "amod").stream().anyMatch(a -> mentions.actorAt(a)
          .filter(m -> m.entry() instanceof DictionaryEntry.Named x && x.kind() == PhraseKind.ADJECTIVE).isPresent());
      if (parallel) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  /**
   * "Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians", "the Albanians of Serbia": a people named by a
   * demonym and qualified by a country or place belongs to that country; the demonym then names the
   * ethnic group only.
   */
  private static Mention nationOfPeople(SentenceGraph g, SentenceMentions mentions, int node, Mention own) {
    if (!(own.entry() instanceof DictionaryEntry.Named people) || people.kind() != PhraseKind.ADJECTIVE
        || own.end() - 1 != node || !g.token(node).isNoun()) {
      return own;
    }
    for (Dependency d : g.children(node)) {
      int t = d.dependent();
      // "the Albanians of southern Serbia": a country the people are "of" places them as well.
      boolean of = d.relation().equals("nmod:of") && t > node;
      if (!of && (t >= own.start() || !(d.base().equals("amod") || d.base().equals("compound")))) {
        continue;
      }
      Optional<Mention> nation = mentions.actorAt(t);
      if (nation.isPresent() && nation.get().entry() instanceof DictionaryEntry.Named n && n.code().length() >= 3
          && !n.code().startsWith(people.code().substring(0, 3)) && !n.code().startsWith("IGO") && !n.code().startsWith("NGO")) {
        int lo = Math.min(nation.get().start(), own.start());
        int hi = Math.max(nation.get().end(), own.end());
        return new Mention(lo, hi, new DictionaryEntry.Named(n.code().substring(0, 3), PhraseKind.ADJECTIVE),
            ActorDictionary.text(g.sentence().tokens(), lo, hi));
      }
    }
    return own;
  }

  /** Prepositions by which a noun is placed somewhere: "headquarters in Beirut", "a base near Damascus". */
  private static final Set<String> LOCATIVE = Set.of(
      "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within");

  /**
   * Whether the token {@code t} names where a thing is, inside a noun phrase: "headquarters <b>in
   * Beirut</b>", "an airstrike in <b>Beirut</b>'s southern suburbs". Clause-level place phrases ("arrived
   * in Beijing") are not included: a visit to a capital is a visit to its government.
   */
  private static boolean placeInPhrase(SentenceGraph g, int t) {
    Dependency up = g.head(t);
    if (up != null && up.relation().equals("nmod:poss") && up.governor() >= 0) {
      up = g.head(up.governor());
    }
    return up != null && up.base().equals("nmod") && LOCATIVE.contains(up.subtype());
  }

  /** Nouns of a boundary, named from one side by the country on the other: "the Venezuelan border". */
  private static final Set<String> BOUNDARIES = Set.of("border", "frontier", "boundary");

  /**
   * Whether the token names the neighbour of a boundary that places a thing: "a military base near the
   * <b>Venezuelan</b> border" is on this side of it, so the neighbour does not own the base; the context
   * does. (A thing whose owner no role word names, "an exercise near the Guyanese border", faces the neighbour.)
   */
  private static boolean nearBorderOf(SentenceGraph g, int t) {
    Dependency up = g.head(t);
    if (up == null || up.governor() < 0 || !(up.base().equals("amod") || up.base().equals("compound"))
        || !BOUNDARIES.contains(g.token(up.governor()).key())) {
      return false;
    }
    Dependency place = g.head(up.governor());
    return place != null && place.base().equals("nmod")
        && (LOCATIVE.contains(place.subtype()) || place.subtype().equals("along") || place.subtype().equals("on"));
  }

  /**
   * A capital or seat of government used as a place ("an airstrike on the group's headquarters in
   * Beirut") is the city, so the country, not its government: {@code code} without its role.
   */
  private static String asPlace(SentenceGraph g, Mention m, int t, String code) {
    boolean capital = m.entry() instanceof DictionaryEntry.Named n && n.kind() == PhraseKind.METONYM;
    if (!capital || code.length() <= 3 || code.startsWith("IGO") || code.startsWith("NGO") || !placeInPhrase(g, t)) {
      return code;
    }
    return code.substring(0, 3);
  }

  /** Whether a phrase has a possessor that names no actor by itself: "its", "the group's". */
  private static boolean ownedByContext(SentenceGraph g, SentenceMentions mentions, int node) {
    for (int p : g.children(node, "nmod:poss")) {
      Token t = g.token(p);
      boolean anaphor = t.pos().equals("PRP$")
          || t.isNoun() && !t.isProperNoun() && g.children(p, "det").stream().anyMatch(d -> g.token(d).lemma().equalsIgnoreCase("the"));
      if (anaphor && mentions.actorAt(p).isEmpty() && mentions.roleAt(p).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "its Moscow correspondent": a city compounded with a role word that also has a possessor says
   * where the role holder is posted, not whose it is.
   */
  private static boolean postedIn(SentenceGraph g, int node, Mention owner) {
    boolean city = owner.entry() instanceof DictionaryEntry.Named n && (n.kind() == PhraseKind.METONYM || n.kind() == PhraseKind.PLACE);
    Dependency up = g.head(owner.end() - 1);
    return city && up != null && up.governor() == node && up.base().equals("compound") && g.hasChild(node, "nmod:poss");
  }

  /**
   * "leaders of the Serbian opposition", "a spokesman for the rebel movement": a government word with no
   * office (leader, official, spokesman) speaking for a body named by another role word takes that
   * body's role; otherwise {@code word}.
   */
  public static DictionaryEntry.RoleWord spokenFor(SentenceGraph g, SentenceMentions mentions, int node,
      DictionaryEntry.RoleWord word) {
    if (!word.role().equals("GOV") || !word.office().isEmpty() || word.stacks()) {
      return word;
    }
    for (Dependency d : g.children(node)) {
      // "an army spokesman", "a police official", "the military's spokesman": the body before the word
      boolean before = d.dependent() < node && SPEAKERS.contains(g.token(node).lemma().toLowerCase(java.util.Locale.ROOT))
          && (d.base().equals("compound") || d.base().equals("amod")
          || d.relation().equals("nmod:poss")) && mentions.roleAt(d.dependent()).map(r -> r.end() - 1 == d.dependent()
          && r.entry() instanceof DictionaryEntry.RoleWord w && !SPEAKERLESS.contains(w.role())).orElse(false);
      if (!d.relation().equals("nmod:of") && !d.relation().equals("nmod:for") && !before) {
        continue;
      }
      Optional<Mention> body = mentions.roleAt(d.dependent());
      if (body.isPresent() && mentions.actorAt(d.dependent()).isEmpty()
          && body.get().entry() instanceof DictionaryEntry.RoleWord r && !r.role().equals("GOV") && !r.stacks()) {
        return new DictionaryEntry.RoleWord(r.role(), "");
      }
    }
    return word;
  }

  /**
   * Words of people who speak or act for a body named before them ("an army spokesman"); a body itself
   * keeps its role ("Thailand's military government" is the government).
   */
  private static final Set<String> SPEAKERS = Set.of(
      "spokesman", "spokeswoman", "spokesperson", "official", "leader", "negotiator", "representative", "delegation");

  /** Roles of people nobody speaks for as a body: "a civilian official" is an official. */
  private static final Set<String> SPEAKERLESS = Set.of("CVL", "REF");

  /** Roles whose adjective says whose a thing is: "a military base", "a militant hideout". */
  private static final Set<String> ARMED_SIDES = Set.of("MIL", "REB");
  /** Rank words that as adjectives mean something else: "a general strike", "marine life". */
  private static final Set<String> NOT_RANKS = Set.of("general", "marine");

  /**
   * The role of those a thing belongs to, named by a role word before it: "a <b>rebel</b> stronghold",
   * "the <b>army</b> headquarters", "an <b>opposition</b> rally"; adjectives only of armed sides ("a
   * military base"), as "public funds" or "daily life" belong to nobody, and no civilians' ("a passenger
   * plane").
   */
  public static Optional<String> ownersRole(SentenceGraph g, SentenceMentions mentions, int thing) {
    if (mentions.roleAt(thing).isPresent() || mentions.actorAt(thing).isPresent() || !g.token(thing).isNoun()
        || g.token(thing).isProperNoun()) {
      return Optional.empty();
    }
    for (Dependency d : g.children(thing)) {
      Optional<Mention> owner = mentions.roleAt(d.dependent());
      if (owner.isEmpty() || d.dependent() > thing || mentions.actorAt(d.dependent()).isPresent()) {
        continue;
      }
      String kind = ((DictionaryEntry.RoleWord) owner.get().entry()).role();
      // "a passenger plane", "a tourist bus" carry people; they are not the people's
      boolean adjective = d.base().equals("amod") && ARMED_SIDES.contains(kind)
          && !NOT_RANKS.contains(g.token(d.dependent()).key());
      if (d.base().equals("compound") && !kind.equals("CVL") || adjective) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Compass words that make a part of a region: "eastern Europe", "the southern Caribbean". */
  private static final Set<String> COMPASS = Set.of(
      "eastern", "western", "northern", "southern", "central", "east", "west", "north", "south");

  /**
   * "sent jets to eastern Europe", "entries from Africa": a part of a world region named by a compass
   * word, or a region that says where a thing is or comes from, is a place, no actor.
   */
  private static boolean compassPart(SentenceGraph g, int node, Mention own) {
    if (!(own.entry() instanceof DictionaryEntry.Named n) || n.kind() != PhraseKind.REGION) {
      return false;
    }
    Dependency up = g.head(node);
    if (up != null && up.base().equals("nmod") && (LOCATIVE.contains(up.subtype()) || up.subtype().equals("from"))) {
      return true;
    }
    return g.children(node, "amod").stream().anyMatch(a -> a < own.start()
        && COMPASS.contains(g.token(a).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * An international or non-governmental organisation, or an armed group, named right after a role
   * word that describes it: "the West African bloc <b>ECOWAS</b>", "the militant group <b>Hamas</b>".
   */
  private static Optional<Mention> organisationNamed(SentenceGraph g, SentenceMentions mentions, int node) {
    for (Dependency d : g.children(node)) {
      int t = d.dependent();
      boolean naming = d.base().equals("appos") || d.base().equals("compound") || d.base().equals("flat")
          || d.base().equals("dep");
      Optional<Mention> m = mentions.actorAt(t);
      if (naming && t > node && m.isPresent() && m.get().entry() instanceof DictionaryEntry.Named n
          && (n.code().startsWith("IGO") || n.code().startsWith("NGO") || n.code().endsWith("REB"))) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** A person of the dictionary named right after the head of a phrase ("army chief <b>Burhan</b>"). */
  private static Optional<Mention> personNamed(SentenceGraph g, SentenceMentions mentions, int node) {
    for (Dependency d : g.children(node)) {
      int t = d.dependent();
      boolean naming = d.base().equals("appos") || d.base().equals("dep") || d.base().equals("flat");
      Optional<Mention> m = mentions.actorAt(t);
      if (naming && t > node && m.isPresent() && m.get().end() - 1 == t && m.get().entry() instanceof DictionaryEntry.PersonName) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** Participles by which a group is named after whoever leads it: "world powers led by the United States". */
  private static final Set<String> LEADING = Set.of("lead", "head", "command", "spearhead");

  /**
   * Whether the phrase ending at {@code last} is named after the actor leading it ("world powers led by
   * the United States"): an agreement reached with it is that actor's too.
   */
  public static boolean ledByActor(SentenceGraph g, SentenceMentions mentions, int last) {
    return ledBy(g, mentions, last).isPresent();
  }

  /**
   * The actor named right after a phrase as its leader ("a coalition led by Saudi Arabia", "a
   * delegation headed by Wang Yi"), read from the words, as parsers often attach the participle
   * elsewhere.
   */
  private static Optional<Mention> ledBy(SentenceGraph g, SentenceMentions mentions, int last) {
    int n = g.sentence().tokens().size();
    // The participle may close the phrase ("a coalition led" when parsed as an adjective) or follow it.
    int led = LEADING.contains(g.token(last).lemma()) ? last : last + 1;
    if (led + 1 >= n || !LEADING.contains(g.token(led).lemma()) || !g.token(led).pos().startsWith("V")
        && !g.token(led).pos().equals("JJ") || !g.token(led + 1).word().equalsIgnoreCase("by")) {
      return Optional.empty();
    }
    for (int t = led + 2; t < n && t <= led + 4; t++) {
      Optional<Mention> m = mentions.actorAt(t);
      if (m.isPresent()) {
        return m.get().start() == t ? m : Optional.empty();
      }
      if (!g.token(t).pos().equals("DT")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The heads of the actors an act belongs to: the owner of an act ("the deployment of North Korean
   * troops to Russia") before its destination, never inside a participle clause ("a truce mediated by
   * Qatar" is not Qatar); with the actors coordinated with it ("a resumption of ties between Gondor and
   * Osgiliath" belongs to both). An owned role word counts as an actor ("an attack by Osgiliath soldiers").
   */
  private List<Integer> actOwners(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    int first = ownerToken(g, mentions, node, d -> OWNERS.contains(d.relation()), day);
    if (first < 0) {
      first = participleOwner(g, mentions, node, day);
    }
    if (first < 0) {
      first = ownerToken(g, mentions, node, d -> !CLAUSES.contains(d.relation()) && !d.base().equals("conj")
          && !d.relation().equals("acl"), day);
    }
    if (first < 0) {
      return List.of();
    }
    List<Integer> out = new java.util.ArrayList<>(List.of(first));
    for (int c : g.descendants(first, d -> d.base().equals("conj") && !d.subtype().equals("but"))) {
      if (c != first && (mentions.actorAt(c).isPresent() || ownedRole(g, mentions, c, day))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Participles that tie a thing to an actor, with the relations that name it: a message sent, issued
   * or made by or from its author ("assurances sent from Kabul", "remarks made by the minister"), an act
   * committed or carried out by its perpetrator ("war crimes committed by Russian forces"), goods
   * imported from or made in their country ("vehicles imported from China"), things seized, captured or
   * stolen from their owner ("weapons seized from peacekeepers"), a route leading to where
   * it goes ("the roads leading into Gaza") or connecting or linking those it joins ("roads connecting the
   * two Koreas"). Other participles do not ("a truce mediated by Qatar").
   */
  private static final Map<String, Set<String>> TYING_PARTICIPLES = Map.ofEntries(
      Map.entry("send", Set.of("obl:agent", "obl:by", "obl:from")),
      Map.entry("issue", Set.of("obl:agent", "obl:by")),
      Map.entry("deliver", Set.of("obl:agent", "obl:by", "obl:from")),
      Map.entry("submit", Set.of("obl:agent", "obl:by")),
      Map.entry("write", Set.of("obl:agent", "obl:by")),
      Map.entry("make", Set.of("obl:agent", "obl:by", "obl:in")),
      Map.entry("commit", Set.of("obl:agent", "obl:by")),
      Map.entry("perpetrate", Set.of("obl:agent", "obl:by")),
      Map.entry("carry", Set.of("obl:agent", "obl:by")),
      Map.entry("import", Set.of("obl:from")),
      Map.entry("seize", Set.of("obl:from")),
      Map.entry("capture", Set.of("obl:from")),
      Map.entry("confiscate", Set.of("obl:from")),
      Map.entry("steal", Set.of("obl:from")),
      Map.entry("loot", Set.of("obl:from")),
      Map.entry("produce", Set.of("obl:in")),
      Map.entry("manufacture", Set.of("obl:in")),
      Map.entry("lead", Set.of("obl:to", "obl:into", "obl:towards", "obl:toward")),
      Map.entry("connect", Set.of("obj", "obl:to", "obl:with")),
      Map.entry("link", Set.of("obj", "obl:to", "obl:with")));

  /** The actor a thing is tied to by a participle of {@link #TYING_PARTICIPLES}, or -1. */
  private int participleOwner(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    // "sections of two roads connecting the two Koreas": a part of a thing is tied as the thing is
    List<Integer> things = new java.util.ArrayList<>(List.of(node));
    things.addAll(g.children(node, "nmod:of"));
    List<Integer> participles = new java.util.ArrayList<>();
    for (int t : things) {
      participles.addAll(g.children(t, "acl"));
    }
    for (int v : participles) {
      Set<String> relations = TYING_PARTICIPLES.get(g.token(v).lemma().toLowerCase(java.util.Locale.ROOT));
      if (relations == null || !g.token(v).pos().startsWith("VB")) {
        continue;
      }
      for (Dependency d : g.children(v)) {
        int t = d.dependent();
        if (!relations.contains(d.relation())) {
          continue;
        }
        if (mentions.actorAt(t).isPresent() || ownedRole(g, mentions, t, day)) {
          return t;
        }
        int below = ownerToken(g, mentions, t, x -> OWNERS.contains(x.relation()), day);
        if (below >= 0) {
          return below;
        }
      }
    }
    return -1;
  }

  /** The first token below {@code node} (breadth first) that names an actor or an owned role word, or -1. */
  private int ownerToken(SentenceGraph g, SentenceMentions mentions, int node, Predicate<Dependency> follow,
      LocalDate day) {
    for (int t : g.descendants(node, follow)) {
      if (t != node && (mentions.actorAt(t).isPresent() || ownedRole(g, mentions, t, day))) {
        return t;
      }
    }
    return -1;
  }

  private boolean ownedRole(SentenceGraph g, SentenceMentions mentions, int t, LocalDate day) {
    Optional<Mention> r = mentions.roleAt(t);
    return r.isPresent() && r.get().end() - 1 == t && resolve(g, mentions, t, day).known();
  }

  /**
   * Relations by which a list of owners hangs from a role word: "the leaders of X, Y and Z", "lawmakers in X
   * and Y", "US and British warplanes" (a name before the role word is a compound).
   */
  private static final Set<String> LIST_OWNERS = Set.of("nmod:of", "nmod:poss", "amod", "compound", "nmod:in", "nmod:from");

  /**
   * The distinct actors owning a role word directly through one relation, with those coordinated with
   * them ("in Fornost and Gondor", "of China, Japan and South Korea"); owners through different
   * relations are one actor described twice ("Houthi forces in Yemen"), so the largest group is kept.
   */
  private static List<Mention> listedOwners(SentenceGraph g, SentenceMentions mentions, int node) {
    Map<String, java.util.LinkedHashMap<DictionaryEntry, Mention>> byRelation = new java.util.LinkedHashMap<>();
    for (Dependency d : g.children(node)) {
      if (!LIST_OWNERS.contains(d.relation())) {
        continue;
      }
      var owners = byRelation.computeIfAbsent(d.relation(), k -> new java.util.LinkedHashMap<>());
      for (int c : g.descendants(d.dependent(), x -> x.base().equals("conj"))) {
        mentions.actorAt(c).ifPresent(m -> owners.putIfAbsent(m.entry(), m));
      }
    }
    List<Mention> best = List.of();
    for (var owners : byRelation.values()) {
      if (owners.size() > best.size()) {
        best = List.copyOf(owners.values());
      }
    }
    return best;
  }

  /**
   * "Lawmakers and officials in Fornost and Gondor", "Danish media and government": a role word
   * coordinated with an owned one, and owning nothing itself, shares its owners.
   */
  private static List<Mention> conjunctOwners(SentenceGraph g, SentenceMentions mentions, int node) {
    if (first(g, mentions, node, d -> !CLAUSES.contains(d.relation()) && !d.base().equals("conj")).isPresent()) {
      return List.of();
    }
    for (Dependency up : g.parents(node)) {
      int head = up.governor();
      if (!up.base().equals("conj") || head < 0 || mentions.roleAt(head).isEmpty() || mentions.actorAt(head).isPresent()) {
        continue;
      }
      List<Mention> owners = listedOwners(g, mentions, head);
      if (owners.isEmpty()) {
        owners = first(g, mentions, head, d -> MODIFIERS.contains(d.relation()) || MODIFIERS.contains(d.base()))
            .stream().toList();
      }
      return owners;
    }
    return List.of();
  }

  /**
   * "freed US journalist Evan Gershkovich and former Marine Paul Whelan": a named person coordinated after
   * another whose phrase opens with a nationality, and who has no owner of his own, shares the nationality
   * (his own role words still count). Only names: "Russian troops and rebels" are not both Russian.
   */
  private Optional<Mention> conjunctNation(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    if (!g.token(node).isProperNoun() || mentions.actorAt(node).isPresent()) {
      return Optional.empty();
    }
    for (Dependency up : g.parents(node)) {
      int head = up.governor();
      if (!up.base().equals("conj") || up.subtype().equals("but") || head < 0 || head > node
          || !g.token(head).isProperNoun() || mentions.actorAt(head).isPresent()) {
        continue;
      }
      Optional<Mention> owner = first(g, mentions, head, d -> PREMODIFIERS.contains(d.base()));
      if (owner.isPresent() && owner.get().entry() instanceof DictionaryEntry.Named n
          && n.kind() != PhraseKind.PLACE && n.kind() != PhraseKind.METONYM && codeOf(n, day).length() == 3) {
        return owner;
      }
    }
    return Optional.empty();
  }

  /** "President Lee", "PM Takaichi": a title before a name word resolves to the office holder with that name. */
  private Optional<Actor> titled(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    for (Mention r : mentions.roles()) {
      DictionaryEntry.RoleWord word = (DictionaryEntry.RoleWord) r.entry();
      boolean before = r.end() <= node && node - r.end() <= 2;
      if (word.office().isEmpty() || !before) {
        continue;
      }
      Optional<Person> p = dictionary.holderNamed(g.token(node).word(), word.office(), day);
      if (p.isPresent()) {
        return Optional.of(actor(g, p.get().codeOn(day), r.start(), node));
      }
    }
    return Optional.empty();
  }

  /**
   * The title compounded before a name the dictionary does not know ("Foreign Minister Elmer Schialer",
   * "President X"), when the title has no owner of its own; a stacking (PETRARCH) role word is no title.
   */
  private static Optional<DictionaryEntry.RoleWord> titleOfName(SentenceGraph g, SentenceMentions mentions, int node) {
    if (!g.token(node).isProperNoun() || mentions.actorAt(node).isPresent() || mentions.roleAt(node).isPresent()) {
      return Optional.empty();
    }
    for (int c : g.children(node, "compound")) {
      Optional<Mention> r = mentions.roleAt(c);
      if (c < node && r.isPresent() && r.get().end() - 1 == c && r.get().entry() instanceof DictionaryEntry.RoleWord w
          && !w.stacks() && !w.role().equals("CVL")
          && first(g, mentions, c, d -> MODIFIERS.contains(d.relation()) || MODIFIERS.contains(d.base())).isEmpty()) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  /** Verbs by which a relative clause says what a person heads: "X, who heads Kenya's interior ministry". */
  private static final Set<String> HEADING = Set.of("head", "lead", "chair", "run", "command", "direct");

  /**
   * A person the dictionary does not know, described by a relative clause: "X, who heads Kenya's interior
   * ministry" is what he heads, "X, who is Ghana's foreign minister" what he is; empty when the clause names
   * no known actor.
   */
  private Optional<String> describedByClause(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    for (int what : described(g, mentions, node)) {
      String code = resolve(g, mentions, what, day).code();
      if (code.length() >= 3) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /** The heads of what relative clauses of {@code node} say it heads or is, when they name an actor or a role. */
  private static List<Integer> described(SentenceGraph g, SentenceMentions mentions, int node) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int r : g.children(node, "acl:relcl")) {
      int what = -1;
      if (HEADING.contains(g.token(r).lemma().toLowerCase(java.util.Locale.ROOT))) {
        what = g.children(r, "obj").stream().findFirst().orElse(-1);
      } else if (g.token(r).isNoun() && g.hasChild(r, "cop")) {
        what = r;
      }
      if (what >= 0 && (mentions.roleAt(what).isPresent() || mentions.actorAt(what).isPresent())) {
        out.add(what);
      }
    }
    return out;
  }

  /**
   * The role word a relative clause gives a name the dictionary does not know, when it names no owner: "X,
   * who heads the ruling party", for the context to place.
   */
  public static Optional<DictionaryEntry.RoleWord> describingRole(SentenceGraph g, SentenceMentions mentions, int node) {
    if (!g.token(node).isProperNoun() || mentions.actorAt(node).isPresent()) {
      return Optional.empty();
    }
    for (int what : described(g, mentions, node)) {
      Optional<Mention> r = mentions.roleAt(what);
      if (r.isPresent() && mentions.actorAt(what).isEmpty() && r.get().entry() instanceof DictionaryEntry.RoleWord w) {
        return Optional.of(spokenFor(g, mentions, what, w));
      }
    }
    return Optional.empty();
  }

  /** Words before a title that say its holder no longer holds it: "former President Carter". */
  private static final Set<String> FORMER = Set.of("former", "ex", "ousted", "deposed", "exiled", "late", "onetime");

  /**
   * A known person introduced by a title in the text, which says what the person is at the time of
   * the story: "Russian Foreign Minister Andrei Kozyrev" is RUSGOV, "Arab League Secretary General
   * Chedli Klibi" is the Arab League, whatever the dictionary's dates say. A title without an owner
   * ("President Bush" in 1990) picks the namesake in that office on the date, else the person's own
   * country with the title's role. After "former" the dictionary decides. Empty when no title
   * precedes the name or the person holds that office anyway.
   */
  private Optional<Actor> personByTitle(SentenceGraph g, SentenceMentions mentions, int node, Mention name,
      Person person, LocalDate day) {
    Optional<Mention> title = mentions.roles().stream().filter(r -> r.end() == name.start()).findFirst();
    if (title.isEmpty()) {
      return Optional.empty();
    }
    DictionaryEntry.RoleWord word = (DictionaryEntry.RoleWord) title.get().entry();
    int before = title.get().start() - 1;
    Optional<Mention> owner = Optional.empty();
    if (before >= 0 && (g.token(before).pos().equals("POS") || g.token(before).word().equals("'s"))) {
      before--;
    }
    if (before >= 0) {
      int at = before;
      owner = mentions.actorAt(at).filter(m -> m.end() - 1 == at && m.entry() instanceof DictionaryEntry.Named);
      if (owner.isPresent()) {
        before = owner.get().start() - 1;
      }
    }
    if (before >= 0 && FORMER.contains(g.token(before).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    String code;
    if (owner.isPresent()) {
      String base = ((DictionaryEntry.Named) owner.get().entry()).code();
      if (base.length() < 3 || base.startsWith(person.codeOn(day).substring(0, Math.min(3, person.codeOn(day).length())))
          && holdsOffice(person, word, day)) {
        return Optional.empty();
      }
      // A country (or its seat of government) gives the title's role; an organisation or armed group
      // stays itself ("Hezbollah leader Hassan Nasrallah" is Hezbollah).
      boolean state = base.length() == 3 || base.substring(3).equals("GOV");
      code = state && !base.startsWith("IGO") && !base.startsWith("NGO") ? base.substring(0, 3) + word.role() : base;
    } else {
      if (word.office().isEmpty() || day == null || holdsOffice(person, word, day)) {
        return Optional.empty();
      }
      // "President Bush" in 1990: the title picks, among the people of that name, the one in office.
      Optional<Actor> namesake = titled(g, mentions, node, day);
      if (namesake.isPresent()) {
        return namesake;
      }
      String own = person.codeOn(day);
      if (own.length() < 3 || own.startsWith("IGO") || own.startsWith("NGO")) {
        return Optional.empty();
      }
      code = own.substring(0, 3) + word.role();
    }
    int lo = owner.map(Mention::start).orElse(title.get().start());
    return Optional.of(actor(g, code, lo, name.end() - 1));
  }

  private static boolean holdsOffice(Person person, DictionaryEntry.RoleWord word, LocalDate day) {
    return day != null && person.periods().stream()
        .anyMatch(p -> !word.office().isEmpty() && p.office().equals(word.office()) && !p.isDefault() && p.contains(day));
  }

  /** The words of a noun phrase: its modifiers, without time phrases ("the ministry on Tuesday"). */
  private static int[] phraseSpan(SentenceGraph g, int node) {
    // A name the parser could not attach ("head Minerva McGonagall" as dep) is part of the phrase.
    return g.span(node, d -> (MODIFIERS.contains(d.base()) || MODIFIERS.contains(d.relation())
        || d.relation().equals("dep") && g.token(d.dependent()).isProperNoun()
            && g.span(d.dependent(), x -> x.base().equals("compound") || x.base().equals("flat"))[0] == d.governor() + 1)
        && g.token(d.dependent()).timex() == null);
  }

  /** Relations inside a noun phrase's premodifiers, where PETRARCH agents stack: "An MSF Arnor diplomat". */
  private static final Set<String> PREMODIFIERS = Set.of("compound", "amod", "flat");

  /**
   * {@code code} with the stacking (PETRARCH) role words of the phrase headed by {@code node} added in
   * text order, prefixes before it and the others after it, each once: "An MSF Arnor diplomat" is
   * NGO + ARN + GOV; "White House security officials" stays USAGOV. Role words inside the owner's
   * own phrase are its name, not roles. A code naming several actors ("ELR/GAL") gets them each.
   */
  private static String stackRoles(SentenceGraph g, SentenceMentions mentions, int node, Mention owner, String code) {
    return stackRoles(g, mentions, phrase(g, node), owner, code);
  }

  /** The head {@code node} and its premodifiers, in text order. */
  private static List<Integer> phrase(SentenceGraph g, int node) {
    List<Integer> phrase = new java.util.ArrayList<>(g.descendants(node, d -> PREMODIFIERS.contains(d.base())));
    if (!phrase.contains(node)) {
      phrase.add(node);
    }
    java.util.Collections.sort(phrase);
    return phrase;
  }

  /**
   * "The Danish Islamist media and government": a role word coordinated after another shares the
   * premodifiers of the first, so both are Danish and Islamist; the first head's own role is not shared.
   */
  private static List<Integer> sharedPhrase(SentenceGraph g, int node) {
    List<Integer> out = new java.util.ArrayList<>(phrase(g, node));
    for (Dependency up : g.parents(node)) {
      if (up.base().equals("conj") && up.governor() >= 0) {
        for (int t : phrase(g, up.governor())) {
          if (t != up.governor() && !out.contains(t)) {
            out.add(t);
          }
        }
      }
    }
    java.util.Collections.sort(out);
    return out;
  }

  private static String stackRoles(SentenceGraph g, SentenceMentions mentions, List<Integer> phrase, Mention owner,
      String code) {
    if (code.isEmpty()) {
      return code;
    }
    List<DictionaryEntry.RoleWord> words = new java.util.ArrayList<>();
    java.util.Set<Mention> seen = new java.util.HashSet<>();
    for (int t : phrase) {
      Optional<Mention> r = mentions.roleAt(t);
      if (r.isPresent() && !owner.covers(t) && seen.add(r.get())
          && r.get().entry() instanceof DictionaryEntry.RoleWord w && w.stacks()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return code;
    }
    List<String> out = new java.util.ArrayList<>();
    for (String one : code.split("/")) {
      String c = one;
      for (DictionaryEntry.RoleWord w : words) {
        if (w.prefix() && !c.startsWith(w.role())) {
          c = w.role() + c;
        }
      }
      for (DictionaryEntry.RoleWord w : words) {
        if (!w.prefix() && !holds(c, w.role())) {
          c = c + w.role();
        }
      }
      out.add(c);
    }
    return String.join("/", out);
  }

  /** Whether {@code code} has {@code role} among its role segments: GMWGOVWGO holds GOV and WGO, HGWGOVMED GOVMED. */
  private static boolean holds(String code, String role) {
    for (int i = 3; i + role.length() <= code.length(); i += 3) {
      if (code.startsWith(role, i)) {
        return true;
      }
    }
    return false;
  }

  /** The words of an actor phrase with the stacking role words before it ("MSF Arnor"). */
  private static int[] stackedSpan(SentenceGraph g, SentenceMentions mentions, int node, Mention own) {
    int lo = own.start();
    int hi = own.end() - 1;
    for (int t : g.descendants(node, d -> PREMODIFIERS.contains(d.base()))) {
      Optional<Mention> r = mentions.roleAt(t);
      if (r.isPresent() && ((DictionaryEntry.RoleWord) r.get().entry()).stacks()) {
        lo = Math.min(lo, r.get().start());
        hi = Math.max(hi, r.get().end() - 1);
      }
    }
    return new int[] {lo, hi};
  }

  /** The code of a dictionary entry on a date. */
  public static String codeOf(DictionaryEntry entry, LocalDate day) {
    if (entry instanceof DictionaryEntry.Named n) {
      return n.codeOn(day);
    }
    if (entry instanceof DictionaryEntry.PersonName p) {
      return p.person().codeOn(day);
    }
    return "";
  }

  private String withRole(Mention owner, DictionaryEntry.RoleWord word, LocalDate day) {
    String base = codeOf(owner.entry(), day);
    if (base.length() < 3) {
      return base;
    }
    String country = base.substring(0, 3);
    if (!word.office().isEmpty() && day != null) {
      Optional<Person> holder = dictionary.holder(country, word.office(), day);
      if (holder.isPresent()) {
        return holder.get().codeOn(day);
      }
    }
    if (owner.entry() instanceof DictionaryEntry.PersonName && (word.role().equals("GOV") || base.length() < 6)) {
      return base; // "Kishida's government" is the person's own code; "Lee's business delegation" is KORBUS
    }
    if (word.prefix()) {
      return base.startsWith(word.role()) ? base : word.role() + base;
    }
    if (country.equals("IGO") || country.equals("NGO")) {
      return base;
    }
    if (word.role().equals("NGO")) {
      return "NGO" + country; // "a Swiss aid group": CAMEO writes non-governmental organisations NGO first
    }
    if (base.length() == 6 && ARMED.contains(base.substring(3)) && (word.role().equals("MIL") || word.role().equals("REB"))) {
      return base; // "Houthi forces", "Hamas fighters": the armed group itself
    }
    if (base.endsWith(word.role()) || base.contains(word.role()) && base.length() > 3) {
      return base; // "White House security officials": the role is already in the code
    }
    return base.length() > 3 && !base.substring(3).matches("GOV|MIL|BUS|OPP|CVL|ELI|LEG|JUD|MED|COP") ? base + word.role()
        : country + word.role();
  }

  /** Roles of non-state armed groups: their fighters are the group. */
  private static final Set<String> ARMED = Set.of("REB", "CRM");

  /** The actor mention nearest to {@code node} (breadth first) among the tokens reachable by {@code follow}. */
  private static Optional<Mention> first(SentenceGraph g, SentenceMentions mentions, int node, Predicate<Dependency> follow) {
    List<Integer> order = g.descendants(node, follow);
    for (int t : order) {
      if (t == node) {
        continue;
      }
      Optional<Mention> m = mentions.actorAt(t);
      if (m.isPresent() && !nearBorderOf(g, m.get().end() - 1)) {
        return m;
      }
    }
    return Optional.empty();
  }

  private static Actor actor(SentenceGraph g, String code, int first, int last) {
    Token a = g.token(first);
    Token b = g.token(last);
    String text = ActorDictionary.text(g.sentence().tokens(), first, last + 1);
    return new Actor(code, text, a.begin(), b.end());
  }
}
