package org.entente.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.actors.ActorResolver;
import org.entente.actors.DictionaryEntry;
import org.entente.actors.Discourse;
import org.entente.actors.Mention;
import org.entente.actors.SentenceMentions;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * Gives a country to actors that the sentence leaves without one, as an analyst reads them.
 *
 * <p>"Police fired tear gas at protesters in Nairobi": neither "police" nor "protesters" names a
 * country, but the place of the event does, and both are Kenyan. A role word with no owner of its own
 * takes the country of the clause's place phrase, else of the law-enforcement actor or state
 * institution on the other side (arrests, protests and rebellions are domestic), else of the country named before it in the sentence, else of the country the article last named (the dateline counts). A thing
 * hit by the event ("struck dozens of targets across Iran") takes the place phrase's country.
 *
 * <p>Stateless; the discourse passed in carries the article's memory.
 */
final class ContextActors {

  /** Prepositions that place an event rather than aim it: "in Nairobi", "across Iran". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "in", "at", "from", "across", "inside", "near", "outside", "throughout", "through", "around", "within", "off");

  /** Relations that leave the phrase: other clauses and conjuncts are other places. */
  private static final Set<String> CLAUSES = Set.of(
      "acl:relcl", "advcl", "ccomp", "parataxis", "punct", "cc", "ref", "dep", "discourse", "list", "conj");

  /** Role codes of the population and of those who police it: the pair is domestic. */
  private static final Set<String> POLICED = Set.of("CVL", "OPP", "MED", "LAB", "EDU", "REF", "REB", "RAD", "AGR");
  private static final Set<String> POLICING = Set.of("COP", "JUD");
  /** Roles of a state's own institutions: its population, opposition and rebels deal with them at home. */
  private static final Set<String> INSTITUTIONS = Set.of("GOV", "LEG");
  /** Words of missions abroad: protesters at an embassy are not of the embassy's country. */
  private static final Set<String> ABROAD = Set.of("embassy", "consulate", "ambassador", "envoy", "diplomat", "diplomats", "mission");

  private ContextActors() {}

  /** Whether a preposition places an event ("in", "across") rather than aims it. */
  static boolean placePreposition(String preposition) {
    return PLACE_PREPOSITIONS.contains(preposition);
  }

  /**
   * {@code unknown} (the actor of the phrase headed by {@code head}) with a country taken from the
   * context when it is a role word without an owner; otherwise unchanged. {@code acting}: the phrase is
   * the event's source.
   */
  static Actor roleInContext(SentenceGraph g, SentenceMentions mentions, Discourse discourse, int trigger,
      int head, Actor unknown, List<Actor> otherSide, boolean acting) {
    if (unknown.known()) {
      return unknown;
    }
    Optional<String> role = roleOf(g, mentions, head);
    if (role.isEmpty()) {
      return unknown;
    }
    // "foreign intelligence services", "foreign fighters": of some other country, unnamed ("foreign
    // minister" is a role word of its own and is left to the rules below).
    if (g.children(head, "amod").stream().anyMatch(a -> g.token(a).lemma().equalsIgnoreCase("foreign")
        && mentions.roleAt(a).isEmpty())) {
      return unknown;
    }
    if (role.get().equals("NGO") || role.get().equals("IGO")) {
      // "a human rights group protested": an organisation of no country named is coded by its kind.
      return new Actor(role.get(), unknown.text(), unknown.begin(), unknown.end());
    }
    // An armed group's leader is no office holder: the context places him as it places rebels.
    if (g.token(head).isProperNoun() && mentions.roleAt(head).isEmpty() && !role.get().equals("REB")) {
      // "President Mohamed Bazoum": an office holder the dictionary does not know belongs to the country
      // the article is filed from; a place or an earlier country is too weak ("met President X in Rome").
      // "Judge Alejandro Rivera charged 28 Chilean officials": a judge or police chief acts at home.
      String home = discourse.filedFromCountry().orElse("");
      // "President X conceded to demands from the opposition": an office facing a population is its state's.
      if (home.isEmpty() && (POLICING.contains(role.get()) || INSTITUTIONS.contains(role.get()))) {
        home = domesticCountry(role.get(), otherSide);
      }
      String found = home;
      return home.isEmpty() || otherSide.stream().anyMatch(o -> o.code().equals(found)) ? unknown
          : new Actor(home + role.get(), unknown.text(), unknown.begin(), unknown.end());
    }
    String country = acting ? warnedOwnAct(g, mentions, trigger) : "";
    if (country.isEmpty()) {
      country = included(g, mentions, trigger, head);
    }
    if (country.isEmpty()) {
      // "attacked an army outpost near the Venezuelan border": the outpost is this side's
      country = placeCountry(g, mentions, trigger, PLACE_PREPOSITIONS, false);
    }
    if (country.isEmpty()) {
      country = ownClausePlace(g, mentions, trigger, head);
    }
    if (country.isEmpty()) {
      country = domesticCountry(role.get(), otherSide);
    }
    if (country.isEmpty()) {
      country = ownLegislature(g, role.get(), otherSide, mentions);
    }
    if (country.isEmpty()) {
      country = countryBefore(g, mentions, head, otherSide);
    }
    if (country.isEmpty()) {
      country = discourse.lastCountry().orElse("");
    }
    if (country.isEmpty() && acting && POLICED.contains(role.get()) && !role.get().equals("REB")) {
      country = facedState(otherSide);
    }
    // "SEOUL — Protesters rallied outside the Japanese Embassy": people at a foreign mission are not of
    // its country; the country the article is filed from is the likelier host, else they stay unknown.
    String mission = country;
    if (POLICED.contains(role.get()) && otherSide.stream().anyMatch(o -> abroad(o) && o.country().equals(mission))) {
      country = discourse.filedFromCountry().filter(c -> !c.equals(mission)).orElse("");
    }
    // "Israel ... killed several senior commanders": a country named outright does not act on its own
    // state; the commanders belong elsewhere, so they stay unknown rather than wrongly Israeli.
    String found = country;
    if (!POLICED.contains(role.get()) && otherSide.stream().anyMatch(o -> o.code().equals(found))) {
      return unknown;
    }
    if (country.length() != 3 || country.equals("IGO") || country.equals("NGO")) {
      return unknown;
    }
    return new Actor(country + role.get(), unknown.text(), unknown.begin(), unknown.end());
  }

