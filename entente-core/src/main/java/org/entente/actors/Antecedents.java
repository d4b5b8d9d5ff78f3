package org.entente.actors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.model.Actor;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;

/**
 * Antecedents of a pronoun inside its own sentence, found by light rules on the dependency graph: the
 * subject of a clause that governs the pronoun ("The prosecutor of the court said <b>he</b> had
 * opened an investigation"; "Mali, Burkina Faso and Niger announced <b>their</b> withdrawal"), else the
 * nearest fitting phrase before it ("found the American reporter guilty and sentenced <b>him</b>").
 * A pronoun object never refers to the subject of its own verb ("the court sentenced him"), nor to
 * the subjects of the clauses above it ("they said they would never recognise <b>it</b>"), and "it"
 * refers to the nearest singular noun before it even when that names no actor ("the annexation").
 *
 * <p>Stateless; {@code heads} resolves the phrase headed by a token to its actors.
 */
final class Antecedents {

  /** What a pronoun can stand for. */
  enum Kind { PERSON, THING, GROUP }

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  /** Verbs whose that-clause says what someone else is to do. */
  private static final Set<String> DIRECTIVES = Set.of("demand", "urge", "ask", "request", "press", "implore",
      "order", "instruct", "require");
  /** Relations of words inside a phrase, which are not phrase heads themselves. */
  private static final Set<String> INSIDE = Set.of("compound", "amod", "flat", "det", "nummod", "case", "punct", "cc");

  private Antecedents() {}

  /**
   * The actors the pronoun at {@code pronoun} stands for in its sentence; empty when the sentence has
   * no candidate (look in earlier sentences), an empty list when it refers to something that is no
   * actor.
   */
  static java.util.Optional<List<Actor>> of(SentenceGraph g, SentenceMentions mentions, int pronoun, Kind kind,
      IntFunction<List<Actor>> heads) {
    Dependency own = g.head(pronoun);
    boolean object = own != null && OBJECTS.contains(own.relation());
    if (reasonOwner(g, own)) {
      // "severed ties with Israel over its offensive", "protested to China over its remarks": the act a
      // reaction is "over" is the other side's, named before it, not the reacting subject's
      for (int t = pronoun - 1; t >= 0; t--) {
        Dependency up = g.head(t);
        if (up == null || INSIDE.contains(up.base()) || SUBJECTS.contains(up.relation())) {
          continue;
        }
        List<Actor> found = fits(g, mentions, t, kind, heads);
        if (!found.isEmpty()) {
          return java.util.Optional.of(found);
        }
      }
    }
    BitSet seen = new BitSet();
    Dependency head = object ? null : own;
    while (head != null && head.governor() >= 0 && !seen.get(head.governor())) {
      int v = head.governor();
      seen.set(v);
      if (head.relation().equals("ccomp") && DIRECTIVES.contains(g.token(v).lemma())) {
        // "the ministry demanded that she retract the remarks": no one demands it of himself
        g.children(v, "nsubj").forEach(seen::set);
        head = g.head(v);
        continue;
      }
      for (Dependency d : g.children(v)) {
        int s = d.dependent();
        if (!SUBJECTS.contains(d.relation()) || s >= pronoun) {
          continue;
        }
        List<Actor> found = fits(g, mentions, s, kind, heads);
        // "Hours after the summit, North Korea notified Japan that it ...": the parser makes the time
        // phrase the subject and the real one its apposition, which is still the clause's subject.
        for (int a : g.children(s, "appos")) {
          if (found.isEmpty() && a < pronoun) {
            found = fits(g, mentions, a, kind, heads);
          }
        }
        if (!found.isEmpty()) {
          return java.util.Optional.of(kind == Kind.PERSON && institution(mentions, s)
              ? namedPersonBefore(g, mentions, pronoun, heads).orElse(found) : found);
        }
        Token subject = g.token(s);
        if (kind == Kind.GROUP && subject.pos().equals("NNS") && mentions.roleAt(s).isPresent() && mentions.actorAt(s).isEmpty()) {
          // "federal prosecutors said their investigation ...": the speakers, though of no country the
          // phrase names, rather than the last two countries of the article
          return java.util.Optional.of(List.of());
        }
        if (kind == Kind.THING && (subject.pos().equals("NN") || subject.pos().equals("NNP")) && subject.timex() == null
            && mentions.actorAt(s).filter(m -> m.entry() instanceof DictionaryEntry.PersonName).isEmpty()) {
          // "The main opposition Democratic Party said it would ...": the speaker, though the dictionary
          // does not know it, rather than an actor of an earlier sentence; a person named is never "it"
          // ("Trump said he would cut funding to South Africa, accusing its government")
          List<Actor> speaker = reporterOfThing(g, pronoun, v, s, heads);
          return java.util.Optional.of(speaker);
        }
      }
      head = g.head(v);
    }
    for (int t = pronoun - 1; t >= 0; t--) {
      Dependency up = g.head(t);
      boolean phraseHead = up == null || !INSIDE.contains(up.base());
      boolean ownSubject = object && up != null && up.governor() == own.governor() && SUBJECTS.contains(up.relation());
      if (!phraseHead || ownSubject || seen.get(t) && !g.token(t).isVerb()) {
        continue;
      }
      List<Actor> found = fits(g, mentions, t, kind, heads);
      if (!found.isEmpty()) {
        return java.util.Optional.of(found);
      }
      Token tok = g.token(t);
      if (kind == Kind.THING && tok.pos().equals("NN") && tok.timex() == null && !tok.ner().equals("DATE")
          && mentions.roleAt(t).isEmpty()) {
        return java.util.Optional.of(List.of()); // "recognise it" after "the annexation": a thing, no actor
      }
    }
    return java.util.Optional.empty();
  }

