package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.model.Actor;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * A light, rule-based memory of the actors an article has named, to resolve "he", "she", "they",
 * "the country" and "the two countries" to the last compatible actors.
 *
 * <p>One instance per article; not thread-safe.
 */
public final class Discourse {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
  private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "me", "my");
  /** Who "we" was in the article's latest attributed quote. */
  private List<Actor> lastQuoteSpeaker = List.of();
  /** Nouns that name an organisation or armed group already named: "the group", "the bloc". */
  private static final Set<String> ORGANISATION_NOUNS = Set.of(
      "group", "movement", "militia", "organisation", "organization", "bloc", "alliance", "coalition", "faction");
  /** Organisation nouns that also name intergovernmental bodies: "the bloc" may be the EU, "the group" not. */
  private static final Set<String> BLOC_NOUNS = Set.of("organisation", "organization", "bloc", "alliance", "coalition");
  private static final Set<String> COUNTRY_NOUNS = Set.of(
      "country", "nation", "government", "state", "island", "territory", "peninsula", "kingdom", "republic",
      "junta", "regime");
  private static final Set<String> GROUP_NOUNS = Set.of(
      "country", "nation", "leader", "side", "government", "neighbour", "neighbor", "ally", "minister",
      "capital", "president", "party", "partner", "rival");
  /** Group nouns that only states fill: "the two countries" are never a state and the UN. */
  private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "neighbour", "neighbor", "capital", "government");
  private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "both", 2, "three", 3, "four", 4);

  /** Most recent last: entries of people and of countries/organisations. */
  private final List<DictionaryEntry> people = new ArrayList<>();
  private final List<DictionaryEntry> others = new ArrayList<>();
  /** Words of the full names of people already named in full: "Kishida" after "Fumio Kishida". */
  private final Map<String, DictionaryEntry> nameWords = new java.util.HashMap<>();
  /** The sources of the latest event, for targets that name an act ("condemned the launches"). */
  private List<Actor> lastEventSources = List.of();
  private final RecentActors speakers = new RecentActors();
  /** The latest event sources of two or more countries ("Sweden and Finland applied to join"). */
  private List<Actor> lastGroupSources = List.of();
  /** The sources and targets of the events of the current sentence, for "the two sides". */
  private final List<Actor> partiesThisSentence = new ArrayList<>();
  /** The country of the dateline ("NIAMEY —"), or null. */
  private String filedFrom;
  /** For a code with short names ("the North"), the countries one of which must be named first. */
  private final java.util.function.Function<String, Set<String>> shortContexts;

  /** A memory for an article whose dictionary has no short names. */
  public Discourse() {
    this(code -> Set.of());
  }

  /** For the words of a place name, the codes of its namesakes in other countries. */
  private final java.util.function.Function<String, List<String>> homonyms;

  /** A memory for an article; {@code shortContexts} is {@link ActorDictionary#shortContext}. */
  public Discourse(java.util.function.Function<String, Set<String>> shortContexts) {
    this(shortContexts, text -> List.of());
  }

  /** ... and {@code homonyms} is {@link ActorDictionary#homonyms}. */
  public Discourse(java.util.function.Function<String, Set<String>> shortContexts,
      java.util.function.Function<String, List<String>> homonyms) {
    this.shortContexts = shortContexts;
    this.homonyms = homonyms;
  }

  /** Records the actors of a sentence, in text order; {@code sources} (event sources) count as most recent. */
  public void remember(List<Mention> mentions, List<DictionaryEntry> sources) {
    partiesThisSentence.clear();
    for (Mention m : mentions) {
      push(m.entry());
    }
    for (DictionaryEntry e : sources) {
      push(e);
    }
  }

  /**
   * "Ambassador Xing Haiming, speaking at a meeting with Lee Jae-myung, said ... <b>He</b> also criticised":
   * the person a sentence is about, the subject of its main verb, is who "he" or "she" in the next
   * sentence most likely means, even when another person was named after it. Called after
   * {@link #remember}, it makes that person the most recent one.
   */
  public void subjectLast(SentenceGraph g, SentenceMentions mentions) {
    subjectLast(g, mentions, i -> List.of());
  }

  /** Titles of one person, taken up by "he" or "she" when named without a name ("The foreign minister said"). */
  private static final Set<String> PERSON_TITLES = Set.of(
      "minister", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor",
      "commander", "leader", "secretary", "chancellor");

  /**
   * ... and a subject named by a title only ("The foreign minister said ... He also accused New Delhi"),
   * resolved by {@code resolve}, is that person for "he" or "she" in the next sentence.
   */
  public void subjectLast(SentenceGraph g, SentenceMentions mentions, IntFunction<List<Actor>> resolve) {
    int root = g.root();
    if (root < 0 || !g.token(root).isVerb()) {
      return;
    }
    for (int head : g.children(root, "nsubj")) {
      // "Japan's foreign minister Takeshi Iwaya met ...": the parser may head the subject with the title and
      // hang the name on it (dep, appos)
      int subject = head;
      if (mentions.actorAt(head).isEmpty() && !g.token(head).isProperNoun()) {
        for (int name : g.children(head, "dep", "appos", "flat")) {
          if (mentions.actorAt(name).filter(x -> x.entry() instanceof DictionaryEntry.PersonName).isPresent()) {
            subject = name;
            break;
          }
        }
      }
      java.util.Optional<Mention> title = mentions.roleAt(subject);
      if (mentions.actorAt(subject).isEmpty() && title.isPresent() && title.get().end() - 1 == subject
          && title.get().entry() instanceof DictionaryEntry.RoleWord word && g.token(subject).pos().equals("NN")
          && (!word.office().isEmpty() || PERSON_TITLES.contains(g.token(subject).key()))
          && g.children(subject).stream().noneMatch(c -> g.token(c.dependent()).isProperNoun() && mentions.actorAt(c.dependent()).isEmpty())) {
        List<Actor> holder = resolve.apply(subject);
        if (holder.size() == 1 && holder.get(0).code().length() >= 6) {
          push(new DictionaryEntry.PersonName(new Person(title.get().text().toLowerCase(Locale.ROOT),
              List.of(new RolePeriod(holder.get(0).code(), null, null, "")))));
        }
        return;
      }
      java.util.Optional<Mention> m = mentions.actorAt(subject);
      if (m.isPresent() && m.get().entry() instanceof DictionaryEntry.PersonName) {
        push(m.get().entry());
        return;
      }
      if (m.isEmpty() && g.token(subject).isProperNoun()) {
        // a person known by a title only ("Ambassador Xing Haiming"), remembered under the name's words
        DictionaryEntry e = nameWords.get(org.entente.model.WordKey.of(g.token(subject).word()));
        if (e instanceof DictionaryEntry.PersonName) {
          push(e);
        }
        return;
      }
    }
  }

  /**
   * "Chinese Vice Foreign Minister Sun Weidong summoned ... Sun demanded": a person the dictionary does
   * not know, whose phrase a title resolved ({@code heads[i]} to {@code actors[i]}), is that actor for the
   * rest of the article, by each word of the name, as a person named in full would be.
   */
  public void rememberTitledPeople(SentenceGraph g, SentenceMentions mentions, List<Integer> heads, List<Actor> actors) {
    if (heads.size() != actors.size()) {
      return;
    }
    for (int i = 0; i < heads.size(); i++) {
      int head = nameOfTitle(g, mentions, heads.get(i));
      Token t = g.token(head);
      Actor a = actors.get(i);
      if (!a.known() || a.code().length() < 6 || !t.isProperNoun() || mentions.actorAt(head).isPresent()
          || mentions.roleAt(head).isPresent()) {
        continue;
      }
      // a given name right before the surname ("Sun Weidong"): a single word could be anything
      int given = head - 1;
      if (given < 0 || !g.children(head, "compound").contains(given) || !g.token(given).isProperNoun()
          || mentions.actorAt(given).isPresent() || mentions.roleAt(given).isPresent()) {
        continue;
      }
      List<String> name = new ArrayList<>(List.of(g.token(given).word()));
      name.add(t.word());
      push(new DictionaryEntry.PersonName(new Person(String.join(" ", name),
          List.of(new RolePeriod(a.code(), null, null, "")))));
    }
  }

  /**
   * "Ecuador's President Daniel Noboa", "the president, Daniel Noboa": when the parser heads the phrase
   * with the title, the name hangs from it (appos, dep, flat or compound after it); that name is the
   * person's. Otherwise {@code head} itself.
   */
  private static int nameOfTitle(SentenceGraph g, SentenceMentions mentions, int head) {
    if (mentions.roleAt(head).isEmpty() || mentions.actorAt(head).isPresent()) {
      return head;
    }
    for (Dependency d : g.children(head)) {
      int n = d.dependent();
      boolean naming = d.base().equals("appos") || d.base().equals("dep") || d.base().equals("flat")
          || d.base().equals("compound");
      if (naming && n > head && g.token(n).isProperNoun() && mentions.actorAt(n).isEmpty() && mentions.roleAt(n).isEmpty()) {
        return n;
      }
    }
    return head;
  }

  /**
   * The mentions of a sentence with, added, single name words of people named in full earlier in the
   * article ("Lee" after "Lee Jae-myung"): a surname alone is ambiguous in a dictionary, not in an article;
   * and acronyms the article defined ("the Rapid Support Forces ... The RSF denied"), which win over the
   * dictionary's meaning of the same letters.
   */
  public SentenceMentions withKnownNames(SentenceMentions mentions, List<Token> tokens) {
    mentions = shortNamesInContext(mentions, tokens);
    mentions = homonymsInContext(mentions);
    defineAcronyms(mentions, tokens);
    if (nameWords.isEmpty() && acronyms.isEmpty()) {
      return mentions;
    }
    List<Mention> extra = new ArrayList<>(mentions.actors());
    boolean added = false;
    for (Token t : tokens) {
      DictionaryEntry defined = acronyms.get(t.word());
      java.util.Optional<Mention> here = mentions.actorAt(t.index());
      if (defined != null && here.map(m -> m.end() - m.start() == 1 && !m.entry().equals(defined)).orElse(true)) {
        here.ifPresent(extra::remove);
        extra.add(new Mention(t.index(), t.index() + 1, defined, t.word()));
        added = true;
        continue;
      }
      if (!t.isProperNoun() || here.isPresent()) {
        continue;
      }
      DictionaryEntry e = nameWords.get(org.entente.model.WordKey.of(t.word()));
      if (e != null) {
        extra.add(new Mention(t.index(), t.index() + 1, e, t.word()));
        added = true;
      }
    }
    if (!added) {
      return mentions;
    }
    extra.sort(java.util.Comparator.comparingInt(Mention::start));
    return new SentenceMentions(extra, mentions.roles());
  }

  /**
   * The mentions without the short names ("the North") that do not stand for their country here: no
   * country of their context named before, in the article or the sentence, or another name following
   * ("the South China Sea").
   */
  private SentenceMentions shortNamesInContext(SentenceMentions mentions, List<Token> tokens) {
    List<Mention> kept = new ArrayList<>();
    for (Mention m : mentions.actors()) {
      if (!(m.entry() instanceof DictionaryEntry.Named n) || n.kind() != PhraseKind.SHORT) {
        kept.add(m);
        continue;
      }
      Set<String> context = shortContexts.apply(n.code());
      boolean nameFollows = m.end() < tokens.size() && tokens.get(m.end()).isProperNoun();
      List<DictionaryEntry> named = new ArrayList<>(others);
      named.addAll(people);
      mentions.actors().stream().filter(o -> o.start() < m.start() && o != m).forEach(o -> named.add(o.entry()));
      boolean inContext = named.stream().map(e -> ActorResolver.codeOf(e, null))
          .anyMatch(code -> code.length() >= 3 && context.contains(code.substring(0, 3)));
      if (inContext && !nameFollows) {
        kept.add(m);
      }
    }
    return kept.size() == mentions.actors().size() ? mentions : new SentenceMentions(kept, mentions.roles());
  }

  /**
   * "Shells crashed into Tripoli, the north Lebanese port": a place name shared by places of two
   * countries is the one whose country the sentence or the article so far names, unless they name the
   * dictionary's default country too. The namesake is a place of its country.
   */
  private SentenceMentions homonymsInContext(SentenceMentions mentions) {
    List<Mention> out = null;
    for (int i = 0; i < mentions.actors().size(); i++) {
      Mention m = mentions.actors().get(i);
      List<String> others = homonyms.apply(m.text());
      if (others.isEmpty() || !(m.entry() instanceof DictionaryEntry.Named main) || main.code().length() < 3) {
        continue;
      }
      List<String> named = countries(mentions.actors().stream().filter(o -> o != m).map(Mention::entry).toList());
      named.addAll(countries(this.others));
      named.addAll(countries(people));
      List<String> namesakes = others.stream().filter(c -> named.contains(c.substring(0, 3))).toList();
      if (named.contains(main.code().substring(0, 3)) || namesakes.size() != 1) {
        continue;
      }
      out = out == null ? new ArrayList<>(mentions.actors()) : out;
      // a namesake with a role is an organisation ("RSF" in Sudan is the Rapid Support Forces), not a place
      PhraseKind kind = namesakes.get(0).length() > 3 ? PhraseKind.NAME : PhraseKind.PLACE;
      out.set(i, new Mention(m.start(), m.end(), new DictionaryEntry.Named(namesakes.get(0), kind), m.text()));
    }
    return out == null ? mentions : new SentenceMentions(out, mentions.roles());
  }

  /** The countries (first three letters of the codes) of dictionary entries. */
  private static List<String> countries(List<DictionaryEntry> entries) {
    List<String> out = new ArrayList<>();
    for (DictionaryEntry e : entries) {
      String code = ActorResolver.codeOf(e, null);
      if (code.length() >= 3) {
        out.add(code.substring(0, 3));
      }
    }
    return out;
  }

  /** Acronyms defined by the article: written letters → the organisation they stand for. */
  private final Map<String, DictionaryEntry> acronyms = new java.util.HashMap<>();

  /** Small words left out of an organisation's initials: "Forces for the Defence of Democracy" = FDD. */
  private static final Set<String> NOT_INITIALS = Set.of("of", "the", "for", "and", "in", "on", "to", "de", "la", "du", "des");

  /**
   * Records the acronyms a sentence defines: a name followed by letters in brackets ("the Nigerian
   * Union of Teachers (NUT)") and a name of several capitalised words, by its initials ("Rapid Support
   * Forces" → RSF), so that the same letters later in the article mean that organisation.
   */
  private void defineAcronyms(SentenceMentions mentions, List<Token> tokens) {
    for (Mention m : mentions.actors()) {
      if (!(m.entry() instanceof DictionaryEntry.Named named) || named.code().isEmpty() || named.kind() == PhraseKind.ACRONYM) {
        continue;
      }
      int open = m.end();
      if (open + 2 < tokens.size() && isBracket(tokens.get(open)) && isBracket(tokens.get(open + 2))
          && acronym(tokens.get(open + 1).word())) {
        acronyms.put(tokens.get(open + 1).word(), m.entry());
      }
      StringBuilder initials = new StringBuilder();
      boolean names = true;
      for (String w : org.entente.model.WordKey.parts(m.text())) {
        if (NOT_INITIALS.contains(w.toLowerCase(Locale.ROOT))) {
          continue;
        }
        names &= Character.isUpperCase(w.charAt(0));
        initials.append(w.charAt(0));
      }
      if (names && initials.length() >= 3 && named.kind() == PhraseKind.NAME) {
        acronyms.putIfAbsent(initials.toString(), m.entry());
      }
    }
  }

  /** Owned role phrases by their last word ("ministry" of "South Korea's foreign ministry"), latest kept. */
  private final Map<String, String> ownedRoles = new java.util.HashMap<>();
  /** Owned role phrases by their role ("MIL" of "Pakistan's army"), latest kept. */
  private final Map<String, String> ownedRoleKinds = new java.util.HashMap<>();

  /**
   * Records the role phrases of a sentence that name their country ("South Korea's foreign ministry",
   * "the Japanese Embassy"), so that "the ministry" later is that one, not a ministry of the last country
   * named; and the initials of a capitalised one ("South Korea's Joint Chiefs of Staff ... The JCS said").
   */
  public void rememberOwnedRoles(SentenceGraph g, SentenceMentions mentions) {
    for (Mention r : mentions.roles()) {
      if (mentions.actorAt(r.start()).isPresent() || !(r.entry() instanceof DictionaryEntry.RoleWord role)) {
        continue;
      }
      String country = "";
      for (int t = r.start(); t < r.end(); t++) {
        for (Dependency d : g.children(t)) {
          int o = d.dependent();
          boolean owner = d.relation().equals("nmod:poss") || d.base().equals("amod") || d.base().equals("compound");
          if (owner && (o < r.start() || o >= r.end())) {
            String code = mentions.actorAt(o).map(m -> ActorResolver.codeOf(m.entry(), null)).orElse("");
            country = code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO") ? code.substring(0, 3) : country;
          }
        }
      }
      if (country.isEmpty()) {
        continue;
      }
      String code = country + role.role();
      ownedRoles.put(g.token(r.end() - 1).key(), code);
      ownedRoleKinds.put(role.role(), code);
      StringBuilder initials = new StringBuilder();
      boolean names = true;
      for (int t = r.start(); t < r.end(); t++) {
        String w = g.token(t).word();
        if (!NOT_INITIALS.contains(w.toLowerCase(Locale.ROOT))) {
          names &= Character.isUpperCase(w.charAt(0));
          initials.append(w.charAt(0));
        }
      }
      if (names && initials.length() >= 3) {
        acronyms.put(initials.toString(), new DictionaryEntry.Named(code, PhraseKind.ACRONYM, List.of()));
      }
    }
  }

  private static boolean isBracket(Token t) {
    return t.word().equals("(") || t.word().equals(")") || t.pos().equals("-LRB-") || t.pos().equals("-RRB-");
  }

  /** Two to eight capital letters (digits and a hyphen allowed): "NUT", "SPLM-N", "M23". */
  private static boolean acronym(String w) {
    return w.matches("[A-Z][A-Z0-9&-]{1,7}") && w.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /**
   * Records where the article is filed from ("NAIROBI —") as the first place it names, so that an
   * unowned "police" or "the country" in its first sentence has somewhere to belong.
   */
  public void filedFrom(DictionaryEntry place) {
    push(place);
    String code = ActorResolver.codeOf(place, null);
    filedFrom = code.length() >= 3 ? code.substring(0, 3) : null;
  }

  /** The country of the article's dateline, if it has one the dictionary knows. */
  public java.util.Optional<String> filedFromCountry() {
    return java.util.Optional.ofNullable(filedFrom);
  }

  /**
   * The country (first three letters of the code) of the place or country named last, if any; an
   * international organisation is no country ("... according to a UN report. The RSF denied targeting
   * civilians": Sudan's).
   */
  public java.util.Optional<String> lastCountry() {
    for (int i = others.size() - 1; i >= 0; i--) {
      String code = ActorResolver.codeOf(others.get(i), null);
      if (code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO")) {
        return java.util.Optional.of(code.substring(0, 3));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The code of the place or country named last outside {@code countries} (three-letter prefixes), if any:
   * the other party of a reaction.
   */
  public java.util.Optional<String> lastCountryOtherThan(java.util.Set<String> countries) {
    if (countries.contains("")) {
      return java.util.Optional.empty(); // an actor of no known country cannot say who the other side is
    }
    for (int i = others.size() - 1; i >= 0; i--) {
      String code = ActorResolver.codeOf(others.get(i), null);
      if (code.length() >= 3 && !countries.contains(code.substring(0, 3))) {
        return java.util.Optional.of(code);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * "She also invited him to visit Nara": an object pronoun never stands for its own clause's subject, so
   * "him" is the latest person remembered who is not {@code subject}; empty when there is none.
   */
  public List<Actor> personOtherThan(Actor subject, Token at, LocalDate day) {
    for (int i = people.size() - 1; i >= 0; i--) {
      String code = ActorResolver.codeOf(people.get(i), day);
      if (!code.isEmpty() && !code.equals(subject.code())) {
        return List.of(new Actor(code, at.word(), at.begin(), at.end()));
      }
    }
    return List.of();
  }

  /**
   * Records the sources of an event ("Saudi Arabia and Iran agreed"), so that a later act noun ("the
   * deal", "the launches") can point back to them.
   */
  public void eventSources(List<Actor> sources) {
    List<Actor> known = sources.stream().filter(Actor::known).toList();
    if (!known.isEmpty()) {
      lastEventSources = known;
    }
    if (known.stream().map(Actor::country).distinct().count() >= 2) {
      lastGroupSources = known;
    }
  }

  /**
   * Records who spoke last ("Kim Jong Un said his forces were ready"), so that "the remarks" in a later
   * reaction are that speaker's, though saying is coded as no event.
   */
  public void speakers(List<Actor> speakers) {
    this.speakers.record(speakers);
  }

  /** The last speakers, without those of {@code countries}; empty when none. */
  public List<Actor> lastSpeakersOtherThan(java.util.Set<String> countries) {
    return speakers.otherThan(countries);
  }

  /**
   * Records the last coordination of two or more countries or organisations named in a sentence
   * ("Sweden and Finland formally applied to join NATO"), for "the two countries" later on.
   */
  public void coordinations(SentenceGraph g, SentenceMentions mentions) {
    // "France and Germany urged Israel and Hamas ...": the coordinated subjects, acting, are whom "the two
    // countries" next takes up, rather than the objects named after them
    boolean subjects = false;
    for (Mention m : mentions.actors()) {
      int head = m.end() - 1;
      List<Actor> group = new ArrayList<>();
      for (int c : g.descendants(head, d -> d.base().equals("conj") && !d.subtype().equals("but"))) {
        mentions.actorAt(c).filter(x -> !(x.entry() instanceof DictionaryEntry.PersonName)).ifPresent(x -> {
          String code = ActorResolver.codeOf(x.entry(), null);
          if (code.length() >= 3 && group.stream().noneMatch(a -> a.country().equals(code.substring(0, 3)))) {
            group.add(new Actor(code, x.text(), -1, -1));
          }
        });
      }
      Dependency up = g.head(head);
      boolean subject = up != null && up.base().startsWith("nsubj");
      if (group.size() >= 2 && (subject || !subjects)) {
        lastGroupSources = group;
        subjects |= subject;
      }
    }
  }

  /** Who last fired, launched or sent weapons ("fired ballistic missiles", "hit by Russian missiles"). */
  private final RecentActors weaponUsers = new RecentActors();

  /**
   * Records who used weapons in the latest event that names them, so that "five of <b>the missiles</b>
   * landed in its zone" or "shot down 72 of <b>the missiles</b>" in a later clause are theirs.
   */
  public void weaponUsers(List<Actor> users) {
    weaponUsers.record(users);
  }

  /** Who last used weapons, without those of {@code countries}; empty when none. */
  public List<Actor> lastWeaponUsersOtherThan(java.util.Set<String> countries) {
    return weaponUsers.otherThan(countries);
  }

  /** Records the known sources and targets of an event of the current sentence. */
  public void eventParties(List<Actor> sources, List<Actor> targets) {
    lastEventTargets = targets.stream().filter(Actor::known).toList();
    for (List<Actor> side : List.of(sources, targets)) {
      side.stream().filter(Actor::known).forEach(partiesThisSentence::add);
    }
  }

  /** The known targets of the latest event, for an act that repeats it ("China also protested"). */
  private List<Actor> lastEventTargets = List.of();

  /** The targets of the latest event, without those of {@code notThis}'s country; empty when none. */
  public List<Actor> lastEventTargetsOtherThan(Actor notThis) {
    return lastEventTargets.stream().filter(a -> !a.country().equals(notThis.country())).toList();
  }

  /** The sources of the latest event, without those of {@code notThis}'s country; empty when none. */
  public List<Actor> lastEventSourcesOtherThan(Actor notThis) {
    return lastEventSources.stream().filter(a -> !a.country().equals(notThis.country())).toList();
  }

  private void push(DictionaryEntry e) {
    List<DictionaryEntry> list = e instanceof DictionaryEntry.PersonName ? people : others;
    if (e instanceof DictionaryEntry.RoleWord) {
      return;
    }
    list.remove(e);
    list.add(e);
    if (e instanceof DictionaryEntry.PersonName p) {
      for (String w : org.entente.model.WordKey.parts(p.person().name())) {
        if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) {
          nameWords.putIfAbsent(org.entente.model.WordKey.of(w), e);
        }
      }
    }
  }

  /**
   * The actors a pronoun or group noun at {@code node} refers to, or an empty list when {@code node}
   * is neither or nothing fits. Phrases of the same sentence come first, resolved by {@code heads}.
   */
  public List<Actor> resolve(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day,
      IntFunction<List<Actor>> heads) {
    Token t = g.token(node);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (FIRST_PERSON.contains(w) && (t.isPronoun() || t.pos().equals("PRP$"))) {
      // "\"We will never accept it,\" the spokesperson said": the speaker of the quote; a quote that
      // goes on in the next sentence without attribution is still theirs
      List<Actor> speaker = Antecedents.quoteSpeaker(g, node, heads);
      if (!speaker.isEmpty()) {
        lastQuoteSpeaker = speaker;
      } else if (Antecedents.continuesQuote(g)) {
        speaker = lastQuoteSpeaker;
      }
      return speaker.stream().map(a -> new Actor(a.code(), t.word(), t.begin(), t.end())).toList();
    }
    if (t.isPronoun() || t.pos().equals("PRP$")) {
      Antecedents.Kind kind = PERSON_PRONOUNS.contains(w) ? Antecedents.Kind.PERSON
          : THING_PRONOUNS.contains(w) ? Antecedents.Kind.THING
          : GROUP_PRONOUNS.contains(w) ? Antecedents.Kind.GROUP : null;
      if (kind == null) {
        return List.of();
      }
      Set<String> aimed = w.equals("it") ? aimedFrom(g, mentions, node, day) : Set.of();
      if (!aimed.isEmpty()) {
        // "China launched military drills around it": the country aimed at is not the clause's own subject
        List<Actor> country = last(withMentionsBefore(others, mentions, node, false, aimed).stream()
            .filter(e -> !international(e)).toList(), 1, t, day);
        if (!country.isEmpty()) {
          return country;
        }
      }
      java.util.Optional<List<Actor>> here = Antecedents.of(g, mentions, node, kind, heads);
      if (here.isPresent()) {
        return here.get().stream().map(a -> new Actor(a.code(), t.word(), t.begin(), t.end())).toList();
      }
      return switch (kind) {
        case PERSON -> last(people, 1, t, day);
        case THING -> last(others, 1, t, day);
        case GROUP -> {
          List<Actor> group = last(others, 2, t, day);
          yield group.size() == 2 ? group : List.of();
        }
      };
    }
    if (t.isNoun() && mentions.actorAt(node).isEmpty()) {
      // "gunners on both sides of the Line of Control exchanged fire": those on both sides are the two sides
      for (int side : g.children(node, "nmod:on")) {
        if (g.token(side).key().equals("side") && count(g, side) != null && count(g, side) == 2) {
          List<Actor> two = resolve(g, mentions, side, day, heads);
          if (two.size() == 2) {
            return two;
          }
        }
      }
    }
    if (isOther(g, node)) {
      // "each side accused the other": the two parties just named, each acting on the other.
      List<Actor> two = Antecedents.groupBefore(g, mentions, node, heads);
      if (two.isEmpty()) {
        two = lastEventSources.size() >= 2 ? lastEventSources : last(others, 2, t, day);
      }
      return two.size() >= 2 ? two.stream().map(a -> new Actor(a.code(), t.word(), t.begin(), t.end())).toList()
          : List.of();
    }
    // "The military accused ...": a role word heading a phrase is a noun, whatever tag the tagger gave it
    if (!t.isNoun() && (mentions.roleAt(node).isEmpty() || !g.token(node).pos().startsWith("JJ"))) {
      return List.of();
    }
    String lemma = t.key();
    Integer count = count(g, node);
    boolean definite = g.children(node, "det").stream().anyMatch(d -> g.token(d).word().equalsIgnoreCase("the"));
    if (count != null && GROUP_NOUNS.contains(lemma)) {
      List<Actor> members = group(g, mentions, node, count, day, heads);
      java.util.Optional<Mention> role = mentions.roleAt(node);
      if (role.isPresent() && role.get().entry() instanceof DictionaryEntry.RoleWord r && !r.role().isEmpty()) {
        // "the two governments", "both leaders" after "Seoul and Beijing": each country's government
        return members.stream().map(a -> a.code().length() == 3 && !a.code().equals("IGO") && !a.code().equals("NGO")
            ? new Actor(a.code() + r.role(), a.text(), a.begin(), a.end()) : a).toList();
      }
      return members;
    }
    java.util.Optional<Mention> ownRole = mentions.roleAt(node);
    if (ownRole.isPresent() && mentions.actorAt(node).isEmpty()) {
      // "the ambassadors of both countries": a role word of a pair taken up is each one's
      for (int of : g.children(node, "nmod:of")) {
        Integer n = count(g, of);
        if (n != null && STATE_NOUNS.contains(g.token(of).key())) {
          String role = ((DictionaryEntry.RoleWord) ownRole.get().entry()).role();
          List<Actor> each = group(g, mentions, of, n, day, heads).stream()
              .filter(a -> a.code().length() >= 3 && !a.code().startsWith("IGO") && !a.code().startsWith("NGO"))
              .map(a -> new Actor(a.code().substring(0, 3) + role, t.word(), t.begin(), t.end())).toList();
          if (each.size() == n) {
            return each;
          }
        }
      }
    }
    if (definite && COUNTRY_NOUNS.contains(lemma) && bare(g, mentions, node)) {
      // "the country", "the island": the country or place named last, in this sentence first; "the
      // government" is that country's government.
      // Only a state fills them: "Mali ordered the UN mission to leave ... the junta" is not the UN.
      List<Actor> country = last(withMentionsBefore(others, mentions, node, false, aimedFrom(g, mentions, node, day)).stream()
          .filter(e -> !international(e)).toList(), 1, t, day);
      if (country.isEmpty()) {
        country = last(withMentionsBefore(others, mentions, node, false, Set.of()).stream()
            .filter(e -> !international(e)).toList(), 1, t, day);
      }
      java.util.Optional<Mention> office = mentions.roleAt(node);
      if (office.isPresent() && country.size() == 1 && country.get(0).code().length() == 3
          && !country.get(0).code().equals("IGO") && !country.get(0).code().equals("NGO")) {
        Actor c = country.get(0);
        return List.of(new Actor(c.code() + ((DictionaryEntry.RoleWord) office.get().entry()).role(), c.text(), c.begin(), c.end()));
      }
      return country;
    }
    if (definite && BODY_NOUNS.contains(lemma) && bareOrName(g, mentions, node)) {
      // "the European Union ... the Commission's probe", "the IAEA ... the agency's investigation": a
      // body named by its kind is the organisation named last, if one was.
      List<Actor> body = last(withMentionsBefore(others, mentions, node, false, Set.of()).stream()
          .filter(Discourse::international).toList(), 1, t, day);
      if (!body.isEmpty()) {
        return body;
      }
    }
    if (definite && ORGANISATION_NOUNS.contains(lemma) && bare(g, mentions, node)) {
      // "hijacked by Houthi rebels ... talking directly to the group": the organisation named last.
      // "the African Union said ... The group denied": a group, movement or militia is no intergovernmental body.
      boolean armed = !BLOC_NOUNS.contains(lemma);
      List<DictionaryEntry> organisations = withMentionsBefore(others, mentions, node, false, Set.of()).stream()
          .filter(e -> organisation(e) && !(armed && ActorResolver.codeOf(e, null).startsWith("IGO"))).toList();
      return last(organisations, 1, t, day);
    }
    if (definite && ORGANISATION_NOUNS.contains(lemma)) {
      // "Hamas ... the militant group released": an organisation named last of the kind the adjective says
      String kind = describedKind(g, mentions, node);
      List<Actor> named = kind == null ? List.of() : last(withMentionsBefore(others, mentions, node, false, Set.of())
          .stream().filter(e -> organisation(e) && ActorResolver.codeOf(e, null).startsWith(kind, 3)).toList(), 1, t, day);
      if (!named.isEmpty()) {
        return named;
      }
    }
    // "the ministry", "the military": a role word with no owner of its own belongs to the last country named.
    java.util.Optional<Mention> role = mentions.roleAt(node);
    if (definite && role.isPresent() && bare(g, mentions, node)) {
      // "Huawei ... the company", "the Washington Post ... the newspaper": a firm or an outlet taken up
      // by its kind is the last one named, not a firm or outlet of the last country.
      String kind = ((DictionaryEntry.RoleWord) role.get().entry()).role();
      List<DictionaryEntry> sameKind = !NAMED_KINDS.contains(kind) ? List.of()
          : withMentionsBefore(others, mentions, node, false, Set.of()).stream()
              .filter(e -> ActorResolver.codeOf(e, null).startsWith(kind, 3)).toList();
      List<Actor> named = last(sameKind, 1, t, day);
      if (!named.isEmpty()) {
        return named;
      }
    }
    if (definite && role.isPresent() && !(g.descendants(node, d -> !d.base().equals("acl")).stream()
        .anyMatch(i -> mentions.actorAt(i).isPresent()))) {
      // An organisation has officials, but no army, police or rebels: "ECOWAS demanded his release.
      // France did not recognise the coup leaders" are the last country's.
      boolean stateRole = !((DictionaryEntry.RoleWord) role.get().entry()).role().equals("GOV");
      List<Actor> owner = spokenOfByOwnBody(g, node, role.get(), heads);
      String kind = ((DictionaryEntry.RoleWord) role.get().entry()).role();
      String named = ownedRoles.get(lemma);
      if (named == null && stateRole && STATE_ORGANS.contains(kind)) {
        // "Pakistan's army said ... The military accused Afghanistan": the same kind of organ, other words
        named = ownedRoleKinds.get(kind);
      }
      if (owner.isEmpty() && named != null && named.endsWith(kind)) {
        owner = List.of(new Actor(named.substring(0, 3), "", 0, 0));
      }
      owner = !owner.isEmpty() ? owner : last(stateRole ? others.stream().filter(e -> !international(e)).toList() : others, 1, t, day);
      if (!owner.isEmpty() && owner.get(0).code().length() >= 3) {
        String country = owner.get(0).code().substring(0, 3);
        String code = country.equals("IGO") || country.equals("NGO") ? owner.get(0).code()
            : country + ((DictionaryEntry.RoleWord) role.get().entry()).role();
        int[] span = g.span(node, d -> d.base().equals("det") || d.base().equals("amod") || d.base().equals("compound"));
        return List.of(new Actor(code, ActorDictionary.text(g.sentence().tokens(), span[0], span[1] + 1),
            g.token(span[0]).begin(), g.token(span[1]).end()));
      }
    }
    return List.of();
  }

  /** Roles of a state's own organs, which its other organs speak of without naming the owner. */
  private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  /**
   * "The JCS said the military has strengthened surveillance": an unowned state organ spoken of by a
   * body of one country (not the country itself, nor an organisation) is that body's country's, not
   * the last country named; empty otherwise.
   */
  private static List<Actor> spokenOfByOwnBody(SentenceGraph g, int node, Mention role, IntFunction<List<Actor>> heads) {
    if (!STATE_ORGANS.contains(((DictionaryEntry.RoleWord) role.entry()).role())) {
      return List.of();
    }
    Set<String> countries = new java.util.HashSet<>();
    for (Actor a : Antecedents.subjectsAbove(g, node, heads)) {
      countries.add(a.code().length() >= 6 && !a.country().equals("IGO") && !a.country().equals("NGO") ? a.country() : "");
    }
    return countries.size() == 1 && !countries.contains("") ? List.of(new Actor(countries.iterator().next(), "", 0, 0))
        : List.of();
  }

  /** The number a phrase counts ("the two countries", "both leaders"), or null. */
  private static Integer count(SentenceGraph g, int node) {
    Integer count = null;
    for (Dependency d : g.children(node)) {
      String c = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (NUMBERS.containsKey(c) && (d.base().equals("nummod") || d.base().equals("det") || d.base().equals("cc:preconj"))) {
        count = NUMBERS.get(c);
      }
    }
    return count;
  }

  /**
   * "the two countries", "both leaders", "the three countries" at {@code node}: a coordination named
   * before in the sentence ("India and Pakistan agreed ..., and both countries"); else the parties of
   * the latest event of the sentence ("Takaichi hosted Trump ..., and the two leaders signed"); else
   * the latest sources that were several countries ("Sweden and Finland applied"); else the last actors named, in earlier sentences or before it in this one, leaving out those of the
   * clauses that speak of them ("Erdogan said he would block the bids unless the two countries ...").
   */
  private List<Actor> group(SentenceGraph g, SentenceMentions mentions, int node, int count, LocalDate day,
      IntFunction<List<Actor>> heads) {
    Token t = g.token(node);
    boolean persons = Set.of("leader", "minister", "president").contains(t.key());
    // "the two neighbours have not held talks" after Pakistan, India and the UN were named: states only
    boolean states = STATE_NOUNS.contains(t.key());
    // and no armed group or party either: "urged Israel and Hamas ... Both countries" are not Israel and Hamas
    java.util.function.Predicate<String> fits = code -> !states || !(code.startsWith("IGO") || code.startsWith("NGO"))
        && (code.length() <= 3 || STATE_ORGANS.contains(code.substring(3, Math.min(6, code.length()))));
    List<Actor> pair = Antecedents.groupBefore(g, mentions, node, heads);
    if (pair.size() != count) {
      pair = Antecedents.groupInLaterClause(g, node, heads);
    }
    if (pair.size() == count && !persons) {
      return pair.stream().map(a -> new Actor(a.code(), t.word(), t.begin(), t.end())).toList();
    }
    Map<String, Actor> parties = new LinkedHashMap<>();
    for (Actor a : partiesThisSentence) {
      if (!fits.test(a.code())) {
        continue;
      }
      parties.putIfAbsent(a.country(), new Actor(persons ? a.code() : a.country(), t.word(), t.begin(), t.end()));
    }
    if (parties.size() == count) {
      return List.copyOf(parties.values());
    }
    // "Sweden and Finland applied to join NATO ... Erdogan said he would block the bids unless the two countries ..."
    Map<String, Actor> coordinated = new LinkedHashMap<>();
    for (Actor a : lastGroupSources) {
      if (!fits.test(a.code())) {
        continue;
      }
      coordinated.putIfAbsent(a.country(), new Actor(persons ? a.code() : a.country(), t.word(), t.begin(), t.end()));
    }
    if (coordinated.size() == count) {
      return List.copyOf(coordinated.values());
    }
    Set<String> speakers = Antecedents.subjectCountriesAbove(g, node, heads,
        s -> mentions.actorAt(s).isPresent() || mentions.roleAt(s).isPresent() || g.token(s).isPronoun() || g.token(s).isProperNoun());
    List<DictionaryEntry> namedPeople = withMentionsBefore(people, mentions, node, true, speakers);
    List<DictionaryEntry> namedOthers = withMentionsBefore(others, mentions, node, false, speakers);
    namedOthers.removeIf(e -> !fits.test(ActorResolver.codeOf(e, day)));
    List<Actor> group = last(persons ? namedPeople : namedOthers, count, t, day);
    if (group.size() < count && persons) {
      group = last(namedOthers, count, t, day);
    }
    if (group.size() < count && !persons) {
      // "Yoon met Kishida. The two countries agreed...": the countries of the people just named.
      group = new ArrayList<>();
      for (Actor a : last(namedPeople, count, t, day)) {
        group.add(new Actor(a.country(), a.text(), a.begin(), a.end()));
      }
    }
    return group.size() == count ? group : List.of();
  }

  /** Roles of bodies usually named before they are taken up by their kind: companies and news outlets. */
  private static final Set<String> NAMED_KINDS = Set.of("BUS", "MED");

  /** Nouns for the kind of body an international organisation is: "the agency", "the Commission". */
  private static final Set<String> BODY_NOUNS = Set.of(
      "agency", "commission", "council", "court", "tribunal", "watchdog", "body", "organisation", "organization",
      "union", "league", "forum", "fund", "bank", "mission", "assembly");

  /** An international organisation (IGO, NGO), the only bodies a bare "the agency" can name across sentences. */
  private static boolean international(DictionaryEntry e) {
    String code = ActorResolver.codeOf(e, null);
    return code.startsWith("IGO") || code.startsWith("NGO");
  }

  /** {@link #bare} for common nouns, and a capitalised singular name of the same kind ("the Commission"). */
  private static boolean bareOrName(SentenceGraph g, SentenceMentions mentions, int node) {
    if (mentions.actorAt(node).isPresent()) {
      return false;
    }
    String pos = g.token(node).pos();
    return (pos.equals("NN") || pos.equals("NNP")) && g.children(node).stream()
        .allMatch(d -> d.base().equals("det") || d.base().equals("case") || d.base().equals("punct")
            || d.base().equals("amod") && mentions.actorAt(d.dependent()).isEmpty() && mentions.roleAt(d.dependent()).isEmpty());
  }

  /** An organisation or armed group, not a country nor a government named by its seat ("Washington"). */
  private static boolean organisation(DictionaryEntry e) {
    String code = ActorResolver.codeOf(e, null);
    boolean seat = e instanceof DictionaryEntry.Named n && n.kind() == PhraseKind.METONYM;
    return code.length() > 3 && !seat && !code.startsWith("GOV", 3);
  }

  /**
   * A singular noun with nothing but its article and adjectives that name no actor: "the country",
   * "the war-torn nation"; not "the country's north" or "the Japanese government".
   */
  /** Prepositions that aim an act at a place away from its actor: "drills around the island". */
  private static final Set<String> AIMED_AT = Set.of("around", "near", "off", "toward", "towards", "against", "into");

  /**
   * "China launched military drills around the island": a country noun that an act is aimed at by one of
   * {@link #AIMED_AT} is not the country of the clause's own named subject (China was named last, the
   * island is Taiwan). The subject's country, or none.
   */
  private static Set<String> aimedFrom(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    Dependency up = g.head(node);
    if (up == null || up.governor() < 0 || !(up.base().equals("nmod") || up.base().equals("obl"))
        || !AIMED_AT.contains(up.subtype())) {
      return Set.of();
    }
    int v = up.governor();
    for (int step = 0; step < 3 && !g.token(v).isVerb(); step++) {
      Dependency above = g.head(v);
      if (above == null || above.governor() < 0 || !(above.base().equals("obj") || above.base().equals("nmod")
          || above.base().equals("obl"))) {
        return Set.of();
      }
      v = above.governor();
    }
    if (!g.token(v).isVerb()) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    for (int s : g.children(v, "nsubj")) {
      mentions.actorAt(s).ifPresent(m -> {
        String code = ActorResolver.codeOf(m.entry(), day);
        if (code.length() >= 3) {
          out.add(code.substring(0, 3));
        }
      });
    }
    return out;
  }

  private static boolean bare(SentenceGraph g, SentenceMentions mentions, int node) {
    return g.token(node).pos().equals("NN") && g.children(node).stream()
        .allMatch(d -> d.base().equals("det") || d.base().equals("case") || d.base().equals("punct")
            || d.base().equals("amod") && mentions.actorAt(d.dependent()).isEmpty() && mentions.roleAt(d.dependent()).isEmpty()
            || gerundOf(g, d));
  }

  /**
   * "accusing the bloc of serving foreign interests": the parser often hangs what the accused did on
   * the noun, as an "of" phrase opening with a gerund; it describes the act, not which bloc.
   */
  private static boolean gerundOf(SentenceGraph g, Dependency d) {
    if (!d.relation().equals("nmod:of") && !d.relation().equals("acl:of")) {
      return false;
    }
    return g.children(d.dependent(), "case", "mark").stream()
        .anyMatch(c -> c + 1 < g.sentence().tokens().size() && g.token(c + 1).pos().equals("VBG"));
  }

  /**
   * The role an adjective gives a singular noun that has nothing else but its article ("the
   * <b>militant</b> group", "the <b>rebel</b> movement"), or null.
   */
  private static String describedKind(SentenceGraph g, SentenceMentions mentions, int node) {
    String kind = null;
    if (!g.token(node).pos().equals("NN")) {
      return null;
    }
    for (Dependency d : g.children(node)) {
      java.util.Optional<Mention> role = mentions.roleAt(d.dependent());
      boolean describes = (d.base().equals("amod") || d.base().equals("compound")) && role.isPresent()
          && mentions.actorAt(d.dependent()).isEmpty() && role.get().entry() instanceof DictionaryEntry.RoleWord;
      if (describes) {
        kind = ((DictionaryEntry.RoleWord) role.get().entry()).role();
      } else if (!(d.base().equals("det") || d.base().equals("case") || d.base().equals("punct"))) {
        return null;
      }
    }
    return kind;
  }

  /** "each side", "each country", "the other", "the other side": one of a pair named just before. */
  private static boolean isOther(SentenceGraph g, int node) {
    Token t = g.token(node);
    String lemma = t.key();
    boolean each = g.children(node, "det").stream().anyMatch(d -> g.token(d).word().equalsIgnoreCase("each"));
    boolean other = lemma.equals("other") || g.children(node, "amod").stream()
        .anyMatch(d -> g.token(d).word().equalsIgnoreCase("other"));
    return (each && GROUP_NOUNS.contains(lemma)) || other && (lemma.equals("other") || GROUP_NOUNS.contains(lemma))
        && g.children(node, "det").stream().anyMatch(d -> g.token(d).word().equalsIgnoreCase("the"));
  }

  /**
   * {@code remembered} followed by the people (or countries and organisations, not adjectives) named
   * before {@code node} in its sentence, without those of the countries in {@code leftOut}.
   */
  private static List<DictionaryEntry> withMentionsBefore(List<DictionaryEntry> remembered, SentenceMentions mentions,
      int node, boolean persons, Set<String> leftOut) {
    List<DictionaryEntry> out = new ArrayList<>(remembered);
    for (Mention m : mentions.actors()) {
      boolean adjective = m.entry() instanceof DictionaryEntry.Named n && n.kind() == PhraseKind.ADJECTIVE;
      if (m.end() <= node && (m.entry() instanceof DictionaryEntry.PersonName) == persons && !adjective) {
        out.remove(m.entry());
        out.add(m.entry());
      }
    }
    out.removeIf(e -> {
      String code = ActorResolver.codeOf(e, null);
      return code.length() >= 3 && leftOut.contains(code.substring(0, 3));
    });
    return out;
  }

  private static List<Actor> last(List<DictionaryEntry> list, int n, Token at, LocalDate day) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (int i = list.size() - 1; i >= 0 && out.size() < n; i--) {
      String code = ActorResolver.codeOf(list.get(i), day);
      if (!code.isEmpty()) {
        out.putIfAbsent(code.substring(0, Math.min(3, code.length())) + (n == 1 ? code : ""),
            new Actor(code, at.word(), at.begin(), at.end()));
      }
    }
    List<Actor> actors = new ArrayList<>(out.values());
    java.util.Collections.reverse(actors);
    return actors;
  }
}
