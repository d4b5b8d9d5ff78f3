package org.entente.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.entente.model.Dependency;
import org.entente.model.SentenceGraph;

/**
 * Finds the tokens that fill a pattern's elements in a dependency graph: subjects (active or
 * passive, inherited through infinitives and coordination), objects, prepositional phrases and
 * required words. Package-private helper of {@link EventCoder}.
 */
final class SlotFinder {

  private static final Set<String> NOT_WORDS = Set.of(
      "nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "punct", "cc", "mark", "aux", "aux:pass", "cop", "conj",
      "det", "ref", "case", "parataxis");
  private static final Set<String> GROUP_NOUN_MODIFIERS = Set.of("amod", "compound", "nmod:poss");
  private static final Set<String> FINITE_VERB = Set.of("VBD", "VBZ", "VBP");

  private final SentenceGraph g;
  private final IntPredicate isActor;
  private final IntPredicate isRole;

  SlotFinder(SentenceGraph g, IntPredicate isActor, IntPredicate isRole) {
    this.g = g;
    this.isActor = isActor;
    this.isRole = isRole;
  }

  /**
   * Whether a verb is passive. CoreNLP copies the passive subject to an active conjunct ("was received by
   * the King <b>and addressed</b> parliament"), so a passive subject alone counts only on a participle.
   */
  boolean isPassive(int t) {
    return (g.hasChild(t, "aux:pass") || g.hasChild(t, "nsubj:pass") && g.token(t).pos().equals("VBN")
        || passiveParticiple(t)) && !stance(t);
  }

  /** Participles that name a stance held, not a thing done to the subject: "opposed to", "engaged in". */
  private static final Set<String> STANCES = Set.of("oppose", "commit", "engage", "dedicate", "devote");

  /**
   * "Israel is opposed to French mediation", "Serb forces were engaged in ethnic cleansing": such a
   * participle with "to" or "in" and no agent is an adjective; its subject holds the stance or does the act.
   */
  private boolean stance(int t) {
    return STANCES.contains(g.token(t).key()) && g.token(t).pos().equals("VBN")
        && g.children(t, "obl:agent", "obl:by").isEmpty()
        && !g.children(t, "obl:to", "obl:in").isEmpty();
  }

  /**
   * "agreed ..., after talks <b>brokered</b> by Brazil", "signed a deal brokered by China": when a participle's
   * object is an act noun, the act's parties are the actors of the clause the noun belongs to: the subject
   * (with the agent of a passive clause, "hostages were freed by Hamas during a truce mediated by Qatar").
   * Empty when the participle modifies no act noun or the noun is in no clause.
   */
  List<Integer> partiesOfModifiedAct(int participle, IntPredicate act) {
    if (!passiveParticiple(participle)) {
      return List.of();
    }
    int node = g.head(participle).governor();
    if (!act.test(node)) {
      return List.of();
    }
    for (int step = 0; step < 3; step++) {
      Dependency up = g.head(node);
      if (up == null || up.governor() < 0 || !(up.base().equals("obj") || up.base().equals("obl") || up.base().equals("nmod"))) {
        return List.of();
      }
      node = up.governor();
      if (g.token(node).isVerb()) {
        List<Integer> out = new ArrayList<>();
        boolean passive = isPassive(node);
        if (passive) {
          out.addAll(agent(node));
        }
        int subject = verbSubject(node, false);
        if (subject < 0 && passive && !g.children(node, "nsubj:pass").isEmpty()) {
          subject = g.children(node, "nsubj:pass").get(0);
        }
        if (subject >= 0) {
          out.addAll(expand(subject));
        }
        return out;
      }
    }
    return List.of();
  }

  /**
   * "Blinken warned Wang Yi <b>during a meeting</b> in Munich", "the presidents of Venezuela and Guyana agreed
   * <b>after talks</b> in St Vincent": a meeting named in an adverbial phrase of a clause is held between the
   * clause's actors, its subject and its direct object (or a subject of several actors). Empty unless at
   * least two of them may name actors.
   */
  List<Integer> partiesOfClause(int noun, BitSet used) {
    Dependency up = g.head(noun);
    boolean period = false;
    if (up != null && up.governor() >= 0 && up.relation().equals("nmod:of") && PERIODS.contains(g.token(up.governor()).key())) {
      // "were freed on the first day of a four-day truce": the day of the act stands for it
      up = g.head(up.governor());
      period = true;
    }
    if (up == null || up.governor() < 0 || !up.base().equals("obl")
        || !(MEETING_OCCASIONS.contains(up.subtype()) || period && up.subtype().equals("on"))) {
      return List.of();
    }
    int v = up.governor();
    if (g.token(v).isVerb() && isPassive(v)) {
      // "hostages were freed by Hamas during a truce": the passive's agent and its subject
      List<Integer> out = new ArrayList<>();
      for (int a : agent(v)) {
        out.addAll(expand(a));
      }
      for (int sub : g.children(v, "nsubj:pass")) {
        out.addAll(expand(sub));
      }
      out.removeIf(c -> used.get(c) || c == noun);
      return out.size() >= 2 && out.stream().allMatch(this::mayNameActor) ? out : List.of();
    }
    for (int step = 0; step < 2 && g.token(v).isVerb() && !isPassive(v); step++) {
      List<Integer> out = clauseActors(v, noun, used);
      if (!out.isEmpty()) {
        return out;
      }
      // "warned Wang of consequences if China provided support, during a meeting": the parser hangs the
      // phrase on the nearest verb, of a conditional or temporal clause; the meeting is the main clause's
      Dependency clause = g.head(v);
      if (clause == null || clause.governor() < 0 || !clause.base().equals("advcl")) {
        break;
      }
      v = clause.governor();
    }
    return List.of();
  }

  private List<Integer> clauseActors(int v, int noun, BitSet used) {
    List<Integer> out = new ArrayList<>();
    int s = verbSubject(v, false);
    if (s >= 0) {
      out.addAll(expand(s));
    }
    for (int o : g.children(v, "obj")) {
      // an object met is a named actor or a person ("warned Wang Yi"), not a role word used ("use force")
      if (isActor.test(o) || g.token(o).isProperNoun() || g.token(o).pos().equals("PRP")) {
        out.addAll(expand(o));
      }
    }
    out.removeIf(c -> used.get(c) || c == noun);
    // one plural subject may be a group too: "the leaders of Armenia and Azerbaijan agreed after talks"
    boolean several = out.size() >= 2 || out.size() == 1 && out.get(0) == s
        && (g.token(s).pos().equals("NNS") || g.token(s).pos().equals("NNPS"));
    return several && out.stream().allMatch(this::mayNameActor) ? out : List.of();
  }

  /** Days and spans whose "of" phrase names the act they belong to: "on the first day of a truce". */
  private static final Set<String> PERIODS = Set.of("day", "week", "night", "hour");

  /** Prepositions that place a clause's act in a meeting: "during talks", "at a summit", "after talks". */
  private static final Set<String> MEETING_OCCASIONS = Set.of("during", "at", "after", "following", "in");

  /** "a truce <b>mediated</b> by Qatar": a past participle modifying a noun is passive, the noun its object. */
  private boolean passiveParticiple(int t) {
    Dependency head = g.head(t);
    return head != null && head.relation().equals("acl") && g.token(t).pos().equals("VBN")
        && g.token(head.governor()).isNoun();
  }

  /**
   * A dependent of one of the attach nodes with one of the lemmas. The passive subject counts as the
   * object it is ("tariffs were imposed on ..." matches {@code impose tariff on +}).
   */
  int word(List<Integer> attach, Set<String> lemmas, BitSet used) {
    for (int a : attach) {
      for (Dependency d : measured(a)) {
        int c = d.dependent();
        boolean passiveObject = d.relation().equals("nsubj:pass") && g.token(a).isVerb();
        // "said <b>the allegations</b> were baseless": what a judgement word of the pattern (not the trigger) is
        // said of is one of its words too
        // ("called <b>Tokyo's curbs</b> groundless": so is the subject of a small clause the trigger holds)
        boolean judged = d.relation().equals("nsubj") && a != attach.get(0)
            && (g.hasChild(a, "cop") || g.token(a).pos().equals("VBG") && g.hasChild(a, "aux") || smallClause(a, attach.get(0)));
        // "ruled that China had <b>no</b> legal basis": a negating determiner inside a clause of the pattern may be
        // one of its words; on the trigger's own subject or object ("had no comment") it negates the act instead
        boolean negator = d.relation().equals("det") && g.token(c).key().equals("no") && a != attach.get(0)
            && !ownArgument(a, attach.get(0));
        if (!used.get(c) && (passiveObject || judged || negator || !NOT_WORDS.contains(d.relation())) && !d.base().equals("conj")
            && !otherClause(d) && !dateName(c)
            && (lemmas.contains(g.token(c).key()) || lemmas.contains(g.token(c).word().toLowerCase(java.util.Locale.ROOT))
                || countAtLeast(c, lemmas)
                || !numberWord(c).isEmpty() && (lemmas.contains(numberWord(c)) || lemmas.contains(numberWord(c) + "s")))) {
          return c;
        }
      }
    }
    return -1;
  }