  /** A possessive whose phrase is the reason of an act: "over its offensive", "for its role". */
  private static boolean reasonOwner(SentenceGraph g, Dependency own) {
    if (own == null || !own.relation().equals("nmod:poss") || own.governor() < 0) {
      return false;
    }
    Dependency reason = g.head(own.governor());
    return reason != null && Set.of("nmod:over", "obl:over").contains(reason.relation());
  }

  /**
   * "Japan said a North Korean missile landed inside its exclusive economic zone": a possessive "its" in
   * a clause reported by a country, whose subject is a thing of another country's (a missile, a ship, a
   * drone; no actor itself), is the speaker's, since the owner's reading would have the owner act on its
   * own. Empty otherwise ("China said its coast guard ..." never gets here: no thing precedes "its").
   */
  private static List<Actor> reporterOfThing(SentenceGraph g, int pronoun, int clause, int subject,
      IntFunction<List<Actor>> heads) {
    Dependency own = g.head(pronoun);
    if (own == null || !own.relation().equals("nmod:poss") || !g.token(pronoun).word().equalsIgnoreCase("its")) {
      return List.of();
    }
    Dependency possessed = g.head(own.governor());
    if (possessed == null || possessed.governor() != clause || possessed.relation().equals("obl:from")) {
      return List.of();
    }
    Dependency up = g.head(clause);
    if (up == null || up.governor() < 0 || !up.relation().equals("ccomp")) {
      return List.of();
    }
    List<Actor> owners = known(heads.apply(subject));
    if (owners.isEmpty()) {
      return List.of();
    }
    for (int sp : g.children(up.governor(), "nsubj")) {
      List<Actor> speaker = known(heads.apply(sp));
      if (speaker.size() == 1 && owners.stream().noneMatch(o -> o.country().equals(speaker.get(0).country()))) {
        return speaker;
      }
    }
    return List.of();
  }

  /**
   * A role phrase that names no office ("the National Assembly", "the court", "the ministry") may be a
   * body rather than a person; when the sentence names a person before the pronoun, "his" is that
   * person's ("parliament voted to impeach President Yoon over his declaration of martial law").
   */
  private static boolean institution(SentenceMentions mentions, int t) {
    return mentions.actorAt(t).isEmpty() && mentions.roleAt(t)
        .filter(m -> m.entry() instanceof DictionaryEntry.RoleWord r && r.office().isEmpty()).isPresent();
  }

  /** The known actors of the nearest person named by the dictionary before {@code pronoun}. */
  private static java.util.Optional<List<Actor>> namedPersonBefore(SentenceGraph g, SentenceMentions mentions,
      int pronoun, IntFunction<List<Actor>> heads) {
    for (int t = pronoun - 1; t >= 0; t--) {
      Dependency up = g.head(t);
      if (up != null && INSIDE.contains(up.base())) {
        continue;
      }
      if (mentions.actorAt(t).filter(m -> m.entry() instanceof DictionaryEntry.PersonName).isPresent()) {
        List<Actor> a = known(heads.apply(t));
        return a.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(a);
      }
    }
    return java.util.Optional.empty();
  }

