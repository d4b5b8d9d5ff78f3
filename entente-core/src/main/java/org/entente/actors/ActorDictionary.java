package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Token;
import org.entente.model.WordKey;

/**
 * An ActorDictionary knows the phrases that name actors (countries, organisations, people) and role
 * words, and finds them in tokenised text.
 *
 * <p>Immutable and thread-safe once built. Phrases are matched on whole words, longest match first;
 * case is ignored except for acronyms, and names must start with a capital letter in the text
 * ("China", not "china").
 */
public final class ActorDictionary {

  /**
   * One phrase of the index. {@code order} breaks ties: later files override earlier ones;
   * {@code wordsOnly} role phrases match the words of the text, never their lemmas.
   */
  record Phrase(List<String> parts, boolean exactCase, boolean anyCase, boolean wordsOnly, DictionaryEntry entry,
      int order) {}

  private final Map<String, List<Phrase>> actorIndex;
  private final Map<String, List<Phrase>> roleIndex;
  private final List<Person> people;
  private final int actorPhraseCount;
  /** For each code with short names: the countries one of which an article must have named first. */
  private final Map<String, java.util.Set<String>> shortContexts;

  /** For each phrase key of a homonym ({@link PhraseKind#HOMONYM}): the codes of its other places. */
  private final Map<String, List<String>> homonyms;

  private ActorDictionary(Map<String, Phrase> actors, Map<String, Phrase> roles, List<Person> people,
      Map<String, java.util.Set<String>> shortContexts, Map<String, List<String>> homonyms) {
    this.shortContexts = Map.copyOf(shortContexts);
    this.homonyms = Map.copyOf(homonyms);
    this.actorIndex = index(actors.values());
    this.roleIndex = index(roles.values());
    this.people = List.copyOf(people);
    this.actorPhraseCount = actors.size();
    this.countryNames = actors.values().stream()
        .filter(p -> p.parts().size() == 1 && !p.exactCase() && !p.anyCase() && p.parts().get(0).length() >= COUNTRY_SLIP_MIN
            && p.entry() instanceof DictionaryEntry.Named n && n.kind() == PhraseKind.NAME && n.code().length() == 3
            && !n.code().equals("IGO") && !n.code().equals("NGO"))
        .toList();
  }

  /** Single-word country names, for {@link #misspeltCountry}. */
  private final List<Phrase> countryNames;

  private static Map<String, List<Phrase>> index(Collection<Phrase> phrases) {
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Phrase p : phrases) {
      String first = p.exactCase() ? p.parts().get(0) : p.parts().get(0).toLowerCase(java.util.Locale.ROOT);
      index.computeIfAbsent(WordKey.of(first), k -> new ArrayList<>()).add(p);
    }
    Comparator<Phrase> longestFirst = Comparator.<Phrase>comparingInt(p -> -p.parts().size())
        .thenComparingInt(p -> -p.order());
    index.values().forEach(list -> list.sort(longestFirst));
    return index;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int actorPhraseCount() {
    return actorPhraseCount;
  }

  public List<Person> people() {
    return people;
  }

  /**
   * The countries (three-letter codes) one of which an article must have named before a short name
   * of {@code code} ({@link PhraseKind#SHORT}) stands for it; empty when it has none.
   */
  public java.util.Set<String> shortContext(String code) {
    return shortContexts.getOrDefault(code, java.util.Set.of());
  }

  /** The codes of the other places named by the words {@code text} ("Tripoli" → LBN); empty when none. */
  public List<String> homonyms(String text) {
    return homonyms.isEmpty() ? List.of() : homonyms.getOrDefault(homonymKey(text), List.of());
  }

  private static String homonymKey(String phrase) {
    List<String> parts = new ArrayList<>(WordKey.parts(phrase));
    if (parts.size() > 1 && parts.get(0).equalsIgnoreCase("the")) {
      parts.remove(0);
    }
    return String.join(" ", parts.stream().map(WordKey::of).toList());
  }

  /** Actor phrases (names, adjectives, metonyms, acronyms, people) in the tokens, left to right. */
  public List<Mention> findActors(List<Token> tokens) {
    return find(tokens, actorIndex, false);
  }