  /** Roles of a population that protests against its own state: civilians, opposition, workers, students, farmers. */
  private static final Set<String> PROTESTING = Set.of("CVL", "OPP", "LAB", "EDU", "AGR", "HLH", "MED", "REF");

  /**
   * "Students staged demonstrations across the country", "Workers went on strike over the pension bill":
   * a protest (CAMEO 14) by a country's own population, opposition or workers that names no actor it is
   * aimed at is aimed at their own state, the government ({@code IDNGOV}), and so is its easing ("the
   * opposition agreed to postpone the rally", "the union called off the strike": 0352, 082); other
   * targetless acts, and
   * protests by a state or a country named outright ("Japan protested"), are left without a target. A
   * protest verb joined to another ("went on strike and marched against the reform") shares that one's
   * target, if any: it is one protest told twice, so it gets none of its own.
   */
  static List<Actor> protestedState(SentenceGraph g, SentenceMentions mentions, EventFrame f, List<Actor> to,
      List<Actor> group, List<Actor> from) {
    boolean dissent = f.code().startsWith("14") || f.code().equals("082") || f.code().equals("0352");
    if (!dissent || !group.isEmpty() || !f.group().isEmpty() || from.size() != 1 || to.stream().anyMatch(Actor::known)
        || joinedVerb(g, mentions, f.trigger())) {
      return to;
    }
    List<Integer> sourceHeads = f.sources();
    Actor s = from.get(0);
    String country = s.country();
    if (country.length() != 3 || country.equals("IGO") || country.equals("NGO") || abroad(s)) {
      return to;
    }
    boolean population = PROTESTING.contains(role(s));
    if (!population && s.code().length() == 3 && sourceHeads.size() == 1) {
      // "Thousands of Nigerians rallied": a people named by its demonym, not the country itself
      int head = sourceHeads.get(0);
      population = g.token(head).isNoun() && mentions.actorAt(head).map(m -> m.entry() instanceof DictionaryEntry.Named n
          && n.kind() == org.entente.actors.PhraseKind.ADJECTIVE).orElse(false);
    }
    if (!population) {
      return to;
    }
    Optional<Actor> aimed = purposeTarget(g, mentions, f.trigger());
    return List.of(aimed.orElse(new Actor(country + "GOV", "", -1, -1)));
  }

  /** Verbs of an infinitive of purpose that say whom a protest is aimed at: "to show their anger at X". */
  private static final Set<String> AIMING = Set.of(
      "protest", "demand", "denounce", "condemn", "oppose", "show", "express", "voice", "press", "reject",
      "criticize", "criticise", "demonstrate");

