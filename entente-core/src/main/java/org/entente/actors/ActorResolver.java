package org.entente.actors;

import java.time.LocalDate;
import java.util.List;
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
      java.util.LinkedHashMap<DictionaryEntry, Mention> owners = new java.util.LinkedHashMap<>();
      for (Dependency d : g.children(node)) {
        if (d.relation().startsWith("nmod:of") || d.relation().equals("nmod:poss") || d.relation().equals("amod")) {
          mentions.actorAt(d.dependent()).ifPresent(m -> owners.putIfAbsent(m.entry(), m));
        }
      }
      if (owners.size() >= 2) {
        DictionaryEntry.RoleWord word = (DictionaryEntry.RoleWord) role.get().entry();
        List<Actor> out = new java.util.ArrayList<>();
        for (Mention m : owners.values()) {
          out.add(actor(g, withRole(m, word, day), m.start(), m.end() - 1));
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
    if (own.isPresent() && (role.isEmpty() || !(own.get().entry() instanceof DictionaryEntry.Named named)
        || named.kind() != PhraseKind.ADJECTIVE)) {
      Mention m = own.get();
      return actor(g, codeOf(m.entry(), day), m.start(), m.end() - 1);
    }
    if (own.isEmpty() && role.isEmpty() && day != null && g.token(node).isProperNoun()) {
      Optional<Actor> titled = titled(g, mentions, node, day);
      if (titled.isPresent()) {
        return titled.get();
      }
    }
    if (role.isPresent()) {
      DictionaryEntry.RoleWord word = (DictionaryEntry.RoleWord) role.get().entry();
      Optional<Mention> owner = own.isPresent() ? own : first(g, mentions, node, d -> MODIFIERS.contains(d.relation())
          || MODIFIERS.contains(d.base()));
      if (owner.isEmpty()) {
        owner = first(g, mentions, node, d -> !CLAUSES.contains(d.relation()) && !d.base().equals("conj"));
      }
      int[] span = phraseSpan(g, node);
      if (owner.isEmpty()) {
        return actor(g, "", span[0], span[1]);
      }
      String code = withRole(owner.get(), word, day);
      int lo = Math.min(span[0], owner.get().start());
      int hi = Math.max(span[1], owner.get().end() - 1);
      return actor(g, code, lo, hi);
    }
    // The owner of an act ("the deployment of North Korean troops to Russia") before its destination;
    // never inside a participle clause ("a truce mediated by Qatar" is not Qatar).
    Optional<Mention> below = first(g, mentions, node, d -> OWNERS.contains(d.relation()));
    if (below.isEmpty()) {
      below = first(g, mentions, node, d -> !CLAUSES.contains(d.relation()) && !d.base().equals("conj")
          && !d.relation().equals("acl"));
    }
    if (below.isPresent()) {
      Mention m = below.get();
      int[] span = phraseSpan(g, node);
      return actor(g, codeOf(m.entry(), day), Math.min(span[0], m.start()), Math.max(span[1], m.end() - 1));
    }
    int[] span = phraseSpan(g, node);
    return actor(g, "", span[0], span[1]);
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

  /** The words of a noun phrase: its modifiers, without time phrases ("the ministry on Tuesday"). */
  private static int[] phraseSpan(SentenceGraph g, int node) {
    return g.span(node, d -> (MODIFIERS.contains(d.base()) || MODIFIERS.contains(d.relation()))
        && g.token(d.dependent()).timex() == null);
  }

  /** The code of a dictionary entry on a date. */
  public static String codeOf(DictionaryEntry entry, LocalDate day) {
    if (entry instanceof DictionaryEntry.Named n) {
      return n.code();
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
    if (base.endsWith(word.role()) || base.contains(word.role()) && base.length() > 3) {
      return base; // "White House security officials": the role is already in the code
    }
    if (country.equals("IGO") || country.equals("NGO")) {
      return base;
    }
    return base.length() > 3 && !base.substring(3).matches("GOV|MIL|BUS|OPP|CVL|ELI|LEG|JUD|MED|COP") ? base + word.role()
        : country + word.role();
  }

  /** The actor mention nearest to {@code node} (breadth first) among the tokens reachable by {@code follow}. */
  private static Optional<Mention> first(SentenceGraph g, SentenceMentions mentions, int node, Predicate<Dependency> follow) {
    List<Integer> order = g.descendants(node, follow);
    for (int t : order) {
      if (t == node) {
        continue;
      }
      Optional<Mention> m = mentions.actorAt(t);
      if (m.isPresent()) {
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