  /** Role words ("ministry", "warships") in the tokens, matched on lemmas, left to right. */
  public List<Mention> findRoles(List<Token> tokens) {
    return find(tokens, roleIndex, true);
  }

  /** The person who held {@code office} in {@code country} on {@code day}, if the dictionary knows. */
  public Optional<Person> holder(String country, String office, LocalDate day) {
    for (Person p : people) {
      if (p.holds(country, office, day)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The person holding {@code office} on {@code day} (in any country) one of whose name words is
   * {@code word}: "President Lee" in 2026 is Lee Jae-myung.
   */
  public Optional<Person> holderNamed(String word, String office, LocalDate day) {
    String key = WordKey.of(word);
    for (Person p : people) {
      boolean named = WordKey.parts(p.name()).stream().anyMatch(w -> WordKey.of(w).equals(key));
      if (named && p.periods().stream().anyMatch(r -> r.office().equals(office) && !r.isDefault() && r.contains(day))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private List<Mention> find(List<Token> tokens, Map<String, List<Phrase>> index, boolean onLemmas) {
    TokenParts parts = new TokenParts(tokens, onLemmas);
    List<Mention> out = new ArrayList<>();
    int p = 0;
    while (p < parts.size()) {
      if (!parts.startsToken(p)) {
        p++;
        continue;
      }
      Phrase best = best(parts, p, index.get(WordKey.of(parts.text(p))), onLemmas, null);
      if (onLemmas && !WordKey.of(parts.lemma(p)).equals(WordKey.of(parts.text(p)))) {
        best = best(parts, p, index.get(WordKey.of(parts.lemma(p))), true, best);
      }
      if (best == null && !onLemmas) {
        Mention led = ledOrBased(parts, p, index.get(WordKey.of(parts.text(p))), tokens);
        if (led != null) {
          out.add(led);
          p = parts.lastPartOf(led.end() - 1) + 1;
          continue;
        }
      }
      if (best == null && !onLemmas) {
        best = misspeltSurname(parts, p, index.get(WordKey.of(parts.text(p))));
      }
      if (best == null && !onLemmas && index == actorIndex) {
        best = misspeltCountry(parts, p);
      }
      if (best == null) {
        p++;
        continue;
      }
      int end = p + best.parts().size();
      int startToken = parts.token(p);
      int endToken = parts.token(end - 1) + 1;
      if (!(best.entry() instanceof DictionaryEntry.Named n && n.kind() == PhraseKind.WATER)) {
        out.add(new Mention(startToken, endToken, best.entry(), text(tokens, startToken, endToken)));
      }
      p = end;
    }
    return out;
  }

  /** Country names shorter than this are too alike to tell a slip from another name ("Iran", "Iraq"). */
  private static final int COUNTRY_SLIP_MIN = 8;

  /**
   * "Afganistan", "Ethopia": a capitalised word that no entry matches and that is a long country name with
   * one letter dropped or added, or two neighbours swapped, is that country. A changed letter is not
   * taken: it makes other real names ("Columbia" is a university and a province, not Colombia).
   */
  private Phrase misspeltCountry(TokenParts parts, int p) {
    if (!parts.capitalised(p) || !parts.lastOfToken(p)) {
      return null;
    }
    String have = WordKey.of(parts.text(p));
    for (Phrase phrase : countryNames) {
      String want = phrase.parts().get(0);
      if (!have.isEmpty() && have.charAt(0) == want.charAt(0) && oneSlip(have, want)
          && (have.length() != want.length() || swapped(have, want))) {
        return phrase;
      }
    }
    return null;
  }

  /** Whether two words of one length differ by two neighbouring letters swapped. */
  private static boolean swapped(String a, String b) {
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  /** Surnames shorter than this are too alike to tell a slip of the pen from another name. */
  private static final int SURNAME_SLIP_MIN = 6;

  /**
   * "President Abdelaziz Bouteflicka", "Laurent Gbago": news spells foreign surnames in several ways and
   * sometimes with a slip. A person's full name whose given names are written as the dictionary has them
   * and whose surname is one letter off (one letter added, dropped, changed or two swapped) is that
   * person. The surname alone never matches so, nor does a short surname ("Hussain" is not "Hussein"
   * without the given name that names him).
   */
  private static Phrase misspeltSurname(TokenParts parts, int p, List<Phrase> candidates) {
    if (candidates == null) {
      return null;
    }
    for (Phrase phrase : candidates) {
      int n = phrase.parts().size();
      if (!(phrase.entry() instanceof DictionaryEntry.PersonName) || n < 2 || p + n > parts.size()
          || !parts.lastOfToken(p + n - 1) || !parts.capitalised(p + n - 1)) {
        continue;
      }
      List<String> given = phrase.parts().subList(0, n - 1);
      ActorDictionary.Phrase head = new Phrase(given, phrase.exactCase(), phrase.anyCase(), true, phrase.entry(), phrase.order());
      String want = phrase.parts().get(n - 1);
      String have = WordKey.of(parts.text(p + n - 1));
      if (want.length() >= SURNAME_SLIP_MIN && !have.isEmpty() && have.charAt(0) == want.charAt(0)
          && parts.matchesWords(p, head) && oneSlip(have, want)) {
        return phrase;
      }
    }
    return null;
  }

  /** Whether two different words are one edit apart: a letter added, dropped or changed, or two neighbours swapped. */
  static boolean oneSlip(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return swapped(a, b) || a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  /**
   * Word endings by which a hyphenated country word names who leads, hosts, owns, crews or registers:
   * "Vietnamese-led", "Trinidad-based", "British-flagged", "a Chinese-crewed vessel", "Russian-controlled".
   */
  private static final java.util.Set<String> LED_OR_BASED = java.util.Set.of("led", "based", "flagged", "registered",
      "crewed", "manned", "owned", "operated", "controlled", "run");

  /**
   * "Vietnamese-led forces", "a Trinidad-based group", "a British-flagged tanker": a country or place phrase hyphenated to "led" or
   * "based" makes the whole word an adjective of that country (the country only: a "Washington-based
   * think tank" is American, not the US government). "-backed", "-made" and the like name someone else.
   */
  private static Mention ledOrBased(TokenParts parts, int p, List<Phrase> candidates, List<Token> tokens) {
    if (candidates == null) {
      return null;
    }
    for (Phrase phrase : candidates) {
      int last = p + phrase.parts().size();
      if (last >= parts.size() || parts.startsToken(last) || !parts.lastOfToken(last)
          || !LED_OR_BASED.contains(WordKey.of(parts.text(last))) || !(phrase.entry() instanceof DictionaryEntry.Named named)
          || named.code().length() < 3 || !(phrase.exactCase() || phrase.anyCase() || parts.capitalised(p))
          || !parts.matchesWords(p, phrase)) {
        continue;
      }
      String country = named.code().substring(0, 3);
      int first = parts.token(p);
      int end = parts.token(last) + 1;
      return new Mention(first, end, new DictionaryEntry.Named(country, PhraseKind.ADJECTIVE), text(tokens, first, end));
    }
    return null;
  }

  /** The longest phrase of {@code candidates} matching at part {@code p} (later files first), or {@code best}. */
  private static Phrase best(TokenParts parts, int p, List<Phrase> candidates, boolean roles, Phrase best) {
    if (candidates == null) {
      return best;
    }
    for (Phrase phrase : candidates) {
      if (best != null && (phrase.parts().size() < best.parts().size()
          || phrase.parts().size() == best.parts().size() && phrase.order() < best.order())) {
        break;
      }
      if (parts.matches(p, phrase) && (roles || phrase.exactCase() || phrase.anyCase() || parts.capitalised(p))) {
        return phrase;
      }
    }
    return best;
  }

  static String text(List<Token> tokens, int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; i++) {
      Token t = tokens.get(i);
      if (i > start && t.begin() > tokens.get(i - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    return sb.toString();
  }

  /** Accumulates phrases; a phrase added again (same words, same kind of index) replaces the earlier one. */
  public static final class Builder {
    private final Map<String, Phrase> actors = new LinkedHashMap<>();
    private final Map<String, Phrase> roles = new LinkedHashMap<>();
    private final Map<String, Person> peopleByName = new LinkedHashMap<>();
    private final Map<String, java.util.Set<String>> shortContexts = new LinkedHashMap<>();
    private final Map<String, List<String>> homonyms = new LinkedHashMap<>();
    private int order;

    /** Another place of the name {@code phrase}, in the country of {@code code} ({@link PhraseKind#HOMONYM}). */
    public Builder addHomonym(String code, String phrase) {
      homonyms.computeIfAbsent(homonymKey(phrase), k -> new ArrayList<>()).add(code);
      return this;
    }

    /** A short name ({@link PhraseKind#SHORT}) of {@code code}, standing for it after one of {@code context} was named. */
    public Builder addShort(String code, String phrase, Collection<String> context) {
      addNamed(code, PhraseKind.SHORT, phrase);
      shortContexts.computeIfAbsent(code, k -> new java.util.LinkedHashSet<>()).addAll(context);
      return this;
    }

    public Builder addNamed(String code, PhraseKind kind, String phrase) {
      return addNamed(code, kind, phrase, List.of());
    }

    /**
     * A phrase whose code changes over time ({@code periods}); {@code code} is its code outside them. A
     * phrase written in lower case ("inter-Korean", "mainland China") is matched in any case: news writes
     * it so inside a sentence, and capitalises it only at the start of one.
     */
    public Builder addNamed(String code, PhraseKind kind, String phrase, List<RolePeriod> periods) {
      String written = phrase.strip();
      boolean lower = !written.isEmpty() && Character.isLowerCase(written.charAt(0));
      add(actors, phrase, kind == PhraseKind.ACRONYM, lower && kind != PhraseKind.ACRONYM,
          new DictionaryEntry.Named(code, kind, periods));
      return this;
    }

    /** A phrase from an imported (PETRARCH) dictionary: matched in any case, as PETRARCH does. */
    public Builder addImported(String code, String phrase) {
      add(actors, phrase, false, true, new DictionaryEntry.Named(code, PhraseKind.NAME));
      return this;
    }

    public Builder addPerson(Person person, Collection<String> names) {
      peopleByName.put(person.name(), person);
      DictionaryEntry.PersonName entry = new DictionaryEntry.PersonName(person);
      add(actors, person.name(), false, false, entry);
      for (String alias : names) {
        add(actors, alias, false, false, entry);
      }
      return this;
    }

    public Builder addRole(String role, String office, String phrase) {
      return addRole(role, office, phrase, false);
    }

    /** A role word; a {@code prefix} role goes before the country ("MSF Arnor" → NGOARN). */
    public Builder addRole(String role, String office, String phrase, boolean prefix) {
      add(roles, phrase, false, false, false,
          new DictionaryEntry.RoleWord(role, office == null ? "" : office, prefix, false));
      return this;
    }

    /**
     * A role word from an imported (PETRARCH) agent dictionary: its code is stacked onto the actor's
     * code ("West German" GMWGOV + "world government" WGO → GMWGOVWGO); a {@code wordsOnly} phrase
     * matches the written words only (its plurals are listed as phrases of their own).
     */
    public Builder addImportedRole(String role, String phrase, boolean prefix, boolean wordsOnly) {
      add(roles, phrase, false, false, wordsOnly, new DictionaryEntry.RoleWord(role, "", prefix, true));
      return this;
    }

    private void add(Map<String, Phrase> target, String phrase, boolean exactCase, boolean anyCase,
        DictionaryEntry entry) {
      add(target, phrase, exactCase, anyCase, false, entry);
    }

    private void add(Map<String, Phrase> target, String phrase, boolean exactCase, boolean anyCase, boolean wordsOnly,
        DictionaryEntry entry) {
      List<String> parts = new ArrayList<>(WordKey.parts(phrase));
      if (parts.size() > 1 && parts.get(0).equalsIgnoreCase("the")) {
        parts.remove(0);
      }
      if (parts.isEmpty()) {
        return;
      }
      List<String> keys = parts.stream().map(w -> exactCase ? WordKey.exact(w) : WordKey.of(w)).toList();
      if (keys.stream().anyMatch(String::isEmpty)) {
        return;
      }
      String key = (exactCase ? "=" : "~") + String.join(" ", keys);
      target.put(key, new Phrase(keys, exactCase, anyCase, wordsOnly, entry, order++));
    }

    public ActorDictionary build() {
      return new ActorDictionary(actors, roles, new ArrayList<>(peopleByName.values()), shortContexts, homonyms);
    }
  }
}