  /**
   * "Demonstrators blocked a road to show their disapproval of the United States' policies": the first
   * country or organisation named under the protest's infinitive of purpose, or empty.
   */
  private static Optional<Actor> purposeTarget(SentenceGraph g, SentenceMentions mentions, int trigger) {
    for (Dependency d : g.children(trigger)) {
      int v = d.dependent();
      boolean purpose = (d.base().equals("advcl") || d.base().equals("xcomp")) && g.token(v).isVerb()
          && g.children(v, "mark").stream().anyMatch(m -> g.token(m).key().equals("to"))
          && AIMING.contains(g.token(v).lemma().toLowerCase(java.util.Locale.ROOT));
      if (!purpose) {
        continue;
      }
      for (int c : g.descendants(v, x -> !CLAUSES.contains(x.relation()) && !x.relation().startsWith("nsubj"))) {
        Optional<Mention> m = mentions.actorAt(c);
        String code = m.map(x -> ActorResolver.codeOf(x.entry(), null)).orElse("");
        if (c != v && code.length() >= 3 && (m.get().entry() instanceof DictionaryEntry.Named n
            && n.kind() != org.entente.actors.PhraseKind.REGION && n.kind() != org.entente.actors.PhraseKind.PLACE)) {
          return Optional.of(new Actor(code, m.get().text(), g.token(m.get().start()).begin(), g.token(m.get().end() - 1).end()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a protest verb shares its target with a verb it is coordinated with: the verbs joined to a first
   * ("went on strike <b>and marched</b>") do, and so does the first when a verb joined to it names an actor it
   * acts on ("blocked roads and clashed with police"). One protest told twice gets one target: "masked
   * protesters smashed shop windows and set fire to bins" is aimed at their state by its first verb only.
   */
  private static boolean joinedVerb(SentenceGraph g, SentenceMentions mentions, int trigger) {
    Dependency up = g.head(trigger);
    if (up != null && up.base().equals("conj") && up.governor() >= 0 && g.token(up.governor()).isVerb()) {
      return true;
    }
    for (Dependency d : g.children(trigger)) {
      if (!d.base().equals("conj") || !g.token(d.dependent()).isVerb()) {
        continue;
      }
      for (int c : g.descendants(d.dependent(), x -> !CLAUSES.contains(x.relation()) && !x.relation().startsWith("nsubj")
          && !((x.base().equals("obl") || x.base().equals("nmod")) && PLACE_PREPOSITIONS.contains(x.subtype())))) {
        if (c != d.dependent() && (mentions.actorAt(c).isPresent() || mentions.roleAt(c).isPresent())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Thousands marched in Hong Kong in defiance of Chinese authorities to demand elections": an act
   * whose own words place nothing (the defiance, the demand) happens where its actor's clause does;
   * the place of the clause the phrase is the subject of, or "".
   */
  private static String ownClausePlace(SentenceGraph g, SentenceMentions mentions, int trigger, int head) {
    for (Dependency up : g.parents(head)) {
      if (up.relation().startsWith("nsubj") && up.governor() >= 0 && up.governor() != trigger) {
        String place = placeCountry(g, mentions, up.governor());
        if (!place.isEmpty()) {
          return place;
        }
      }
    }
    return "";
  }

  /**
   * "Ethnic Russians went on hunger strike against Latvia's language law": a population that nothing
   * else places, facing a state named outright (a country, its capital or an institution), is that
   * state's own: protests, strikes and demands are domestic. "" when the other side names no state.
   */
  private static String facedState(List<Actor> otherSide) {
    for (Actor other : otherSide) {
      String r = role(other);
      String c = other.country();
      if ((r.isEmpty() || INSTITUTIONS.contains(r) || POLICING.contains(r)) && c.length() == 3 && !c.equals("IGO")
          && !c.equals("NGO") && !abroad(other)) {
        return c;
      }
    }
    return "";
  }

  /**
   * "freed 24 hostages, including 13 Israelis": people of one country included in the phrase, or in
   * the clause about it, say whose they are ("" when none or several countries are named).
   */
  private static String included(SentenceGraph g, SentenceMentions mentions, int trigger, int head) {
    java.util.Set<String> countries = new java.util.HashSet<>();
    for (int at : List.of(head, trigger)) {
      for (Dependency d : g.children(at)) {
        if (!d.relation().equals("nmod:including") && !d.relation().equals("obl:including")) {
          continue;
        }
        for (int c : g.descendants(d.dependent(), x -> x.base().equals("conj") || x.base().equals("compound") || x.base().equals("amod"))) {
          mentions.actorAt(c).map(m -> ActorResolver.codeOf(m.entry(), null))
              .filter(code -> code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO"))
              .ifPresent(code -> countries.add(code.substring(0, 3)));
        }
      }
    }
    return countries.size() == 1 ? countries.iterator().next() : "";
  }

  /**
   * "the opposition demanded that Mugabe step down": a state's institutions, forces, police and courts
   * on one side and its population, opposition and rebels on the other are two sides, though of one
   * country.
   */
  static boolean acrossTheDivide(Actor a, Actor b) {
    String ra = role(a);
    String rb = role(b);
    return state(ra) && POLICED.contains(rb) || POLICED.contains(ra) && state(rb);
  }

  /** Whether an actor is one of a state's institutions, forces, police or courts ("BRAGOV", "RUSMIL"). */
  static boolean stateActor(Actor a) {
    return state(role(a));
  }

  /** The role of an actor code (its letters 4–6: "GOV" of "JPNGOV"), or "". */
  static String role(Actor a) {
    return a.code().length() >= 6 ? a.code().substring(3, 6) : "";
  }

  private static boolean state(String role) {
    return INSTITUTIONS.contains(role) || POLICING.contains(role) || role.equals("MIL");
  }

  /** Whether a role word names a population the state acts on (civilians, protesters, refugees), not armed rebels. */
  static boolean population(DictionaryEntry entry) {
    return entry instanceof DictionaryEntry.RoleWord r && POLICED.contains(r.role()) && !r.role().equals("REB");
  }

  /**
   * The country of the other side when the pair is domestic (police and the policed, a state's
   * institutions and its population, a court and the officials it tries), or "".
   */
  private static String domesticCountry(String role, List<Actor> otherSide) {
    for (Actor other : otherSide) {
      String otherRole = role(other);
      boolean domestic = POLICING.contains(otherRole) && POLICED.contains(role)
          || POLICED.contains(otherRole) && POLICING.contains(role)
          // "the Mozambique government accepted demands from rebels", "protesters stormed Kenya's parliament"
          || INSTITUTIONS.contains(otherRole) && (POLICED.contains(role) || POLICING.contains(role)) && !abroad(other)
          // "students chanted slogans against the clerical leadership": the population's own state
          || POLICED.contains(otherRole) && INSTITUTIONS.contains(role) && !otherRole.equals("REF");
      if (domestic && !other.country().equals("IGO") && !other.country().equals("NGO")) {
        return other.country();
      }
    }
    return "";
  }

  /**
   * "Takaichi told parliament": a government addresses its own legislature (and lawmakers their own
   * government), unless the sentence names another country ("was received by King Charles ... and
   * addressed both houses of parliament"). A dateline is no guide: Beijing reports what Tokyo said. A
   * guest's legislature is the host's: "will address a joint session of Congress during a visit to
   * Washington" is the legislature of the one other country the sentence places something in.
   */
  private static String ownLegislature(SentenceGraph g, String role, List<Actor> otherSide, SentenceMentions mentions) {
    for (Actor other : otherSide) {
      String otherRole = role(other);
      boolean pair = otherRole.equals("GOV") && role.equals("LEG") || otherRole.equals("LEG") && role.equals("GOV");
      String home = other.country();
      if (!pair || abroad(other) || home.length() != 3 || home.equals("IGO") || home.equals("NGO")) {
        continue;
      }
      boolean elsewhere = mentions.actors().stream().map(m -> ActorResolver.codeOf(m.entry(), null))
          .anyMatch(c -> c.length() >= 3 && !c.startsWith(home));
      if (!elsewhere) {
        return home;
      }
      java.util.Set<String> hosts = new java.util.HashSet<>();
      for (Mention m : mentions.actors()) {
        String c = countryOfPlace(Optional.of(m));
        Dependency up = g.head(m.end() - 1);
        boolean placed = up != null && (up.base().equals("obl") || up.base().equals("nmod"))
            && (PLACE_PREPOSITIONS.contains(up.subtype()) || up.subtype().equals("to"));
        if (c != null && !c.isEmpty() && !c.equals(home) && placed) {
          hosts.add(c);
        }
      }
      return hosts.size() == 1 ? hosts.iterator().next() : "";
    }
    return "";
  }

  private static boolean abroad(Actor a) {
    return java.util.Arrays.stream(a.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")).anyMatch(ABROAD::contains);
  }

  /** Nouns that name others by their relation to the owner: "its allies" are not the owner. */
  private static final Set<String> RELATIONS = Set.of(
      "ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "friend", "counterpart");

  /**
   * "China urged <b>its citizens</b>": a role word owned by a possessive pronoun takes the pronoun's
   * country, with its own role. Any other noun owned by one belongs to the pronoun's actors: "as part
   * of <b>its</b> largest-ever exercises", "announced <b>their</b> withdrawal", "strikes on <b>its</b>
   * nuclear facilities"; except a relation to others ("its allies").
   */
  static List<Actor> ownedByPronoun(SentenceGraph g, SentenceMentions mentions, Discourse discourse, int head,
      LocalDate day, Actor unknown, IntFunction<List<Actor>> heads) {
    Optional<Mention> role = mentions.roleAt(head);
    Token t = g.token(head);
    List<Actor> part = partOfPronoun(g, mentions, discourse, head, day, unknown, heads);
    if (!part.isEmpty()) {
      return part;
    }
    if (role.isEmpty() && (!t.isNoun() || t.isProperNoun() || RELATIONS.contains(t.key()))) {
      return List.of(unknown);
    }
    for (int poss : possessors(g, head)) {
      // "its citizens", and "the group's leader" after the group was named
      // "the agency's chief" after the IAEA was named: a role word owning a head that is none is taken up too,
      // when it stands for an organisation named before (not "the man's release")
      boolean body = mentions.roleAt(poss).isPresent() && role.isEmpty();
      if (!g.token(poss).pos().equals("PRP$") && (!g.token(poss).isNoun() || mentions.actorAt(poss).isPresent()
          || mentions.roleAt(poss).isPresent() && !body)) {
        continue;
      }
      List<Actor> owners = discourse.resolve(g, mentions, poss, day, heads);
      if (body) {
        owners = owners.stream().filter(o -> o.code().startsWith("IGO") || o.code().startsWith("NGO")).toList();
      }
      // "Argentina, Chile and Peru ... Caracas expelled their diplomats": each owner's own diplomats
      if (owners.isEmpty()) {
        continue;
      }
      List<Actor> out = new java.util.ArrayList<>();
      String posted = postedIn(g, mentions, head);
      for (Actor owner : owners) {
        // "Russia expelled its Moscow correspondent": whoever works in Moscow for an owner, the owner is
        // not Russia; a pronoun read that way is left unresolved.
        if (!owner.country().equals(posted)) {
          out.add(new Actor(owned(owner.code(), role), unknown.text(), unknown.begin(), unknown.end()));
        }
      }
      out.removeIf(a -> a.code().length() < 3);
      if (!out.isEmpty()) {
        return out;
      }
    }
    return role.isPresent() ? List.of(unknown) : placedByAnaphor(g, mentions, discourse, head, day, unknown, heads);
  }

  /**
   * "drove more than 700,000 <b>of them</b> across the border": a number of the people a pronoun stands
   * for are of that pronoun's actors; empty when the phrase is no such count or the pronoun stays open.
   */
  private static List<Actor> partOfPronoun(SentenceGraph g, SentenceMentions mentions, Discourse discourse, int head,
      LocalDate day, Actor unknown, IntFunction<List<Actor>> heads) {
    if (!g.token(head).pos().equals("CD")) {
      return List.of();
    }
    for (int of : g.children(head, "nmod:of")) {
      if (g.token(of).isPronoun()) {
        return discourse.resolve(g, mentions, of, day, heads).stream().filter(Actor::known)
            .map(a -> new Actor(a.code(), unknown.text(), unknown.begin(), unknown.end())).toList();
      }
    }
    return List.of();
  }

  /**
   * "missile strikes on cities across <b>the country</b>": a thing placed by a phrase that refers back
   * to a country ("the country", "the island") is in that country.
   */
  private static List<Actor> placedByAnaphor(SentenceGraph g, SentenceMentions mentions, Discourse discourse, int head,
      LocalDate day, Actor unknown, IntFunction<List<Actor>> heads) {
    for (Dependency d : g.children(head)) {
      int place = d.dependent();
      if (!d.base().equals("nmod") || !PLACE_PREPOSITIONS.contains(d.subtype()) || mentions.actorAt(place).isPresent()
          || mentions.roleAt(place).isPresent() || g.token(place).timex() != null) {
        continue;
      }
      List<Actor> where = discourse.resolve(g, mentions, place, day, heads);
      if (where.size() == 1 && where.get(0).code().length() == 3 && !where.get(0).code().equals("IGO")
          && !where.get(0).code().equals("NGO")) {
        return List.of(new Actor(where.get(0).code(), unknown.text(), unknown.begin(), unknown.end()));
      }
    }
    return List.of(unknown);
  }

  /** The country of a city compounded with a role word ("its <b>Moscow</b> correspondent"), or "". */
  private static String postedIn(SentenceGraph g, SentenceMentions mentions, int head) {
    if (mentions.roleAt(head).isEmpty()) {
      return "";
    }
    for (int c : g.children(head, "compound")) {
      Optional<Mention> m = mentions.actorAt(c);
      if (m.isPresent() && m.get().entry() instanceof DictionaryEntry.Named n && n.code().length() >= 3
          && (n.kind() == org.entente.actors.PhraseKind.METONYM || n.kind() == org.entente.actors.PhraseKind.PLACE)) {
        return n.code().substring(0, 3);
      }
    }
    return "";
  }

  /**
   * The possessors of a phrase: its own ("its citizens") and, for a thing, those of the phrases it is
   * "of" ("the leader of the war-torn nation's community").
   */
  private static List<Integer> possessors(SentenceGraph g, int head) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int t : g.descendants(head, d -> d.relation().equals("nmod:of") || d.relation().equals("nmod:poss"))) {
      Dependency up = g.head(t);
      if (t != head && up != null && up.relation().equals("nmod:poss")) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The code of a thing or role word owned by {@code owner}: the owner's code, or its country with
   * the role ("its citizens" → CHNCVL); an international organisation or armed group keeps its own
   * code ("the group's leader").
   */
  private static String owned(String owner, Optional<Mention> role) {
    if (role.isEmpty() || owner.length() < 3 || owner.startsWith("IGO") || owner.startsWith("NGO")
        || owner.startsWith("REB", 3)) {
      return owner;
    }
    return owner.substring(0, 3) + ((DictionaryEntry.RoleWord) role.get().entry()).role();
  }

  /**
   * The country of the place named last before {@code head} in its sentence, or "": a place phrase
   * ("recovered in South Korea before consumers boycotted ...", "land in Minsk, where police
   * arrested ...") or the owner of an institution ("stormed Brazil's Congress ..., and police
   * arrested ..."), outside the phrase of the other side. Countries named as actors ("India suspended a treaty with Pakistan, a day after
   * gunmen killed ...") say nothing about where the rest happened.
   */
  static String countryBefore(SentenceGraph g, SentenceMentions mentions, int head, List<Actor> otherSide) {
    String country = "";
    for (Mention m : mentions.actors()) {
      if (m.end() > head) {
        break;
      }
      // "Houthi forces in Yemen attacked commercial ships": a place describing the other side is where
      // that side is based, not where the ships belong ("Nicaragua's government ... the newspaper" is
      // the owner of an institution, and stays).
      int at = g.token(m.start()).begin();
      Dependency up = g.head(m.end() - 1);
      boolean placed = up != null && !up.relation().equals("nmod:poss");
      if (placed && otherSide.stream().anyMatch(o -> o.begin() <= at && at < o.end())) {
        continue;
      }
      String code = ActorResolver.codeOf(m.entry(), null);
      boolean region = m.entry() instanceof DictionaryEntry.Named n && n.kind() == org.entente.actors.PhraseKind.REGION;
      if (code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO") && !region && placesSomething(g, mentions, m)) {
        country = code.substring(0, 3);
      }
    }
    return country;
  }

  private static boolean placesSomething(SentenceGraph g, SentenceMentions mentions, Mention m) {
    Dependency up = g.head(m.end() - 1);
    if (up == null || up.governor() < 0) {
      return false;
    }
    if ((up.base().equals("obl") || up.base().equals("nmod")) && PLACE_PREPOSITIONS.contains(up.subtype())) {
      return true;
    }
    return up.relation().equals("nmod:poss") && mentions.roleAt(up.governor()).isPresent();
  }

  /**
   * A target that is a thing, not an actor ("dozens of targets", "a tanker"), placed by the clause
   * ("across Iran"): the country of the place, when it is not the source's own.
   */
  static Actor thingInPlace(SentenceGraph g, SentenceMentions mentions, int trigger, int head, Actor unknown,
      List<Actor> sources) {
    Token t = g.token(head);
    if (unknown.known() || !t.isNoun() || t.isProperNoun() || roleOf(g, mentions, head).isPresent()) {
      return unknown;
    }
    String country = placeCountry(g, mentions, trigger);
    if (country.isEmpty() || sources.stream().anyMatch(s -> s.country().equals(country))) {
      return unknown;
    }
    return new Actor(country, unknown.text(), unknown.begin(), unknown.end());
  }

  /**
   * The role of a phrase head: its own role word ("protesters"), or a title compounded with an unknown
   * name ("President Mohamed Bazoum").
   */
  private static Optional<String> roleOf(SentenceGraph g, SentenceMentions mentions, int head) {
    Optional<Mention> own = mentions.roleAt(head);
    if (own.isPresent()) {
      return Optional.of(ActorResolver.spokenFor(g, mentions, head, (DictionaryEntry.RoleWord) own.get().entry()).role());
    }
    if (!g.token(head).isProperNoun()) {
      // "dozens of people", "hundreds of civilians": a quantity takes the role of what it counts.
      for (int c : g.children(head, "nmod:of")) {
        Optional<Mention> counted = mentions.roleAt(c);
        if (counted.isPresent() && mentions.actorAt(c).isEmpty()) {
          return Optional.of(((DictionaryEntry.RoleWord) counted.get().entry()).role());
        }
      }
      // "Several hundred were arrested", "two were killed": a number standing alone counts people.
      if (g.token(head).pos().equals("CD") && g.children(head).stream().noneMatch(d -> d.base().equals("nmod"))) {
        return Optional.of("CVL");
      }
      // "overran a rebel stronghold", "shelled an army base", "part of a guerrilla camp": a thing named
      // by the role word of those it belongs to is theirs.
      for (int thing : g.descendants(head, d -> d.relation().equals("nmod:of"))) {
        if (thing != head && (mentions.roleAt(thing).isPresent() || mentions.actorAt(thing).isPresent())) {
          break;
        }
        Optional<String> side = ActorResolver.ownersRole(g, mentions, thing);
        if (side.isPresent()) {
          return side;
        }
      }
      return Optional.empty();
    }
    // "rebel leader Rodrigo Londono", "opposition candidate Edmundo Gonzalez": the side a titled person
    // leads, named anywhere in the title, outranks the title word ("leader" alone is a government role).
    for (int c : g.descendants(head, x -> x.base().equals("compound") || x.base().equals("flat") || x.base().equals("amod"))) {
      Optional<Mention> title = c == head ? Optional.empty() : mentions.roleAt(c);
      if (title.isPresent() && mentions.actorAt(c).isEmpty()
          && SIDES.contains(((DictionaryEntry.RoleWord) title.get().entry()).role())) {
        return Optional.of(((DictionaryEntry.RoleWord) title.get().entry()).role());
      }
    }
    // "X, who heads the ruling party": the role the relative clause gives
    Optional<DictionaryEntry.RoleWord> described = ActorResolver.describingRole(g, mentions, head);
    if (described.isPresent()) {
      return Optional.of(described.get().role());
    }
    for (Dependency d : g.children(head)) {
      if (d.base().equals("compound") || d.base().equals("flat")) {
        Optional<Mention> title = mentions.roleAt(d.dependent());
        // an office ("President Mohamed Bazoum") or a judge's or police title ("Judge Alejandro Rivera")
        if (title.isPresent() && (!((DictionaryEntry.RoleWord) title.get().entry()).office().isEmpty()
            || POLICING.contains(((DictionaryEntry.RoleWord) title.get().entry()).role())
            || PERSONAL_TITLES.contains(g.token(title.get().end() - 1).key()))) {
          return Optional.of(((DictionaryEntry.RoleWord) title.get().entry()).role());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Titles of one person without an office of people.tsv who acts at home: "Interior Minister X", "Governor X".
   * Not ambassadors, envoys or generals, often abroad ("KYIV — Ambassador X said" is no Ukrainian).
   */
  private static final Set<String> PERSONAL_TITLES = Set.of("minister", "secretary", "governor", "mayor", "senator");

  private static final Set<String> WARNING = Set.of("warn", "threaten");
  private static final Set<String> WILL = Set.of("will", "would", "shall", "could", "wo", "'ll");
  /** Verbs of what befalls the warned: "Japan would pay a heavy price" is no act of Japan's speaker. */
  private static final Set<String> UNDERGOING = Set.of("pay", "face", "suffer", "regret", "bear", "lose", "be", "have", "get");

  /**
   * "China will take resolute countermeasures if Japan interferes, the foreign ministry warned": a warning
   * of what a named country will do is spoken for that country, so its unnamed ministry is that country's;
   * "" when the trigger warns of no such act.
   */
  private static String warnedOwnAct(SentenceGraph g, SentenceMentions mentions, int trigger) {
    if (!WARNING.contains(g.token(trigger).key())) {
      return "";
    }
    for (int clause : g.children(trigger, "ccomp")) {
      boolean future = g.children(clause, "aux").stream()
          .anyMatch(a -> WILL.contains(g.token(a).word().toLowerCase(java.util.Locale.ROOT)));
      if (!future || UNDERGOING.contains(g.token(clause).key())) {
        continue;
      }
      for (int subject : g.children(clause, "nsubj")) {
        Optional<Mention> m = mentions.actorAt(subject);
        boolean named = m.isPresent() && m.get().entry() instanceof DictionaryEntry.Named n
            && (n.kind() == org.entente.actors.PhraseKind.NAME || n.kind() == org.entente.actors.PhraseKind.METONYM);
        String country = named ? countryOfPlace(m) : null;
        if (country != null && !country.isEmpty()) {
          return country;
        }
      }
    }
    return "";
  }

  /** Roles that name a side of a country's politics or war when they title a person. */
  private static final Set<String> SIDES = Set.of("OPP", "REB");

  /** The country of the first place phrase under the trigger ("fired tear gas ... in Nairobi"), or "". */
  static String placeCountry(SentenceGraph g, SentenceMentions mentions, int trigger) {
    return placeCountry(g, mentions, trigger, PLACE_PREPOSITIONS, true);
  }

  /**
   * Prepositions that place a participle clause's act through the clause it hangs from: not where the
   * actor came from ("crossed from Gaza into southern Israel, killing hundreds" happened in Israel).
   */
  private static final Set<String> PLACE_OF_CLAUSE = Set.of(
      "in", "at", "across", "inside", "near", "outside", "throughout", "through", "around", "within", "into");

  /** {@code borders}: whether a border places the act in the country it is named after (see BOUNDARIES). */
  private static String placeCountry(SentenceGraph g, SentenceMentions mentions, int trigger, Set<String> prepositions,
      boolean borders) {
    String here = placeUnder(g, mentions, trigger, prepositions, borders);
    if (!here.isEmpty()) {
      return here;
    }
    // "blocked motorways around Paris": the place of the thing acted on places the act; so does that of the
    // noun of "went on strike in Kenya", which the parser hangs on the strike.
    for (int o : g.children(trigger, "obj", "obl:on")) {
      String there = placeUnder(g, mentions, o, prepositions, borders);
      if (!there.isEmpty()) {
        return there;
      }
    }
    // "protests against Japanese goods across South Korea": a nominal act is placed by a place phrase the
    // parser hung on what the act is about, as a verb is by its object's.
    if (g.token(trigger).isNoun()) {
      for (Dependency d : g.children(trigger)) {
        if (d.base().equals("nmod") && ABOUT.contains(d.subtype())) {
          String there = placeUnder(g, mentions, d.dependent(), prepositions, borders);
          if (!there.isEmpty()) {
            return there;
          }
        }
      }
    }
    // "a bomber struck outside Kabul airport, killing 13 soldiers": a participle clause happens where
    // the clause it hangs from does.
    Dependency up = g.head(trigger);
    boolean participle = up != null && !g.hasChild(trigger, "nsubj")
        && (up.base().equals("advcl") && g.token(trigger).pos().matches("VBG|VBN")
            || up.base().equals("dep") && g.token(trigger).pos().equals("VBG"));
    if (participle && up.governor() >= 0) {
      String there = placeCountry(g, mentions, up.governor(), PLACE_OF_CLAUSE, borders);
      return there.isEmpty() ? placeStruck(g, mentions, up.governor()) : there;
    }
    return "";
  }

  /**
   * "missiles struck Kyiv overnight, killing three people", "drones hit the port city of Odesa, killing
   * two": where the clause a participle hangs from struck a named place, the participle's act happened there.
   */
  private static String placeStruck(SentenceGraph g, SentenceMentions mentions, int verb) {
    for (int o : g.children(verb, "obj")) {
      for (int c : g.descendants(o, x -> !CLAUSES.contains(x.relation()) && !x.base().equals("conj")
          && !BOUNDARIES.contains(g.token(x.dependent()).key()))) {
        Optional<Mention> m = mentions.actorAt(c);
        boolean dated = m.isPresent() && m.get().entry() instanceof DictionaryEntry.Named named
            && named.periods().stream().anyMatch(p -> !p.isDefault());
        String country = dated ? null : countryOfPlace(m); // "Juba" in 1999 was Sudan's: no day here to tell
        if (country != null) {
          return country;
        }
      }
    }
    return "";
  }

  /** Prepositions by which a nominal act names what it is about: "protests against the plan", "a ban on imports". */
  private static final Set<String> ABOUT = Set.of("against", "on", "over", "of");

  /** The country of a place phrase on the trigger's object ("evacuate the settlements <b>in Gaza</b>"), or "". */
  static String placeOfObject(SentenceGraph g, SentenceMentions mentions, int trigger) {
    for (int o : g.children(trigger, "obj")) {
      for (Dependency d : g.children(o)) {
        if (!d.base().equals("nmod") || !PLACE_PREPOSITIONS.contains(d.subtype()) || g.token(d.dependent()).timex() != null
            || BOUNDARIES.contains(g.token(d.dependent()).key())) {
          continue;
        }
        // the place phrase itself ("in the Gaza Strip", "in the city of Hebron"), not what an "in" phrase
        // goes on to mention ("in retaliation for a visit to Taiwan")
        for (int c : g.descendants(d.dependent(), x -> x.base().equals("compound") || x.base().equals("flat")
            || x.base().equals("amod") || x.relation().equals("nmod:of"))) {
          String country = countryOfPlace(mentions.actorAt(c));
          if (country != null) {
            return country;
          }
        }
      }
    }
    return "";
  }

  private static String placeUnder(SentenceGraph g, SentenceMentions mentions, int trigger, Set<String> prepositions,
      boolean borders) {
    for (Dependency d : g.children(trigger)) {
      String base = d.base();
      if (!(base.equals("obl") || base.equals("nmod")) || !prepositions.contains(d.subtype())) {
        continue;
      }
      if (g.token(d.dependent()).timex() != null) {
        continue;
      }
      // "gathered near the Japanese Embassy in Seoul": a mission stands in its host's country, so only a
      // place phrase of its own places the act; its owner ("Japanese") does not.
      if (ABROAD.contains(g.token(d.dependent()).key())) {
        String host = placeUnder(g, mentions, d.dependent(), prepositions, borders);
        if (!host.isEmpty()) {
          return host;
        }
        continue;
      }
      if (!borders && BOUNDARIES.contains(g.token(d.dependent()).key()) || MANNERS.contains(g.token(d.dependent()).key())) {
        continue;
      }
      for (int c : g.descendants(d.dependent(), x -> !CLAUSES.contains(x.relation()) && !x.base().equals("conj"))) {
        String country = countryOfPlace(mentions.actorAt(c));
        if (country != null) {
          return country;
        }
      }
    }
    return "";
  }

  /**
   * A border is named from one side by the country on the other ("a base near the Venezuelan border"): what
   * was struck near it is not placed in that country. (A posture near it still faces that country.)
   */
  private static final Set<String> BOUNDARIES = Set.of("border", "frontier", "boundary");

  /**
   * Nouns of "in protest against", "in response to", "in solidarity with": the phrase says why or how, not
   * where ("blocked highways across Poland in protest against imports of Ukrainian grain" is not in Ukraine).
   */
  private static final Set<String> MANNERS = Set.of("protest", "response", "retaliation", "reaction", "solidarity",
      "support", "defiance", "memory", "honour", "honor", "opposition", "violation", "breach", "exchange", "return");

  /**
   * The country a place mention stands for: "" for an organisation (no country of its own), null when
   * the mention is none or a world region ("in the southern Caribbean" is no country of the people there).
   */
  private static String countryOfPlace(Optional<Mention> m) {
    if (m.isPresent() && m.get().entry() instanceof DictionaryEntry.Named named && named.code().length() >= 3
        && named.kind() != org.entente.actors.PhraseKind.REGION) {
      String country = named.code().substring(0, 3);
      return country.equals("IGO") || country.equals("NGO") ? "" : country;
    }
    return null;
  }
}
