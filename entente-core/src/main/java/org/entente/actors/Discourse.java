package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "government", "state");
  private static final Set<String> GROUP_NOUNS = Set.of(
      "country", "nation", "leader", "side", "government", "neighbour", "neighbor", "ally", "minister",
      "capital", "president", "party", "partner", "rival");
  private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "both", 2, "three", 3, "four", 4);

  /** Most recent last: entries of people and of countries/organisations. */
  private final List<DictionaryEntry> people = new ArrayList<>();
  private final List<DictionaryEntry> others = new ArrayList<>();
  /** Words of the full names of people already named in full: "Kishida" after "Fumio Kishida". */
  private final Map<String, DictionaryEntry> nameWords = new java.util.HashMap<>();
  /** The sources of the latest event, for targets that name an act ("condemned the launches"). */
  private List<Actor> lastEventSources = List.of();
  /** The country of the dateline ("NIAMEY —"), or null. */
  private String filedFrom;

  /** Records the actors of a sentence, in text order; {@code sources} (event sources) count as most recent. */
  public void remember(List<Mention> mentions, List<DictionaryEntry> sources) {
    for (Mention m : mentions) {
      push(m.entry());
    }
    for (DictionaryEntry e : sources) {
      push(e);
    }
  }

  /**
   * The mentions of a sentence with, added, single name words of people named in full earlier in the
   * article ("Lee" after "Lee Jae-myung"): a surname alone is ambiguous in a dictionary, not in an article.
   */
  public SentenceMentions withKnownNames(SentenceMentions mentions, List<Token> tokens) {
    if (nameWords.isEmpty()) {
      return mentions;
    }
    List<Mention> extra = new ArrayList<>(mentions.actors());
    boolean added = false;
    for (Token t : tokens) {
      if (!t.isProperNoun() || mentions.actorAt(t.index()).isPresent()) {
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

  /** The country (first three letters of the code) of the place or country named last, if any. */
  public java.util.Optional<String> lastCountry() {
    for (int i = others.size() - 1; i >= 0; i--) {
      String code = ActorResolver.codeOf(others.get(i), null);
      if (code.length() >= 3) {
        return java.util.Optional.of(code.substring(0, 3));
      }
    }
    return java.util.Optional.empty();
  }

  /** The code of the place or country named last outside {@code country}, if any: the other party of a reaction. */
  public java.util.Optional<String> lastCountryOtherThan(String country) {
    for (int i = others.size() - 1; i >= 0; i--) {
      String code = ActorResolver.codeOf(others.get(i), null);
      if (code.length() >= 3 && !code.startsWith(country)) {
        return java.util.Optional.of(code);
      }
    }
    return java.util.Optional.empty();
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
   * is neither or nothing fits.
   */
  public List<Actor> resolve(SentenceGraph g, SentenceMentions mentions, int node, LocalDate day) {
    Token t = g.token(node);
    String w = t.word().toLowerCase(Locale.ROOT);
    if (t.isPronoun() || t.pos().equals("PRP$")) {
      boolean person = PERSON_PRONOUNS.contains(w);
      if (person || THING_PRONOUNS.contains(w)) {
        Mention here = antecedentInSentence(g, mentions, node, person);
        if (here != null) {
          return List.of(new Actor(ActorResolver.codeOf(here.entry(), day), t.word(), t.begin(), t.end()));
        }
      }
      if (person) {
        return last(people, 1, t, day);
      }
      if (THING_PRONOUNS.contains(w)) {
        return last(others, 1, t, day);
      }
      if (GROUP_PRONOUNS.contains(w)) {
        List<Actor> group = last(others, 2, t, day);
        return group.size() == 2 ? group : List.of();
      }
      return List.of();
    }
    if (!t.isNoun()) {
      return List.of();
    }
    String lemma = t.key();
    Integer count = null;
    boolean definite = false;
    for (Dependency d : g.children(node)) {
      String c = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (NUMBERS.containsKey(c) && (d.base().equals("nummod") || d.base().equals("det") || d.base().equals("cc:preconj"))) {
        count = NUMBERS.get(c);
      }
      if (d.base().equals("det") && c.equals("the")) {
        definite = true;
      }
    }
    if (count != null && GROUP_NOUNS.contains(lemma)) {
      boolean persons = Set.of("leader", "minister", "president").contains(lemma);
      List<Actor> group = last(persons ? people : others, count, t, day);
      if (group.size() < count && persons) {
        group = last(others, count, t, day);
      }
      if (group.size() < count && !persons) {
        // "Yoon met Kishida. The two countries agreed...": the countries of the people just named.
        group = new ArrayList<>();
        for (Actor a : last(people, count, t, day)) {
          group.add(new Actor(a.country(), a.text(), a.begin(), a.end()));
        }
      }
      return group.size() == count ? group : List.of();
    }
    if (definite && COUNTRY_NOUNS.contains(lemma) && t.pos().equals("NN")) {
      return last(others, 1, t, day);
    }
    // "the ministry", "the military": a role word with no owner of its own belongs to the last country named.
    java.util.Optional<Mention> role = mentions.roleAt(node);
    if (definite && role.isPresent() && !(g.descendants(node, d -> !d.base().equals("acl")).stream()
        .anyMatch(i -> mentions.actorAt(i).isPresent()))) {
      List<Actor> owner = last(others, 1, t, day);
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

  /**
   * The antecedent of a pronoun inside its own sentence: the subject of a clause that governs the
   * pronoun ("South Korea said <b>it</b> would...", "Japan restored <b>its</b> pact"), else the
   * nearest compatible actor before it.
   */
  private static Mention antecedentInSentence(SentenceGraph g, SentenceMentions mentions, int pronoun, boolean person) {
    java.util.BitSet seen = new java.util.BitSet();
    org.entente.model.Dependency head = g.head(pronoun);
    while (head != null && head.governor() >= 0 && !seen.get(head.governor())) {
      int v = head.governor();
      seen.set(v);
      for (int s : g.children(v, "nsubj", "nsubj:pass")) {
        if (s != pronoun && s < pronoun) {
          Mention m = mentions.actorAt(s).orElse(null);
          if (m != null && compatible(m, person)) {
            return m;
          }
        }
      }
      head = g.head(v);
    }
    Mention best = null;
    for (Mention m : mentions.actors()) {
      if (m.end() <= pronoun && compatible(m, person)) {
        best = m;
      }
    }
    return best;
  }

  private static boolean compatible(Mention m, boolean person) {
    boolean isPerson = m.entry() instanceof DictionaryEntry.PersonName;
    return person == isPerson && !(m.entry() instanceof DictionaryEntry.RoleWord);
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