  /** Quotation marks as CoreNLP writes them. */
  private static final Set<String> QUOTES = Set.of("\"", "``", "''", "\u201c", "\u201d");

  /** A sentence that opens with a quotation mark and has no verb of saying: the last quote goes on. */
  static boolean continuesQuote(SentenceGraph g) {
    var tokens = g.sentence().tokens();
    return !tokens.isEmpty() && QUOTES.contains(tokens.get(0).word())
        && tokens.stream().noneMatch(t -> t.isVerb() && org.entente.model.Speech.reports(t.key()));
  }

  /**
   * The speaker of the quote a first-person pronoun is in: the subject of the verb of saying that
   * follows the quote ("\"We will respond,\" the ministry said") or introduces it ("Kishida said: \"We
   * ..."), when the sentence quotes at all; else nothing (the pronoun stays unknown).
   */
  static List<Actor> quoteSpeaker(SentenceGraph g, int pronoun, IntFunction<List<Actor>> heads) {
    if (g.sentence().tokens().stream().noneMatch(t -> QUOTES.contains(t.word()))) {
      return List.of();
    }
    BitSet above = new BitSet();
    for (Dependency up = g.head(pronoun); up != null && up.governor() >= 0 && !above.get(up.governor());
        up = g.head(up.governor())) {
      above.set(up.governor());
    }
    for (int v = 0; v < g.sentence().tokens().size(); v++) {
      if (!g.token(v).isVerb() || !org.entente.model.Speech.reports(g.token(v).key())) {
        continue;
      }
      Dependency up = g.head(v);
      boolean after = up != null && up.relation().equals("parataxis") && above.get(up.governor());
      if (!after && !above.get(v)) {
        continue;
      }
      for (int speaker : g.children(v, "nsubj")) {
        List<Actor> found = known(heads.apply(speaker));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /**
   * The actors of the nearest coordination of at least two actors before {@code node} ("India and
   * Pakistan agreed ..., but each side accused the other"), or an empty list.
   */
  static List<Actor> groupBefore(SentenceGraph g, SentenceMentions mentions, int node, IntFunction<List<Actor>> heads) {
    for (int t = node - 1; t >= 0; t--) {
      List<Actor> group = coordinated(g, t, heads);
      if (group.size() >= 2) {
        return group;
      }
    }
    return List.of();
  }

  /**
   * "urged the two countries to exercise restraint after India and Pakistan exchanged fire": a
   * coordination named later in the sentence, inside an adverbial clause or phrase of a clause above
   * {@code node} (the circumstance the phrase answers: "after clashes between India and Pakistan"), or
   * an empty list.
   */
  static List<Actor> groupInLaterClause(SentenceGraph g, int node, IntFunction<List<Actor>> heads) {
    BitSet above = new BitSet();
    for (Dependency up = g.head(node); up != null && up.governor() >= 0 && !above.get(up.governor()); up = g.head(up.governor())) {
      above.set(up.governor());
      // "urged the two countries to show restraint after ...": the infinitive is the same clause's
      g.children(up.governor(), "xcomp").forEach(above::set);
    }
    for (int t = node + 1; t < g.sentence().tokens().size(); t++) {
      List<Actor> group = coordinated(g, t, heads);
      if (group.size() < 2) {
        continue;
      }
      BitSet seen = new BitSet();
      for (Dependency up = g.head(t); up != null && up.governor() >= 0 && !seen.get(up.governor()); up = g.head(up.governor())) {
        seen.set(up.governor());
        if ((up.base().equals("advcl") || up.base().equals("obl")) && above.get(up.governor())) {
          return group;
        }
      }
    }
    return List.of();
  }

  /** The countries of the subjects of the clauses above {@code node}: those who speak of it. */
  static Set<String> subjectCountriesAbove(SentenceGraph g, int node, IntFunction<List<Actor>> heads) {
    return subjectCountriesAbove(g, node, heads, s -> true);
  }

  /**
   * {@link #subjectCountriesAbove}, counting only the subjects {@code actorWord} accepts: "Cuba's flag was
   * raised ... as the two countries restored relations" — a thing owned by a country is no party that
   * speaks of the others.
   */
  static Set<String> subjectCountriesAbove(SentenceGraph g, int node, IntFunction<List<Actor>> heads,
      java.util.function.IntPredicate actorWord) {
    Set<String> out = new java.util.HashSet<>();
    subjectsAbove(g, node, heads, actorWord).forEach(a -> out.add(a.country()));
    return out;
  }

  /** The known actors of the subjects of the clauses above {@code node}, nearest clause first. */
  static List<Actor> subjectsAbove(SentenceGraph g, int node, IntFunction<List<Actor>> heads) {
    return subjectsAbove(g, node, heads, s -> true);
  }

  private static List<Actor> subjectsAbove(SentenceGraph g, int node, IntFunction<List<Actor>> heads,
      java.util.function.IntPredicate actorWord) {
    List<Actor> out = new ArrayList<>();
    BitSet seen = new BitSet();
    Dependency head = g.head(node);
    while (head != null && head.governor() >= 0 && !seen.get(head.governor())) {
      int v = head.governor();
      seen.set(v);
      for (int s : g.children(v, "nsubj", "nsubj:pass")) {
        if (s != node && actorWord.test(s)) {
          out.addAll(known(heads.apply(s)));
        }
      }
      head = g.head(v);
    }
    return out;
  }

  /** Whether the phrase headed by {@code t} can stand for a pronoun of this kind, and its actors. */
  private static List<Actor> fits(SentenceGraph g, SentenceMentions mentions, int t, Kind kind,
      IntFunction<List<Actor>> heads) {
    Token tok = g.token(t);
    if (!tok.isNoun() || tok.isPronoun()) {
      return List.of();
    }
    if (kind == Kind.GROUP) {
      List<Actor> group = coordinated(g, t, heads);
      if (group.size() >= 2) {
        return group;
      }
      // "officials ... they", "Bosnian Serbs said their forces", "the Houthis ... their"
      boolean plural = tok.pos().equals("NNS") || tok.pos().equals("NNPS");
      boolean people = mentions.actorAt(t).filter(m -> !(m.entry() instanceof DictionaryEntry.PersonName)).isPresent();
      return plural && (mentions.roleAt(t).isPresent() || people) ? known(heads.apply(t)) : List.of();
    }
    java.util.Optional<Mention> m = mentions.actorAt(t);
    if (m.isPresent()) {
      boolean person = m.get().entry() instanceof DictionaryEntry.PersonName;
      return person == (kind == Kind.PERSON) ? known(heads.apply(t)) : List.of();
    }
    if (kind == Kind.PERSON && tok.isProperNoun() && g.children(t, "compound").stream()
        .anyMatch(c -> mentions.roleAt(c).isPresent())) {
      // "opposition leader Edmundo Gonzalez ... a warrant against him": a name the dictionary does not
      // know, given with its title, is a person.
      List<Actor> titled = known(heads.apply(t));
      if (titled.size() == 1) {
        return titled;
      }
    }
    // A singular role phrase: "the prosecutor of the court", "the American reporter", "the ministry".
    boolean singular = tok.pos().equals("NN") || tok.pos().equals("NNP");
    java.util.Optional<Mention> role = mentions.roleAt(t);
    if (singular && role.isPresent() && role.get().end() - 1 == t) {
      List<Actor> a = known(heads.apply(t));
      return a.size() == 1 ? a : List.of();
    }
    return List.of();
  }

  /** The known actors of a phrase head and the heads coordinated with it. */
  private static List<Actor> coordinated(SentenceGraph g, int t, IntFunction<List<Actor>> heads) {
    List<Integer> conj = g.children(t, "conj:and", "conj:or", "conj").stream().filter(c -> g.token(c).isNoun()).toList();
    if (conj.isEmpty() || !g.token(t).isNoun()) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>(known(heads.apply(t)));
    for (int c : conj) {
      for (Actor a : known(heads.apply(c))) {
        if (out.stream().noneMatch(o -> o.code().equals(a.code()))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  private static List<Actor> known(List<Actor> actors) {
    return actors.stream().filter(Actor::known).toList();
  }
}