  /** An adjective or noun the trigger holds as its predicate ("called the curbs <b>groundless</b>"). */
  private boolean smallClause(int w, int trigger) {
    Dependency up = g.head(w);
    return up != null && up.governor() == trigger && up.relation().equals("xcomp") && !g.token(w).isVerb();
  }

  /** Whether a word is the trigger's own subject or object. */
  private boolean ownArgument(int w, int trigger) {
    Dependency up = g.head(w);
    return up != null && up.governor() == trigger && (up.base().equals("obj") || up.base().startsWith("nsubj"));
  }

  /**
   * A plain word {@code >=N} stands for a number of at least N ("killed about 8,000 men": {@code >=1000}),
   * written in figures, with "thousand"/"million", or as "thousands"/"millions".
   */
  private boolean countAtLeast(int c, Set<String> lemmas) {
    double value = -1;
    for (String l : lemmas) {
      if (l.startsWith(">=")) {
        if (value < 0) {
          value = count(c);
        }
        if (value >= Double.parseDouble(l.substring(2))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.Map<String, Double> MAGNITUDES = java.util.Map.of(
      "hundred", 1e2, "hundreds", 1e2, "thousand", 1e3, "thousands", 1e3, "million", 1e6, "millions", 1e6,
      "billion", 1e9);

  /** The number a token says (with a figure before its magnitude word: "1.5 million"), else -1. */
  private double count(int c) {
    var t = g.token(c);
    String w = t.word().toLowerCase(java.util.Locale.ROOT).replace(",", "");
    Double magnitude = MAGNITUDES.get(w);
    if (magnitude != null) {
      double times = 1;
      for (Dependency d : g.children(c)) {
        double f = figure(g.token(d.dependent()).word());
        if ((d.relation().equals("compound") || d.relation().equals("nummod")) && f > 0) {
          times = f;
        }
      }
      return magnitude * times;
    }
    return t.pos().equals("CD") ? figure(w) : -1;
  }

  private static double figure(String word) {
    try {
      return Double.parseDouble(word.replace(",", ""));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The number word a count written in figures stands for, so that patterns written with words
   * ("kill thousands", "thousand") also read "killed 8,000 men" and "killed 1.5 million people": a
   * figure of a thousand or more is "thousand" (or "thousands"), of a million or more "million" ("1.5
   * million" already has the word); smaller figures have none.
   */
  private String numberWord(int c) {
    var t = g.token(c);
    if (!t.pos().equals("CD")) {
      return "";
    }
    try {
      double n = Double.parseDouble(t.word().replace(",", ""));
      return n >= 1_000_000 ? "million" : n >= 1000 ? "thousand" : "";
    } catch (NumberFormatException e) {
      return "";
    }
  }

  /**
   * A proper noun that is a date ("opened fire on <b>March</b> 3", "marched in <b>May</b>") is no common
   * noun of a pattern ("fire on march"); counted durations ("gave Hamas 48 hours") are common nouns.
   */
  private boolean dateName(int c) {
    var t = g.token(c);
    return t.timex() != null && t.pos().startsWith("NNP");
  }

  /** Relations of clauses that stand beside a verb rather than complete it. */
  private static final Set<String> SIDE_CLAUSES = Set.of("advcl", "parataxis");

  /**
   * "called the test unacceptable, <b>while</b> Moon <b>urged</b> ...": a clause with a subject of its own
   * is another statement, so its finite verb is no word of a pattern ("call + urge" is "called X to
   * urge"; "sent experts on Wednesday to investigate", however parsed, keeps its infinitive).
   */
  private boolean otherClause(Dependency d) {
    int c = d.dependent();
    String pos = g.token(c).pos();
    // "launched an invasion, with missiles striking cities": a participle with a subject of its own is
    // a clause of its own too
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBG") || g.hasChild(c, "aux");
    return SIDE_CLAUSES.contains(d.base()) && finite && (g.hasChild(c, "nsubj") || g.hasChild(c, "nsubj:pass"));
  }

  /** Units that measure what follows them: "85 million dollars in aid" pledges aid; "two days of drills" holds drills. */
  private static final Set<String> MEASURES = Set.of(
      // "pledged $50 billion in loans": the currency sign heads the amount as the word would
      "$", "us$", "€", "£", "¥",
      "dollar", "euro", "yen", "pound", "yuan", "won", "rouble", "ruble", "rupee", "franc", "million", "billion",
      "trillion", "tonne", "ton", "worth", "package", "batch", "shipment", "round",
      // "launched two days of drills", "took scores of hostages": a stretch of time or a rough count
      "day", "week", "month", "hour", "night", "dozen", "score", "hundred", "thousand");

  /** The dependents of a node, with the "in"/"of" phrases of a measuring object standing beside it. */
  private List<Dependency> measured(int a) {
    List<Dependency> out = new ArrayList<>(g.children(a));
    for (Dependency d : g.children(a)) {
      // "approved the sale of 300 million dollars of equipment": an "of" phrase measures as an object does
      boolean ofPhrase = d.relation().equals("nmod:of");
      if ((d.base().equals("obj") || d.base().equals("nsubj:pass") || d.relation().equals("nsubj:pass") || ofPhrase)
          && MEASURES.contains(g.token(d.dependent()).key())) {
        for (Dependency m : g.children(d.dependent())) {
          if (m.relation().equals("nmod:in") || m.relation().equals("nmod:of") || m.relation().equals("compound")) {
            out.add(new Dependency(ofPhrase ? "nmod:of" : "obj", a, m.dependent()));
          }
        }
      }
    }
    return out;
  }

  /**
   * The direct object of the most recent attach node (the passive subject in the passive voice); for a
   * verb with a small clause, its subject ("called <b>the measure</b> unjustified").
   */
  int object(List<Integer> attach, boolean passive, EventPattern.TriggerKind kind, BitSet used) {
    for (int k = attach.size() - 1; k >= 0; k--) {
      int a = attach.get(k);
      // the trigger of a verb pattern is a verb, also when the tagger took it for a noun ("would blockade/NN Paris")
      boolean verb = g.token(a).isVerb() || k == 0 && kind == EventPattern.TriggerKind.VERB;
      List<Integer> found = verb
          ? (k == 0 && passive ? g.children(a, "nsubj:pass") : g.children(a, "obj", "iobj"))
          : ownerFirst(a);
      if (verb && k == 0 && passive && found.isEmpty() && passiveParticiple(a)) {
        found = List.of(g.head(a).governor());
      }
      if (verb && k == 0 && passive && found.isEmpty()) {
        found = subjectOfGoverningClause(a);
      }
      if (verb && k == 0 && !passive && found.isEmpty()) {
        found = new ArrayList<>();
        for (int clause : g.children(a, "xcomp")) {
          found.addAll(g.children(clause, "nsubj"));
        }
      }
      for (int c : found) {
        if (!used.get(c) && !temporal(c)) {
          return c;
        }
      }
    }
    int relativized = reducedRelativeHead(attach.get(0), passive, used);
    if (relativized >= 0) {
      return relativized;
    }
    int shifted = shiftedObject(attach.get(0), passive, used);
    return shifted >= 0 ? shifted : clauseSubject(attach.get(0), passive, used);
  }

  /**
   * The phrases a noun of the pattern takes as its object: "of" phrases, compounds and possessors, with an
   * actor among them (an actor adjective or "from" phrase too) first: "met <b>his Japanese</b> counterpart" is Japan's, not
   * the pronoun's, which names the subject's own side.
   */
  private List<Integer> ownerFirst(int noun) {
    List<Integer> found = new ArrayList<>(g.children(noun, "nmod:of", "compound", "nmod:poss"));
    List<Integer> actors = new ArrayList<>(g.children(noun, "nmod:of", "compound", "nmod:poss", "amod", "nmod:from"));
    actors.removeIf(c -> !isActor.test(c));
    found.removeAll(actors);
    actors.addAll(found);
    return actors;
  }

  /**
   * "Gonzalez flew to Spain after <b>being granted</b> asylum by Spain", "was detained and <b>questioned</b>
   * by police": a passive clause without a subject of its own acts on the subject of the clause it
   * depends on (adverbial clause, complement or conjunct).
   */
  private List<Integer> subjectOfGoverningClause(int verb) {
    Dependency head = g.head(verb);
    if (head == null || head.governor() < 0 || g.hasChild(verb, "nsubj") || !g.token(head.governor()).isVerb()
        || !(head.base().equals("advcl") || head.base().equals("conj") || head.base().equals("xcomp"))) {
      return List.of();
    }
    int governor = head.governor();
    return isPassive(governor) ? g.children(governor, "nsubj:pass") : g.children(governor, "nsubj");
  }

  /**
   * "rejected on Thursday <b>a UN appeal</b>", "denounced as an ugly crime <b>Serbia's suppression</b>":
   * an object placed after a phrase is parsed as a dep of that phrase; it is the verb's object.
   */
  private int shiftedObject(int verb, boolean passive, BitSet used) {
    if (passive || !g.token(verb).isVerb()) {
      return -1;
    }
    for (Dependency d : g.children(verb)) {
      if (!d.base().equals("obl")) {
        continue;
      }
      for (int c : g.children(d.dependent(), "dep")) {
        if (c > d.dependent() && g.token(c).isNoun() && !used.get(c) && !temporal(c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * "protesters <b>who</b> stormed parliament": a relative pronoun subject stands for the noun just before
   * it, which the parse does not always give as the subject (CoreNLP may hang the clause as "dep").
   */
  private int relativeAntecedent(int verb, int subject) {
    Dependency head = g.head(verb);
    String w = g.token(subject).word().toLowerCase(java.util.Locale.ROOT);
    if (!g.token(subject).pos().startsWith("W") || !(w.equals("who") || w.equals("which") || w.equals("that"))
        || head == null || head.governor() < 0 || !(head.relation().equals("acl:relcl") || head.relation().equals("dep"))) {
      return subject;
    }
    int noun = head.governor();
    boolean adjacent = noun == subject - 1 || subject > 2 && noun == subject - 2 && g.token(subject - 1).word().equals(",");
    // "a US strike on a boat in the Caribbean that killed 11": the parser hung the clause on the phrase's
    // head past its own modifiers, which it would not do without reason.
    boolean phraseEnd = noun < subject && g.descendants(noun, d -> !d.base().equals("dep") && !d.base().startsWith("acl"))
        .containsAll(java.util.stream.IntStream.range(noun + 1, subject).boxed().toList());
    return g.token(noun).isNoun() && (adjacent || phraseEnd) ? noun : subject;
  }

  /**
   * "a move <b>Israel condemned</b>", "the sanctions Washington imposed": a relative clause without
   * "that" has no object in the parse; its object is the noun it modifies.
   */
  private int reducedRelativeHead(int verb, boolean passive, BitSet used) {
    Dependency head = g.head(verb);
    if (passive || head == null || head.governor() < 0 || !g.token(verb).isVerb() || g.hasChild(verb, "obj")
        || !(head.relation().equals("acl:relcl") || head.relation().equals("dep"))
        || !g.hasChild(verb, "nsubj") || g.hasChild(verb, "ccomp")) {
      return -1;
    }
    int noun = head.governor();
    // "the Declaration, under which ...": a relativizer, or the noun already in another role, rules it out.
    boolean relativized = g.hasChild(noun, "ref") || g.children(verb).stream().anyMatch(d -> d.dependent() == noun);
    return g.token(noun).isNoun() && !used.get(noun) && noun < verb && !temporal(noun) && !relativized ? noun : -1;
  }

  /**
   * The subject of a verb's small clause ("called <b>the test</b> unacceptable") or of a judgement it states
   * ("said <b>the ruling</b> was regrettable": a clause whose head is an adjective or noun, or a verb among
   * the pattern's {@code words}: "said <b>the veto</b> sent the wrong message"), or -1. A speaker's own state
   * of mind ("said <b>he</b> was optimistic that the talks ...") judges what it is about: the subject of its
   * that-clause, or its "about" phrase.
   */
  int smallClauseSubject(int verb, BitSet used) {
    return smallClauseSubject(verb, used, List.of());
  }

  int smallClauseSubject(int verb, BitSet used, List<Integer> words) {
    for (int clause : g.children(verb, "xcomp", "ccomp")) {
      if (!words.contains(clause)
          && (g.token(clause).isVerb() || g.head(clause).relation().equals("ccomp") && !g.hasChild(clause, "cop"))) {
        continue;
      }
      for (int c : g.children(clause, "nsubj", "nsubj:pass")) {
        if (!used.get(c) && !temporal(c)) {
          if (g.token(c).pos().equals("PRP")) {
            int about = aboutWhat(clause, used);
            if (about >= 0) {
              return about;
            }
          }
          return c;
        }
      }
    }
    // "described China's ban on fishing <b>as illegal</b>": the object is what an "as" judgement of the pattern judges
    for (int as : g.children(verb, "advcl:as", "obl:as")) {
      if (words.contains(as)) {
        for (int o : g.children(verb, "obj")) {
          if (!used.get(o)) {
            return o;
          }
        }
      }
    }
    return -1;
  }

  /** Relations by which a state of mind names what it is about: "optimistic about the talks". */
  private static final Set<String> ABOUT = Set.of("obl:about", "obl:over", "obl:on", "obl:for", "obl:regarding", "obl:at", "obl:by", "obl:agent", "obl:with");

  /** "optimistic <b>about the talks</b>", "hopeful that <b>the talks</b> would succeed": -1 when neither. */
  private int aboutWhat(int state, BitSet used) {
    for (Dependency d : g.children(state)) {
      if (ABOUT.contains(d.relation()) && !used.get(d.dependent()) && g.token(d.dependent()).isNoun()) {
        return d.dependent();
      }
    }
    for (int inner : g.children(state, "ccomp")) {
      for (int c : g.children(inner, "nsubj", "nsubj:pass")) {
        if (!used.get(c) && g.token(c).isNoun() && !g.token(c).pos().equals("PRP") && !temporal(c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * "demanded that Germany pay reparations", "warned Tokyo would pay a price": a verb whose object is a
   * that-clause acts on the clause's subject, when that subject is a known actor and the verb has no
   * object of its own.
   */
  int clauseSubject(int verb, boolean passive, BitSet used) {
    if (passive || !g.token(verb).isVerb() || g.hasChild(verb, "obj")) {
      return -1;
    }
    boolean warns = ModalityDetector.warns(g.token(verb).key());
    // "warned on Thursday it would retaliate": the parser may hang the warned clause as parataxis
    for (int clause : warns ? g.children(verb, "ccomp", "parataxis") : g.children(verb, "ccomp")) {
      if (warns && g.head(clause).relation().equals("parataxis") && !ModalityDetector.futureOrModal(g, clause)) {
        continue;
      }
      if (warns) {
        // "warned it would retaliate if Israel attacked", "warned that China would take countermeasures if
        // Japan interfered": a conditional warning is aimed at whoever the condition names
        int condition = conditionSubject(clause, used);
        if (condition >= 0) {
          return condition;
        }
        if (ModalityDetector.warnersOwnAct(g, clause)) {
          continue; // "Iran warned it would retaliate": "it" is the warner, not the one warned
        }
      }
      for (int c : g.children(clause, "nsubj", "nsubj:pass")) {
        if (!used.get(c) && mayNameActor(c) && !afterWhWord(c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * The named subject of the condition of a future or modal clause ("China would respond <b>if Japan</b>
   * interfered"), or -1; a pronoun there ("if it interfered") is left to the clause's own subject.
   */
  private int conditionSubject(int clause, BitSet used) {
    if (!ModalityDetector.futureOrModal(g, clause)) {
      return -1;
    }
    for (Dependency d : g.children(clause)) {
      if (!d.relation().equals("advcl:if") && !d.relation().equals("advcl:unless")) {
        continue;
      }
      for (int c : g.children(d.dependent(), "nsubj")) {
        if (!used.get(c) && !g.token(c).isPronoun() && mayNameActor(c) && !temporal(c)) {
          return c;
        }
        // "if American strikes continued", "if Israel's attacks went on": a named actor's acts stand for it
        for (int owner : used.get(c) || temporal(c) ? List.<Integer>of() : owners(c, true, used)) {
          if (!used.get(owner) && mayNameActor(owner)) {
            return owner;
          }
        }
      }
    }
    return -1;
  }

  /** Where a trip went or a crowd gathered: "flew <b>to</b> Kyiv", "rallied <b>outside</b> the embassy". */
  private static final Set<String> DESTINATIONS = Set.of(
      "obl:to", "obl:in", "obl:at", "obl:outside", "obl:into", "obl:before", "obl:in_front_of");

  /**
   * "phoned his Moroccan counterpart <b>to offer</b> condolences", "marched to the ministry <b>to demand</b>
   * higher pay": an infinitive of purpose, sharing its clause's subject, is aimed at whom the clause's act
   * reached: the governing verb's object, else, after a trip or a gathering, the actor of the place it went
   * to. An infinitive complement whose governor has an object ("urged Japan to withdraw") is that object's
   * own act, and has none. -1 when there is none.
   */
  int purposeAddressee(int verb, BitSet used) {
    Dependency head = g.head(verb);
    if (head == null || head.governor() < 0 || !g.token(verb).isVerb() || g.hasChild(verb, "nsubj")
        || g.hasChild(verb, "nsubj:pass") || !hasMark(verb, "to")) {
      return -1;
    }
    int gov = head.governor();
    if (!g.token(gov).isVerb() || isPassive(gov)) {
      return -1;
    }
    boolean trip = ModalityDetector.trip(g.token(gov).key());
    boolean purpose = head.relation().equals("advcl:to") || head.base().equals("xcomp") && trip;
    if (!purpose) {
      return -1;
    }
    for (int c : g.children(gov, "obj")) {
      if (!used.get(c) && !temporal(c) && (mayNameActor(c) || !owners(c, true, used).isEmpty())) {
        return c;
      }
    }
    if (!g.children(gov, "obj").isEmpty() && !trip) {
      return -1;
    }
    for (Dependency d : g.children(gov)) {
      int c = d.dependent();
      if (DESTINATIONS.contains(d.relation()) && !used.get(c) && !temporal(c)
          && (mayNameActor(c) || !owners(c, true, used).isEmpty())) {
        return c;
      }
    }
    return -1;
  }

  private boolean hasMark(int verb, String word) {
    return g.children(verb, "mark").stream().anyMatch(m -> g.token(m).word().equalsIgnoreCase(word));
  }

  /**
   * A prepositional phrase with one of the prepositions whose noun has one of the lemmas; failing
   * that, the preposition as a particle followed by the word ("call off the protest").
   */
  int prepWord(List<Integer> attach, Set<String> prepositions, Set<String> lemmas, BitSet used) {
    for (int a : attach) {
      for (Dependency d : measured(a)) {
        int c = d.dependent();
        String base = d.base();
        // "suspended talks on joining the EU": a gerund after a preposition hangs as a clause (acl:on), not a noun
        boolean gerund = (base.equals("acl") || base.equals("advcl")) && g.token(c).pos().equals("VBG");
        if (used.get(c) || dateName(c) || !(base.equals("obl") || base.equals("nmod") || base.equals("advmod") || gerund)) {
          continue;
        }
        boolean prepOk = prepositions.contains(d.subtype().replace('_', ' ')) || hasCase(c, prepositions);
        if (prepOk && (lemmas.contains(g.token(c).key()) || lemmas.contains(g.token(c).word().toLowerCase(java.util.Locale.ROOT)))) {
          return c;
        }
      }
    }
    if (word(attach, prepositions, used) >= 0) {
      return word(attach, lemmas, used);
    }
    return -1;
  }

  /**
   * The noun of a prepositional phrase with one of the prepositions under an attach node; failing that,
   * one level below, where only an actor will do ("mobilized reservists for a war <b>against Iraq</b>",
   * but not "expelled diplomats on suspicion <b>of</b> being spies").
   */
  int prep(List<Integer> attach, Set<String> prepositions, boolean passive, BitSet used) {
    for (int round = 0; round < 3; round++) {
      List<Integer> level = round == 0 ? attach : round == 1 ? below(attach, used) : clauseOfSubjectNoun(attach.get(0));
      int first = -1;
      for (int a : level) {
        for (Dependency d : g.children(a)) {
          int c = d.dependent();
          if (used.get(c) || temporal(c)) {
            continue;
          }
          String base = d.base();
          if (!(base.equals("obl") || base.equals("nmod") || base.equals("advcl") || base.equals("acl"))) {
            continue;
          }
          if ((base.equals("advcl") || base.equals("acl")) && g.token(c).isVerb() && g.hasChild(c, "nsubj")) {
            continue; // "signed a deal, with Rubio calling it historic": a clause with its own subject, no partner
          }
          if ((base.equals("advcl") || base.equals("acl")) && infinitive(c)) {
            continue; // "a grant to finance projects": the infinitive's "to" is no preposition naming a receiver
          }
          if (passive && a == attach.get(0) && (d.relation().equals("obl:agent") || d.relation().equals("obl:by"))) {
            continue;
          }
          if (absoluteWith(c)) {
            continue; // "agreed to a ceasefire, with Trump saying he had mediated": a comment, no partner
          }
          if (d.subtype().equals("with") && HELP.contains(g.token(c).key()) && !isActor.test(c) && !isRole.test(c)) {
            continue; // "swapped prisoners with mediation by the UAE", "with the help of Turkey": a broker, no partner
          }
          String sub = d.subtype().replace('_', ' ');
          boolean fits = prepositions.contains(sub) || (sub.isEmpty() || sub.equals("agent")) && hasCase(c, prepositions);
          if (fits && (round != 1 || isActor.test(c) || isRole.test(c) || placeOf(c) >= 0)) {
            // "threatened to institute a curfew in Algiers in response to unrest": of several phrases
            // with the preposition, the one naming an actor fills the slot.
            if (mayNameActor(c) || !owners(c, true, used).isEmpty()) {
              return c;
            }
            first = first < 0 ? c : first;
          }
        }
      }
      if (first >= 0) {
        return first;
      }
    }
    // "cordoned off the roads", "tore down the embassy": the word is the verb's particle, the slot its object.
    int trigger = attach.get(0);
    boolean particle = g.children(trigger, "compound:prt").stream()
        .anyMatch(p -> prepositions.contains(g.token(p).key()) || prepositions.contains(g.token(p).word().toLowerCase(java.util.Locale.ROOT)));
    if (particle && g.token(trigger).isVerb()) {
      for (int c : passive ? g.children(trigger, "nsubj:pass") : g.children(trigger, "obj")) {
        if (!used.get(c) && !temporal(c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * "Fighting broke out in Khartoum between the army and the RSF": a noun event that is the subject of
   * a verb of happening has its phrases attached to that verb.
   */
  private List<Integer> clauseOfSubjectNoun(int trigger) {
    Dependency head = g.head(trigger);
    if (!g.token(trigger).isNoun() || head == null || head.governor() < 0 || !head.relation().equals("nsubj")
        || !g.token(head.governor()).isVerb() || g.hasChild(head.governor(), "obj")) {
      return List.of();
    }
    return List.of(head.governor());
  }

  /**
   * The phrases one level below the attach nodes, where an actor may fill a slot. A phrase giving the
   * occasion ("reimposed blockades in the West Bank <b>following the deaths of two Israelis</b>") is
   * no part of the act: its "of" names the dead, not the blockaded. Nor is a reason given by "over" ("expelled
   * two diplomats <b>over the killing of a dissident</b>").
   */
  private List<Integer> below(List<Integer> attach, BitSet used) {
    List<Integer> out = new ArrayList<>();
    for (int a : attach) {
      for (Dependency d : g.children(a)) {
        String b = d.base();
        if ((b.equals("obj") || b.equals("nmod") || b.equals("obl")) && !used.get(d.dependent())
            && !BACKGROUND.contains(d.subtype().replace('_', ' ')) && !(b.equals("obl") && d.subtype().equals("over"))) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * "Israel Friday reimposed blockades": in the wire style of a date right after the subject, CoreNLP
   * makes the date the head and the subject its compound; the compound is the subject.
   */
  private int namedBeforeDate(int subject) {
    if (!temporal(subject)) {
      return subject;
    }
    return g.children(subject, "compound").stream().filter(c -> !temporal(c)).findFirst().orElse(subject);
  }

  /** A temporal expression ("on Tuesday") never fills an actor slot. */
  /**
   * "submitted a motion to impeach Yoon", "filed a bill to ban the group": CoreNLP makes the noun the
   * controller of the infinitive (or hangs the infinitive on it), but a motion or a bill (no actor, no
   * role) does not act; the one who submitted it does. So too the steps taken ("took steps to ease ...").
   */
  private boolean thingControlling(int clause, int c) {
    Dependency head = g.head(clause);
    return head != null && head.relation().equals("xcomp") && g.children(clause, "nsubj:xsubj").contains(c)
        && g.children(head.governor(), "obj").contains(c) && (heldThing(c) || Clauses.takesSteps(g, head.governor()));
  }

  /**
   * A common noun with "a", or bare ("sent <b>material</b> to help defend ..."), neither actor nor role,
   * that is the object of a verb: "submitted <b>a motion</b>". The article keeps out the generic actors of
   * "would not allow any country to interfere".
   */
  private boolean heldThing(int c) {
    var t = g.token(c);
    Dependency up = g.head(c);
    boolean indefinite = g.children(c, "det").stream().anyMatch(d -> INDEFINITE.contains(g.token(d).key()));
    boolean bare = g.children(c, "det", "det:qmod", "nmod:poss", "nummod").isEmpty();
    return up != null && up.relation().equals("obj") && (indefinite || bare) && t.isNoun() && !t.isProperNoun()
        && !isActor.test(c) && !isRole.test(c);
  }

  private static final Set<String> INDEFINITE = Set.of("a", "an");

  private boolean temporal(int c) {
    var t = g.token(c);
    return t.timex() != null || t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
  }

  private boolean hasCase(int node, Set<String> prepositions) {
    for (Dependency d : g.children(node)) {
      if (d.base().equals("case") && prepositions.contains(g.token(d.dependent()).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun heads an absolute "with" phrase set off by a comma, its participle a clause of its own
   * (", with Trump saying ...", ", with rebels holding the airport"), which the parser hangs on the noun.
   */
  private boolean absoluteWith(int noun) {
    boolean participle = g.children(noun, "acl").stream().anyMatch(v -> g.token(v).pos().equals("VBG"));
    return participle && g.children(noun, "case").stream()
        .anyMatch(w -> g.token(w).key().equals("with") && w > 0 && g.token(w - 1).word().equals(","));
  }

  /** Nouns of a third side's part in an act: "with the <b>help</b> of Turkey", "with Qatari <b>mediation</b>". */
  private static final Set<String> HELP = Set.of("help", "mediation", "assistance", "support", "backing", "blessing",
      "facilitation", "aid", "involvement", "participation", "intervention", "consent", "approval", "encouragement");

  /** Whether a clause is an infinitive marked by "to" (tagged TO), as in "a grant to finance schools". */
  private boolean infinitive(int clause) {
    return g.children(clause, "mark").stream().anyMatch(m -> g.token(m).pos().equals("TO"));
  }

  /** The subject of a verb: the agent in the passive; inherited from a governing verb when absent. */
  int verbSubject(int t, boolean passive) {
    return verbSubject(t, passive, false);
  }

  /**
   * @param material the verb codes a material act (force, aid, protest), which a participle after an
   *     inserted "the ministry said" reports rather than performs; a verbal act there ("..., calling the
   *     action dangerous") is the speaker's
   */
  int verbSubject(int t, boolean passive, boolean material) {
    int node = t;
    for (int level = 0; level < 4; level++) {
      boolean pass = level == 0 ? passive : isPassive(node);
      List<Integer> subj = new ArrayList<>(pass ? agent(node) : g.children(node, "nsubj", "nsubj:xsubj", "csubj"));
      if (!pass && subj.isEmpty()) {
        subj.addAll(participleAgent(node)); // "were hit by missiles, killing five": the missiles kill
      }
      if (!pass && subj.isEmpty()) {
        subj.addAll(g.children(node, "nsubj:pass")); // the shared subject of "was received ... and addressed"
      }
      subj.replaceAll(this::namedBeforeDate);
      subj.removeIf(this::temporal);
      // "appealed for $4.2 billion to help people in Sudan", parsed with the sum as the helper: money does not act
      subj.removeIf(c -> g.token(c).pos().equals("$"));
      int verb = node;
      subj.removeIf(c -> thingControlling(verb, c));
      if (!subj.isEmpty() && level == 0 && !pass && !material) {
        // a material act is the thing's own ("an explosion killed four and injured six, the army said")
        int speaker = speakerOfSharedClause(node, subj.get(0));
        if (speaker >= 0) {
          return speaker;
        }
      }
      if (!subj.isEmpty()) {
        return relativeAntecedent(node, subj.get(0));
      }
      if (pass) {
        return -1;
      }
      Dependency head = g.head(node);
      if (head == null || head.governor() < 0) {
        return -1;
      }
      String rel = head.relation();
      if (rel.startsWith("acl") && !rel.equals("acl:relcl") && g.token(node).pos().equals("VB")
          && heldThing(head.governor())) {
        node = g.head(head.governor()).governor(); // "submitted a motion to impeach Yoon": the submitter
        continue;
      }
      if (rel.startsWith("acl") && !rel.equals("acl:relcl")) {
        int clause = clauseOfMisplacedParticiple(node, head.governor());
        Dependency predicate = g.head(head.governor());
        if (clause < 0 && predicate != null && predicate.governor() >= 0 && predicate.relation().startsWith("xcomp")
            && g.token(predicate.governor()).isVerb() && !mayNameActor(head.governor())) {
          // "Russia became the first country to recognise the Taliban": the one who became it acts
          node = predicate.governor();
          continue;
        }
        if (clause < 0) {
          return head.governor(); // "warships, sailing near the islands": the noun acts
        }
        node = clause;
        continue;
      }
      // "..., accusing Moscow of ...": CoreNLP often hangs a participle clause set off by a comma as
      // "dep"; like an adverbial clause, it shares the subject of the clause it comments on.
      boolean participle = rel.equals("dep") && g.token(node).pos().equals("VBG");
      int asker = Clauses.askerOfCommentOnInfinitive(g, node);
      if (asker >= 0) {
        node = asker; // "urged Georgia to withdraw the law, warning that ...": the one who urges warns
        continue;
      }
      int misplaced = participle && g.token(head.governor()).isNoun() ? clauseOfMisplacedParticiple(node, head.governor()) : -1;
      if (misplaced >= 0) {
        node = misplaced; // "would cut off all funding to South Africa, accusing its government of ...", hung as dep
        continue;
      }
      if (!(Clauses.infinitive(g, head) || rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("advcl")
          || participle)) {
        return -1;
      }
      int speaker = reporterOfComment(node, head);
      if (speaker >= 0) {
        return speaker;
      }
      int sayer = !material && level == 0 ? sayerOfTrailingComment(node, head) : -1;
      if (sayer >= 0) {
        return sayer;
      }
      // "Congo accuses Rwanda of backing the rebels": the act given as the reason is the accused's
      int accused = rel.startsWith("advcl") && g.token(node).pos().equals("VBG") ? accused(head.governor(), rel) : -1;
      if (accused >= 0) {
        return accused;
      }
      node = participle && material ? beyondAttribution(head.governor()) : head.governor();
    }
    return -1;
  }

  /**
   * "Warplanes struck the suburbs, the health ministry said, killing 12 people": CoreNLP hangs the
   * participle on the inserted "said"; a material act there follows from the clause reported, whose
   * subject acts.
   */
  private int beyondAttribution(int verb) {
    if (!org.entente.model.Speech.reports(g.token(verb).key())) {
      return verb;
    }
    for (Dependency up : g.parents(verb)) {
      if (up.relation().equals("parataxis") && up.governor() >= 0 && g.token(up.governor()).isVerb()) {
        return up.governor();
      }
    }
    return verb;
  }

  /**
   * "announced their withdrawal from the bloc, <b>accusing</b> it of ...": CoreNLP hangs a participle set off
   * by a comma on the object before it; when that object is a thing, not an actor that could act, the
   * participle comments on the clause, and the verb governing the object is the one whose subject it shares.
   * -1 when the noun may act itself ("warships, sailing near the islands").
   */
  private int clauseOfMisplacedParticiple(int participle, int noun) {
    Dependency object = g.head(noun);
    boolean afterComma = participle > 0 && g.token(participle - 1).word().equals(",");
    if (!afterComma || !g.token(participle).pos().equals("VBG") || mayNameActor(noun) || object == null
        || object.governor() < 0 || !object.relation().equals("obj") || !g.token(object.governor()).isVerb()) {
      return -1;
    }
    return object.governor();
  }

  /**
   * "Boats were blasted with water cannon by a coast guard ship, <b>Manila said, calling</b> the action
   * illegal": a participle that passes judgement (a small clause or a clause said) right after a reporting
   * clause set in the sentence ("X said,") is that reporter's comment, not the reported actor's. -1 otherwise.
   */
  private int reporterOfComment(int participle, Dependency head) {
    boolean comment = g.token(participle).pos().equals("VBG") && !head.relation().startsWith("conj")
        && (g.hasChild(participle, "ccomp")
            || g.children(participle, "xcomp").stream().anyMatch(x -> !g.token(x).isVerb()));
    if (!comment) {
      return -1;
    }
    for (int report : g.children(head.governor(), "parataxis")) {
      List<Integer> reporter = g.children(report, "nsubj");
      if (report < participle && report > head.governor() && g.token(report).isVerb() && !reporter.isEmpty()) {
        return reporter.get(0);
      }
    }
    return -1;
  }

  /**
   * "The EU said the opposition had won the election, <b>rejecting</b> the government's claim", "Poland said
   * its jets had downed a drone, <b>accusing</b> Moscow of ...": a spoken act in a participle set off by a
   * comma after a reported clause is said by the speaker, not by the reported clause's subject, though
   * CoreNLP hangs it on the reported verb. (A material act there, "..., killing five", is the reported
   * actor's.) The speaker, or -1.
   */
  private int sayerOfTrailingComment(int participle, Dependency head) {
    boolean trailing = g.token(participle).pos().equals("VBG") && participle > 0
        && g.token(participle - 1).word().equals(",") && (head.relation().equals("dep") || head.base().equals("advcl"));
    if (!trailing || head.governor() < 0 || participle < head.governor()) {
      return -1;
    }
    for (Dependency said : g.parents(head.governor())) {
      if (said.relation().equals("ccomp") && said.governor() >= 0
          && org.entente.model.Speech.reports(g.token(said.governor()).key())) {
        List<Integer> speakers = g.children(said.governor(), "nsubj");
        return speakers.isEmpty() ? -1 : speakers.get(0);
      }
    }
    return -1;
  }

  /**
   * "The White House said the charges were ridiculous and demanded his release": CoreNLP reads the second
   * verb both as said's complement and as conjoined to "ridiculous", and lends it the subject of that
   * clause. When that subject is a thing, not an actor, the verb is the speaker's: said's subject, or -1.
   */
  private int speakerOfSharedClause(int verb, int subject) {
    if (mayNameActor(subject) || g.token(subject).isProperNoun() || namedByCompound(subject)) {
      return -1;
    }
    for (Dependency said : g.parents(verb)) {
      if (!said.relation().equals("ccomp") || said.governor() < 0) {
        continue;
      }
      for (Dependency conj : g.parents(verb)) {
        int first = conj.governor();
        boolean sibling = conj.base().equals("conj") && first >= 0 && g.children(first, "nsubj").contains(subject)
            && g.parents(first).stream().anyMatch(d -> d.relation().equals("ccomp") && d.governor() == said.governor());
        if (sibling) {
          List<Integer> speakers = g.children(said.governor(), "nsubj");
          return speakers.isEmpty() ? -1 : speakers.get(0);
        }
      }
    }
    return -1;
  }

  /** "Chinese <b>coast guard</b> ships": a vessel or unit named by an actor compound is that actor, not a thing. */
  private boolean namedByCompound(int noun) {
    return g.children(noun, "compound").stream().anyMatch(this::mayNameActor);
  }

  /**
   * "Kyiv was hit by a barrage of missiles, killing five people": CoreNLP makes the participle a conjunct
   * of the passive verb and lends it the passive subject; the one who kills is the passive's agent.
   */
  private List<Integer> participleAgent(int node) {
    if (!g.token(node).pos().equals("VBG")) {
      return List.of();
    }
    for (Dependency up : g.parents(node)) {
      if (up.base().equals("conj") && up.governor() >= 0 && isPassive(up.governor())) {
        return agent(up.governor());
      }
    }
    return List.of();
  }

  private List<Integer> agent(int node) {
    List<Integer> out = new ArrayList<>(g.children(node, "obl:agent", "obl:by", "nmod:agent"));
    if (out.isEmpty() && g.token(node).isVerb()) {
      // "was sentenced to three years in prison for espionage by a Beijing court": CoreNLP hangs a late
      // by-phrase on the nearest noun; one naming an actor under the verb's own phrases is its agent.
      for (Dependency d : g.children(node)) {
        if (!d.base().equals("obl")) {
          continue;
        }
        for (int c : g.children(d.dependent(), "nmod:by", "nmod:agent")) {
          if (isActor.test(c) || isRole.test(c)) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  /** The source of a nominal event: possessor, actor modifier, "by" phrase, or the subject of the light verb. */
  int nounSubject(int t, BitSet used) {
    return nounSubject(t, used, false);
  }

  /**
   * @param given the noun is an act taken as given by the coded verb whose slot it fills ("condemned
   *     the deployment of troops"): that verb's subject is not its agent
   */
  int nounSubject(int t, BitSet used, boolean given) {
    if (g.hasChild(t, "cop") && g.children(t, "case").stream().anyMatch(c -> g.token(c).key().equals("on"))
        && g.children(t, "nsubj").stream().anyMatch(c -> !used.get(c))) {
      // "it was on high alert": a state's subject is in it (see EventCoder: only force posture lines)
      return verbSubject(t, false);
    }
    for (int c : g.children(t, "nmod:poss")) {
      if (!used.get(c)) {
        return c;
      }
    }
    for (Dependency d : g.children(t)) {
      if (GROUP_NOUN_MODIFIERS.contains(d.relation()) && isActor.test(d.dependent()) && !used.get(d.dependent())) {
        return d.dependent();
      }
    }
    for (int c : g.children(t, "nmod:by", "nmod:agent")) {
      if (!used.get(c)) {
        return c;
      }
    }
    for (int participle : g.children(t, "acl")) {
      // "barricades set up by the security service", "a blockade imposed by Israel": the participle's agent
      // (also when the participle is a word of the noun's pattern: "a case brought by Gambia")
      if (g.token(participle).pos().equals("VBN")) {
        for (int c : g.children(participle, "obl:agent", "obl:by")) {
          if (!used.get(c) && (isActor.test(c) || isRole.test(c))) {
            return c;
          }
        }
      }
    }
    Dependency head = g.head(t);
    if (head != null && head.governor() >= 0 && !given) {
      String rel = head.relation();
      int v = head.governor();
      if (rel.startsWith("nmod") && temporal(v)) {
        // "on Sunday, the 18th weekend of demonstrations": a period named by its acts says when, not who
        return -1;
      }
      if (rel.equals("obj") && g.token(v).isVerb()) {
        return TOPIC_VERBS.contains(g.token(v).key()) ? -1 : verbSubject(v, isPassive(v));
      }
      if (rel.equals("nsubj:pass") && g.token(v).isVerb()) {
        List<Integer> a = agent(v);
        return a.isEmpty() ? -1 : a.get(0);
      }
      if (rel.startsWith("obl") && BACKGROUND.contains(rel.substring(rel.indexOf(':') + 1))) {
        // "expelled diplomats after reports of killings": an act named as the occasion is not the subject's
        return -1;
      }
      if (TOPIC_PREPOSITIONS.contains(rel.substring(rel.indexOf(':') + 1)) || AFTER_THE_ACT.contains(g.token(v).key())
          || ENDINGS.contains(g.token(v).key()) && rel.startsWith("nmod")
          || RESPONSES.contains(g.token(v).key()) && Set.of("obl:to", "obl:for", "obl:against").contains(rel)) {
        // "spoke about the war in Ukraine", "prayed for the victims of the bombing", "would respond to any
        // deployment", "demanded an end to arms sales": what is talked about, suffered, answered or to be
        // stopped is no act of the subject's (but "retaliated with air strikes" is)
        return -1;
      }
      if ((rel.equals("obl:in") || rel.equals("obl:during") || rel.equals("obl:at")) && g.token(v).isVerb() && isPassive(v)
          && agent(v).isEmpty() && (FIGHTS.contains(g.token(t).key()) || PROTESTS.contains(g.token(t).key()))) {
        // "twenty soldiers were killed in a clash with Chinese troops": those killed or wounded in a fight
        // were one side of it; "thousands were detained at anti-war protests": those held at a protest took part
        List<Integer> sides = g.children(v, "nsubj:pass");
        return sides.isEmpty() || used.get(sides.get(0)) ? -1 : sides.get(0);
      }
      if (PROTEST_SETTINGS.contains(rel) && g.token(v).isVerb() && !isPassive(v) && PROTESTS.contains(g.token(t).key())
          && !PARTICIPATING.contains(g.token(v).key())) {
        // "police arrested dozens of students during protests": those held at a protest took part in it; "police
        // fired tear gas during protests": the police did not protest, the protesters are left to the context
        for (int c : g.children(v, "obj")) {
          if (!used.get(c) && mayNameActor(c)) {
            return c;
          }
        }
        if (REPRESSING.contains(g.token(v).key())) {
          return -1;
        }
      }
      if ((rel.startsWith("obl") || rel.startsWith("nmod")) && g.token(v).isVerb()) {
        int accused = accused(v, rel);
        if (accused < 0 && rel.endsWith(":over") && !isPassive(v) && !RECEIVING.contains(g.token(v).key())) {
          // "protested over the expulsion of its diplomats", "is considering sanctions over arms sales to
          // Taiwan": what an act answers is someone else's, not the subject's ("faced criticism over its
          // strikes" is the subject's own)
          return -1;
        }
        return accused >= 0 ? accused : verbSubject(v, isPassive(v));
      }
      if (rel.equals("nmod:over") && g.token(v).isNoun() && !received(v)) {
        // "sanctions on U.S. firms over arms sales to Taiwan": the sanctioner is not the seller
        return -1;
      }
      if (rel.startsWith("nmod") && g.token(v).isNoun() && !used.get(v) && !answersAct(rel, v)) {
        // "channels of dialogue with Pyongyang": the noun event sits under another noun.
        int up = nounSubject(v, used);
        if (up >= 0) {
          return up;
        }
      }
    }
    return -1;
  }

  /**
   * "a warning <b>from the Revolutionary Guards</b>", "objections <b>from Berlin</b>": a spoken act named by a
   * noun comes from the actor of its "from" phrase. -1 if it has none.
   */
  int speakerFrom(int noun, BitSet used) {
    for (int c : g.children(noun, "nmod:from")) {
      if (!used.get(c) && (isActor.test(c) || isRole.test(c)) && !temporal(c)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * "students defied <b>a warning from the Guards</b>", "France bowed to pressure from the junta", "the plan
   * drew objections from Berlin": a spoken act with its speaker in a "from" phrase is aimed at the subject of
   * the verb that receives it (its object or prepositional phrase). -1 if there is none.
   */
  int recipientOfSpokenAct(int noun, BitSet used) {
    Dependency head = g.head(noun);
    if (speakerFrom(noun, used) < 0 || head == null || head.governor() < 0 || !g.token(head.governor()).isVerb()
        || !(head.base().equals("obj") || head.base().equals("obl"))) {
      return -1;
    }
    int s = verbSubject(head.governor(), isPassive(head.governor()));
    return s >= 0 && !used.get(s) && s != speakerFrom(noun, used) ? s : -1;
  }

  /**
   * Verbs that take an act as the topic of what their subject says, thinks or shows: "Lula <b>compared</b> the
   * war in Gaza to the Holocaust", "Macron <b>described</b> the invasion as a turning point". Their subject is
   * no agent of the act (a light verb's is: "launched an invasion", "imposed a ban").
   */
  private static final Set<String> TOPIC_VERBS = Set.of("compare", "liken", "equate", "describe", "depict", "portray",
      "characterise", "characterize", "recall", "remember", "recount", "mention", "cite", "discuss", "debate",
      "analyse", "analyze", "study", "examine", "document", "chronicle", "explain", "predict", "forecast",
      "witness", "survive", "fear", "dramatise", "dramatize", "film", "photograph", "teach");

  /** Fights with two sides, each of whom may be killed in them: "were killed in clashes with rebels". */
  private static final Set<String> FIGHTS = Set.of("clash", "fighting", "battle", "skirmish", "firefight", "gunfight",
      "shootout", "gunbattle");

  /** Gatherings whose participants may be held, hurt or killed at them: "were detained at protests". */
  private static final Set<String> PROTESTS = Set.of("protest", "rally", "demonstration", "march", "sit-in", "vigil");

  /** Relations of the setting an act was done in: "arrested dozens <b>during</b> protests". */
  private static final Set<String> PROTEST_SETTINGS = Set.of("obl:during", "obl:at", "obl:in");
  /** Verbs whose subject takes part in the protest it is done in: "took part in protests", "were among". */
  private static final Set<String> PARTICIPATING = Set.of("take", "participate", "join", "be", "gather", "march",
      "chant", "speak", "rally", "demonstrate", "protest", "shout", "wave", "carry", "hold", "sing", "dance", "camp",
      "assemble", "converge", "turn", "walk");
  /** Verbs of policing a crowd: their subject does not protest ("police fired tear gas during protests"). */
  private static final Set<String> REPRESSING = Set.of("fire", "shoot", "use", "deploy", "arrest", "detain", "disperse",
      "kill", "beat", "injure", "wound", "break", "crack", "charge", "baton", "tear-gas", "teargas", "round", "open",
      "clamp", "storm", "raid", "block", "cordon", "seal", "impose", "ban", "suppress", "quell", "crush");

  /** Verbs whose prepositional object is the act answered: "would respond harshly <b>to</b> any deployment". */
  private static final Set<String> RESPONSES = Set.of("respond", "react", "reply", "retaliate", "answer");

  /** Prepositions of a topic: "wrote <b>about</b> the invasion". */
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "regarding", "concerning");

  /** Nouns of those who suffered an act or of what came after it: "the victims of the bombing". */
  private static final Set<String> AFTER_THE_ACT = Set.of("victim", "survivor", "anniversary", "aftermath", "memory",
      "memorial", "legacy");

  /**
   * Nouns of an act stopped: "marched to demand an end to arms sales to Israel", "called for a halt to the
   * strikes". Who asks for (or agrees to) the stop is not who sells or strikes.
   */
  private static final Set<String> ENDINGS = Set.of("end", "halt", "stop", "cessation", "suspension", "freeze",
      "moratorium");

  /** Prepositions of a phrase giving the occasion of an act, not a part of it: "after", "amid", "despite". */
  private static final Set<String> BACKGROUND = Set.of("after", "before", "following", "amid", "despite", "since", "until");

  /**
   * "struck targets in response <b>to attacks</b> on shipping", "in retaliation <b>for</b> the raid", "recalled its
   * ambassador in protest <b>at the operation</b>": the act an
   * adverbial "in N to/for/against" phrase answers is someone else's, not the subject's (also when the parser
   * hangs the phrase on a noun: "barred airlines from its airspace in response to the invasion").
   */
  private boolean answersAct(String rel, int noun) {
    Dependency up = g.head(noun);
    return (rel.equals("nmod:to") || rel.equals("nmod:for") || rel.equals("nmod:against") || rel.equals("nmod:at")
            || rel.equals("nmod:over"))
        && up != null && (up.relation().equals("obl:in") || up.relation().equals("nmod:in"));
  }

  /**
   * Verbs whose object is where the subject goes: "will visit Japan <b>for a summit</b>" is the visitor's
   * summit, the phrase gives the purpose of the trip, not a charge against Japan.
   */
  private static final Set<String> DESTINATION_OBJECT = Set.of("visit", "tour", "reach", "enter", "leave");

  /** Prepositions that give the reason for an act aimed at someone: "accused X of", "blamed X for". */
  private static final Set<String> REASONS = Set.of("of", "for", "with", "over");

  /**
   * "accused Moscow <b>of</b> the deportation", "blamed Hamas <b>for</b> the attack", "Russia was charged
   * <b>with</b> aggression": the act named in the reason phrase is the accused actor's, not the accuser's.
   */
  private int accused(int verb, String rel) {
    int colon = rel.indexOf(':');
    if (colon < 0 || !REASONS.contains(rel.substring(colon + 1)) || DESTINATION_OBJECT.contains(g.token(verb).key())) {
      return -1;
    }
    for (int c : isPassive(verb) ? g.children(verb, "nsubj:pass") : g.children(verb, "obj")) {
      if (mayNameActor(c)) {
        return c;
      }
    }
    if (COMPLAINTS.contains(g.token(verb).key())) {
      // "protested to Beijing over the detention of an employee": a complaint's addressee is the one blamed
      for (int c : g.children(verb, "obl:to", "obl:with")) {
        if (mayNameActor(c)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** Verbs whose subject receives a reaction "over" an act of its own: "faced sanctions over the invasion". */
  private static final Set<String> RECEIVING = Set.of("face", "draw", "attract", "receive", "earn", "incur", "suffer",
      "come", "risk", "apologise", "apologize", "resign", "quit", "step");

  /** Whether a noun is what its verb's subject receives: "faced <b>sanctions</b> over the invasion". */
  private boolean received(int noun) {
    Dependency up = g.head(noun);
    return up != null && up.governor() >= 0 && up.relation().equals("obj") && RECEIVING.contains(g.token(up.governor()).key());
  }

  /** Verbs of complaining to someone ("to", "with") about an act of theirs. */
  private static final Set<String> COMPLAINTS = Set.of("protest", "complain", "remonstrate", "lodge");

  /**
   * Whether a clause subject can be the addressee of a demand or warning: an actor, a role word, a
   * personal pronoun ("demanding that he be reinstated") or a name the dictionaries do not know.
   */
  boolean mayNameActor(int c) {
    var t = g.token(c);
    return isActor.test(c) || isRole.test(c) || t.pos().equals("PRP") && !t.word().equalsIgnoreCase("it")
        || t.isProperNoun() && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"));
  }

  /** Participles that name who wants a person handed over: "a man sought by Germany", "wanted by the US". */
  private static final Set<String> WANTED = Set.of("seek", "want", "request");

  /**
   * "a Ukrainian man <b>sought by Germany</b>": the actor in the "by" phrase of a passive participle of
   * wanting that modifies one of the targets, -1 if there is none.
   */
  int requesterOf(List<Integer> targets, BitSet used) {
    for (int x : targets) {
      for (int p : g.children(x, "acl")) {
        if (!WANTED.contains(g.token(p).key()) || !g.token(p).pos().equals("VBN")) {
          continue;
        }
        for (int c : g.children(p, "obl:by")) {
          if (!used.get(c) && mayNameActor(c)) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  /** Whether a token is a role word ("parliament", "police"): an actor without a name of its own. */
  boolean isRoleWord(int c) {
    return isRole.test(c) && !isActor.test(c);
  }

  /** "bombed <b>what</b> New Delhi called a camp": a clause opened by a wh-word names a thing, not an address. */
  private boolean afterWhWord(int subject) {
    int first = g.span(subject, d -> d.base().equals("compound") || d.base().equals("det") || d.base().equals("amod"))[0];
    return first > 0 && g.token(first - 1).pos().startsWith("W");
  }

  /** Relations that name who a thing belongs to or comes from: "Seoul's decision", "a Senegalese plan". */
  private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "amod", "compound", "nmod:from", "nmod:by");

  /**
   * The actors a thing belongs to or comes from: its possessor, an actor adjective or compound, a
   * "from" or "by" phrase ("rejected an offer <b>from Kabul</b>").
   *
   * @param namedOnly only owners that are actor phrases: a possessive pronoun is left out ("its
   *     labour market" is the speaker's own)
   */
  List<Integer> owners(int thing, boolean namedOnly, BitSet used) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : g.children(thing)) {
      int c = d.dependent();
      boolean possessor = d.relation().equals("nmod:poss") && !namedOnly;
      if (OWNER_RELATIONS.contains(d.relation()) && (possessor || isActor.test(c)) && !temporal(c)) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      out.addAll(agentsOfParticiple(thing, used));
    }
    return out;
  }

  /**
   * The agent and origin phrases of a participle after a thing: "crimes committed by Russian forces", "cars
   * imported from China"; of a present participle only the origin ("products originating from Japan"),
   * its "by" phrase being a means.
   */
  private static final Set<String> PARTICIPLE_ORIGINS = Set.of("obl:agent", "obl:by", "obl:from");

  private List<Integer> agentsOfParticiple(int thing, BitSet used) {
    List<Integer> out = new ArrayList<>();
    for (int participle : g.children(thing, "acl")) {
      // "a truce mediated by Qatar", coding the mediation: the trigger's own agent is no owner of its object.
      String pos = g.token(participle).pos();
      if (!(pos.equals("VBN") || pos.equals("VBG")) || used.get(participle)) {
        continue;
      }
      for (Dependency d : g.children(participle)) {
        boolean origin = pos.equals("VBN") ? PARTICIPLE_ORIGINS.contains(d.relation()) : d.relation().equals("obl:from");
        if (origin && (isActor.test(d.dependent()) || isRole.test(d.dependent()))
            && !temporal(d.dependent())) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * "rejected the Senegalese peace plan", "dismissed an appeal from President Gbagbo": a target that is
   * a thing rather than an actor stands for the actor it belongs to or comes from. Names, actor phrases,
   * role words ("the Japanese company") and acts ({@code act}: in "demanded the man's release" the
   * possessor is the one released, not the addressee) stay as they are.
   */
  List<Integer> actorsOf(List<Integer> fillers, Slot slot, IntPredicate act, BitSet used) {
    List<Integer> out = new ArrayList<>();
    for (int filler : fillers) {
      int actor = actorOf(filler, slot, act, used);
      if (!out.contains(actor)) {
        out.add(actor);
      }
      if (actor != filler) {
        // "met French and German leaders", "condemned the US and British strikes": owners
        // coordinated with the one found own the thing together.
        for (int also : expand(actor)) {
          if (!out.contains(also) && isActor.test(also)) {
            used.set(also);
            out.add(also);
          }
        }
      }
    }
    return out;
  }

  /** Words that, with an "of" phrase, only name a place: "the town of Halabja", "the port city of Odesa". */
  private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "port", "district", "province",
      "region", "enclave", "island", "settlement", "capital");

  /** "an attack on the town of Halabja": a settlement word names the place of its "of" phrase; -1 if it names none. */
  private int placeOf(int noun) {
    if (!SETTLEMENTS.contains(g.token(noun).key())) {
      return -1;
    }
    return g.children(noun, "nmod:of").stream().filter(isActor::test).findFirst().orElse(-1);
  }

  private int actorOf(int filler, Slot slot, IntPredicate act, BitSet used) {
    var t = g.token(filler);
    if (slot != Slot.TARGET || !t.isNoun() || t.isProperNoun() || isActor.test(filler) || isRole.test(filler)) {
      return filler;
    }
    if (act.test(filler)) {
      // "investigated crimes committed by Russian forces": an act with its agent named stands for the agent.
      List<Integer> agents = agentsOfParticiple(filler, used);
      return agents.isEmpty() || used.get(agents.get(0)) ? filler : agents.get(0);
    }
    for (int counted : g.children(filler, "nmod:of")) {
      // "tariffs on 155 billion Canadian dollars of American goods": a measure belongs to what it counts.
      if (g.hasChild(filler, "nummod") && g.token(counted).isNoun()) {
        return actorOf(counted, slot, act, used);
      }
    }
    if (placeOf(filler) >= 0) {
      return placeOf(filler);
    }
    for (int owner : owners(filler, true, used)) {
      if (!used.get(owner)) {
        used.set(owner);
        return owner;
      }
    }
    return filler;
  }

  /**
   * "Colombia's government and FARC rebels signed": CoreNLP may read "government and FARC" as two
   * compounds of "rebels". A compound with a possessor of its own, coordinated with another compound of
   * the same noun, is a noun phrase of its own coordinated with the head.
   */
  private List<Integer> misreadConjunct(int head) {
    List<Integer> compounds = g.children(head, "compound");
    for (int c : compounds) {
      boolean coordinated = g.children(c).stream().anyMatch(d -> d.base().equals("conj") && compounds.contains(d.dependent()));
      if (c < head && coordinated && g.hasChild(c, "nmod:poss") && (isActor.test(c) || isRole.test(c))) {
        return List.of(c);
      }
    }
    return List.of();
  }

  /**
   * "killing three people and damaging energy infrastructure": the tagger reads the second participle as
   * an adjective, and the parser joins its object to the victims; a conjunct opened by an "-ing" word is
   * a second act, not a second victim.
   */
  private boolean participleConjunct(int conjunct) {
    int first = conjunct;
    for (Dependency d : g.children(conjunct)) {
      if (d.base().equals("amod") || d.base().equals("compound") || d.base().equals("det")) {
        first = Math.min(first, d.dependent());
      }
    }
    String pos = g.token(first).pos();
    return first < conjunct && g.token(first).key().endsWith("ing") && (pos.equals("JJ") || pos.equals("VBG"))
        && first > 0 && g.token(first - 1).pos().equals("CC");
  }

  /**
   * A slot head and the heads coordinated with it ("Japan and South Korea"). A finite verb the parser
   * joins to a name ("ties with Egypt, a decade after the two sides withdrew ...") is a clause, not a
   * second actor.
   */
  List<Integer> expand(int head) {
    List<Integer> out = new ArrayList<>();
    out.add(head);
    out.addAll(misreadConjunct(head));
    for (Dependency d : g.children(head)) {
      if (d.base().equals("conj") && !out.contains(d.dependent()) && !d.subtype().equals("but")
          && !participleConjunct(d.dependent()) && !FINITE_VERB.contains(g.token(d.dependent()).pos())) {
        out.add(d.dependent());
      }
    }
    return out;
  }
}
