package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mends dependency shapes the parser is known to get wrong in news, where the wrong shape hides an event.
 *
 * <p>"Beijing responded by banning seafood imports and accused Tokyo ...": after an intransitive verb the
 * parser often makes "by" an adverb and hangs the gerund (and everything joined to it) on "by" as an
 * unlabelled {@code dep}, so the ban has no clause to be coded from. The shape it means is the one it
 * gives elsewhere ("reacted by summoning"): {@code advcl:by(responded, banning)}.
 *
 * <p>"China's military began drills", "the US military destroyed a boat": the tagger takes "military"
 * after a possessive or a name for an adjective of "China" or "US", so the phrase loses its role word and
 * its head. A word tagged as an adjective right after "'s", or right after a name that has its own
 * article, and ending the phrase is the possessed noun, the name its compound.
 *
 * <p>"the United States said it fundamentally rejected the court's move": with an adverb between, the
 * parser makes "it" the object of "said" and hangs the finite verb on it as a {@code dep}, so the
 * rejection has no subject. The pronoun is the subject of the clause said.
 *
 * <p>"The European Union, which imposed sanctions on Iran, said ...": the tagger reads "imposed" as a
 * finite verb, but the parser makes "which imposed sanctions" a noun phrase, the verb an adjective of its
 * object, so the relative clause has no verb. A finite verb hung as an adjective right after a relative
 * pronoun is the clause's verb, with that noun its object and the noun the clause modifies its subject.
 *
 * <p>"Gunmen armed with rifles stormed the embassy": the parser makes the participle "armed" the clause's
 * verb, with the gunmen its subject, and hangs the real verb on it as an unlabelled {@code dep}, so the
 * storming has no subject. A past participle without an auxiliary cannot carry the clause; the finite verb
 * it holds as {@code dep} does, and the participle is a reduced relative on its subject. So does a passive
 * with its own auxiliary ("a ship operated by a Japanese firm was hijacked by Houthi rebels", "Americans
 * held in Iran were released"), whose subject is then the one acted on.
 *
 * <p>"called Erdogan to offer help": see {@link ContactPurpose}; "let inspectors reinstall cameras": see
 * {@link LetObject}; "soldiers captured by Ukrainian forces said": see {@link ReducedPassive}; "called on
 * Israel to allow aid": see {@link CallOnObject}; "was quoted as saying he would": see {@link QuotedAsSaying};
 * "blocked roads demanding ...": see {@link ObjectAsParticipleSubject}; "is considering sending
 * weapons, an official said": see {@link GerundComplement}; "the first of four systems promised by Germany was
 * delivered": see {@link Partitive}; "said a missile launched on Saturday landed in its zone": see
 * {@link ReportedParticiple}; "..., killing three people, governor Oleh Kiper said": see
 * {@link TrailingSpeaker}; "vessels that entered restricted waters": see {@link RelativeVerbAsSubject};
 * "declared martial law but lifted it": see {@link SharedObjectPronoun}; "Iran warned it would retaliate"
 * read as a clausal subject: see {@link SpeakerAsClauseSubject}; "threatened on Thursday to impose" with the day
 * the infinitive's subject: see {@link DayAsInfinitiveSubject}; "Algeria, which drafted the text, said" with the
 * subject made the root: see {@link SpeakerAsRoot}; "filed a case at the court accusing Israel": see
 * {@link DocumentParticiple}; "passed a resolution on Wednesday censuring Iran" with the participle an adjective of
 * the name: see {@link DayParticiple}; "warned that any attempt to stop the flow would be considered an act of war"
 * with the speech verb the clausal subject of "considered": see {@link ContentCutAtModal}; "told visiting US
 * Secretary of State Antony Blinken" with the host made the visitor: see {@link VisitingGuest}; "warned Tokyo on
 * Friday to stop interfering" with the warner made the one to stop: see {@link ObjectControl}; "restore ties with
 * Gondor, five years after ..., a senior official said" with the report a relative clause on "ties": see
 * {@link SpeakerAsRelativeClause}; "urged China to lift the ban and to release" with the asker made the one to
 * release: see {@link SecondInfinitive}; "Thailand, Cambodia agree to ceasefire" with no join between the parties:
 * see {@link CommaJoinedSubjects}; "responded by expelling Rwandan diplomats" with the gerund an adjective: see
 * {@link ByGerundAsAdjective}; "A Ukrainian drone hit" with "drone" a verb: see {@link NounReadAsVerb}.
 */
final class Misparses {

  private Misparses() {}

  /** A mend of its own class: takes the sentence and the dependencies mended so far. */
  private interface Mend {
    List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps);
  }

  private static final List<Mend> MENDS = List.of(ContactPurpose::repair, LetObject::repair, ReducedPassive::repair,
      CallOnObject::repair, QuotedAsSaying::repair, ObjectAsParticipleSubject::repair, GerundComplement::repair,
      Partitive::repair, ReportedParticiple::repair, TrailingSpeaker::repair, RelativeVerbAsSubject::repair,
      SharedObjectPronoun::repair, SpeakerAsClauseSubject::repair, DayAsInfinitiveSubject::repair,
      SpeakerAsRoot::repair, DocumentParticiple::repair, DayParticiple::repair, ContentCutAtModal::repair,
      VisitingGuest::repair, ObjectControl::repair, SpeakerAsRelativeClause::repair, SecondInfinitive::repair,
      CommaJoinedSubjects::repair, ByGerundAsAdjective::repair);

  /** Tags of a finite verb that can carry a clause of its own: shared by the mends. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** The first word of the noun phrase headed by {@code head}: its modifiers before it. Shared by the mends. */
  static int phraseStart(List<Dependency> deps, int head) {
    int start = head;
    for (Dependency d : deps) {
      String r = d.relation();
      if (d.governor() == head && d.dependent() < start
          && (r.equals("compound") || r.equals("amod") || r.equals("det") || r.equals("nmod:poss") || r.equals("nummod"))) {
        start = Math.min(start, phraseStart(deps, d.dependent()));
      }
    }
    return start;
  }

  /** Whether {@code governor} has a dependent by {@code relation} in {@code deps}: shared by the mends. */
  static boolean hasChild(List<Dependency> deps, int governor, String relation) {
    return deps.stream().anyMatch(d -> d.governor() == governor && d.relation().equals(relation));
  }

  static AnnotatedSentence repair(AnnotatedSentence sentence) {
    AnnotatedSentence s = NounReadAsVerb.repair(participleAsAdjective(possessedAdjective(sentence)));
    List<Dependency> deps = gerundAsSubject(s, groupSubjectAsObject(s,
        participleAsVerb(s, relativeVerbAsAdjective(s, saidPronounObject(s, byGerund(s))))));
    for (Mend mend : MENDS) {
      deps = mend.repair(s, deps);
    }
    return deps == s.dependencies() ? s
        : new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps, s.parsed());
  }

  private static AnnotatedSentence possessedAdjective(AnnotatedSentence sentence) {
    List<Dependency> deps = sentence.dependencies();
    List<Token> tokens = sentence.tokens();
    List<Dependency> out = null;
    List<Token> retagged = null;
    for (Dependency d : deps) {
      int adj = d.dependent();
      int owner = d.governor();
      if (!d.relation().equals("amod") || owner < 0) {
        continue;
      }
      boolean possessed = owner < adj - 1 && adj >= 2 && tokens.get(adj - 1).pos().equals("POS");
      boolean named = owner == adj - 1 && tokens.get(owner).pos().equals("NNP")
          && deps.stream().anyMatch(x -> x.governor() == owner && x.relation().equals("det"));
      if (!(possessed || named)
          || !tokens.get(adj).pos().equals("JJ")
          || adj + 1 < tokens.size() && startsPhrase(tokens.get(adj + 1).pos())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
        retagged = new ArrayList<>(tokens);
      }
      Token t = tokens.get(adj);
      retagged.set(adj, new Token(t.index(), t.word(), t.lemma(), "NN", t.ner(), t.timex(), t.begin(), t.end()));
      out.remove(d);
      List<Dependency> moved = new ArrayList<>();
      for (java.util.Iterator<Dependency> it = out.iterator(); it.hasNext(); ) {
        Dependency up = it.next();
        if (up.dependent() == owner && up.governor() != adj && !up.relation().equals("case")) {
          it.remove();
          moved.add(new Dependency(up.relation(), up.governor(), adj));
        }
      }
      out.addAll(moved);
      out.add(new Dependency(possessed ? "nmod:poss" : "compound", adj, owner));
    }
    return out == null ? sentence
        : new AnnotatedSentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), retagged, out,
            sentence.parsed());
  }

  /**
   * "responded by firing warning shots": the tagger reads "warning" as a second gerund and the parser
   * makes it the clause's verb, with "firing" its subject. A gerund right before another gerund that has an
   * object and takes it as subject is the verb; the second gerund describes the object.
   */
  private static List<Dependency> gerundAsSubject(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency subj : deps) {
      int second = subj.governor();
      int first = subj.dependent();
      if (!subj.relation().equals("nsubj") || second < 0 || first != second - 1
          || !sentence.token(first).pos().equals("VBG") || !sentence.token(second).pos().equals("VBG")) {
        continue;
      }
      Integer object = null;
      for (Dependency d : deps) {
        if (d.governor() == second && d.relation().equals("obj") && d.dependent() == second + 1) {
          object = d.dependent();
        }
      }
      if (object == null || deps.stream().anyMatch(d -> d.governor() == first)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      List<Dependency> moved = new ArrayList<>();
      for (java.util.Iterator<Dependency> it = out.iterator(); it.hasNext(); ) {
        Dependency d = it.next();
        if (d == subj || d.equals(subj)) {
          it.remove();
        } else if (d.dependent() == second) {
          it.remove();
          moved.add(new Dependency(d.relation(), d.governor(), first));
        } else if (d.governor() == second) {
          it.remove();
          moved.add(new Dependency(d.relation(), first, d.dependent()));
        }
      }
      out.addAll(moved);
      out.add(new Dependency("amod", object, second));
    }
    return out == null ? deps : out;
  }

  /**
   * "launched an invasion of Ukraine, <b>striking</b> military targets with cruise missiles": after a comma
   * the tagger reads a participle that is also an adjective ("striking") as the adjective of its object, and
   * the parser makes that object a second object of the clause's verb. An "-ing" adjective right after a
   * comma, on an object of an earlier verb, is a participle clause of that verb, the noun its object and an
   * instrument ("with cruise missiles") its own. The lemma stays the word: patterns name it beside the verb
   * ("strike|striking"). A participle the tagger got right but the parser hung the same way ("sentenced 45
   * activists, drawing/VBG condemnation from Washington") is mended alike.
   */
  private static AnnotatedSentence participleAsAdjective(AnnotatedSentence sentence) {
    List<Dependency> deps = sentence.dependencies();
    List<Token> tokens = sentence.tokens();
    List<Dependency> out = null;
    List<Token> retagged = null;
    for (Dependency amod : deps) {
      int adj = amod.dependent();
      int noun = amod.governor();
      if (!amod.relation().equals("amod") || noun < 0 || adj < 1 || noun <= adj
          || !(tokens.get(adj).pos().equals("JJ") || tokens.get(adj).pos().equals("VBG"))
          || !tokens.get(adj).word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")
          || !tokens.get(adj - 1).word().equals(",")) {
        continue;
      }
      Dependency obj = null;
      for (Dependency d : deps) {
        if (d.dependent() == noun && d.relation().equals("obj") && d.governor() >= 0 && d.governor() < adj - 1
            && tokens.get(d.governor()).isVerb()) {
          obj = d;
        }
      }
      if (obj == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
        retagged = new ArrayList<>(tokens);
      }
      Token t = tokens.get(adj);
      if (t.pos().equals("JJ")) {
        retagged.set(adj, new Token(t.index(), t.word(), t.word().toLowerCase(java.util.Locale.ROOT), "VBG", t.ner(), t.timex(),
            t.begin(), t.end()));
      }
      out.remove(amod);
      out.remove(obj);
      out.add(new Dependency("advcl", obj.governor(), adj));
      out.add(new Dependency("obj", adj, noun));
      for (Dependency d : deps) {
        if (d.governor() == noun && d.relation().equals("nmod:with")) {
          out.remove(d);
          out.add(new Dependency("obl:with", adj, d.dependent()));
        }
      }
    }
    return out == null ? sentence
        : new AnnotatedSentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), retagged, out,
            sentence.parsed());
  }

  private static List<Dependency> saidPronounObject(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency obj : deps) {
      int verb = obj.governor();
      int pronoun = obj.dependent();
      if (!obj.relation().equals("obj") || verb < 0 || pronoun != verb + 1
          || !sentence.token(pronoun).pos().equals("PRP") || !Speech.reports(sentence.token(verb).key())) {
        continue;
      }
      for (Dependency d : deps) {
        int clause = d.dependent();
        String pos = sentence.token(clause).pos();
        if (d.governor() == verb && d.relation().equals("dep") && clause > pronoun
            && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
          if (out == null) {
            out = new ArrayList<>(deps);
          }
          out.remove(obj);
          out.remove(d);
          out.add(new Dependency("ccomp", verb, clause));
          out.add(new Dependency("nsubj", clause, pronoun));
          break;
        }
      }
    }
    return out == null ? deps : out;
  }

  private static List<Dependency> relativeVerbAsAdjective(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency amod : deps) {
      int verb = amod.dependent();
      int object = amod.governor();
      if (!amod.relation().equals("amod") || object < 0 || verb < 2 || object <= verb
          || !finite(sentence.token(verb).pos()) || !relativePronoun(sentence.token(verb - 1))) {
        continue;
      }
      int pronoun = verb - 1;
      Dependency attached = null;
      for (Dependency d : deps) {
        if (d.dependent() == object && d.governor() >= 0 && d.governor() < pronoun
            && (d.relation().equals("appos") || d.relation().equals("acl:relcl"))) {
          attached = d;
        }
      }
      if (attached == null) {
        continue;
      }
      int antecedent = attached.governor();
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(amod);
      out.remove(attached);
      out.removeIf(d -> d.dependent() == pronoun);
      out.add(new Dependency("acl:relcl", antecedent, verb));
      out.add(new Dependency("nsubj", verb, antecedent));
      out.add(new Dependency("ref", antecedent, pronoun));
      out.add(new Dependency("obj", verb, object));
      // phrases only a verb takes ("last year" as obl:tmod) were hung on the noun for want of a verb
      for (Dependency d : deps) {
        if (d.governor() == object && d.base().equals("obl")) {
          out.remove(d);
          out.add(new Dependency(d.relation(), verb, d.dependent()));
        }
      }
    }
    return out == null ? deps : out;
  }

  private static List<Dependency> participleAsVerb(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency subj : deps) {
      int participle = subj.governor();
      int subject = subj.dependent();
      if (!(subj.relation().equals("nsubj") || subj.relation().equals("nsubj:pass")) || participle < 0
          || subject > participle || !sentence.token(participle).pos().equals("VBN")) {
        continue;
      }
      boolean auxiliary = false;
      Integer verb = null;
      for (Dependency d : deps) {
        if (d.governor() != participle) {
          continue;
        }
        if (d.base().equals("aux") || d.base().equals("cop")) {
          auxiliary = true;
        } else if (d.relation().equals("dep") && verb == null && d.dependent() > participle
            && (finite(sentence.token(d.dependent()).pos()) || passive(sentence, deps, d.dependent()))) {
          verb = d.dependent();
        }
      }
      if (auxiliary || verb == null) {
        continue;
      }
      int v = verb;
      java.util.Set<Integer> conjuncts = new java.util.HashSet<>();
      for (Dependency d : deps) {
        if (d.governor() == v && d.base().equals("conj")) {
          conjuncts.add(d.dependent());
        }
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      List<Dependency> moved = new ArrayList<>();
      for (java.util.Iterator<Dependency> it = out.iterator(); it.hasNext(); ) {
        Dependency d = it.next();
        if (d.dependent() == participle) {
          // the participle's place in the sentence (root, ccomp ...) is the verb's
          it.remove();
          moved.add(new Dependency(d.relation(), d.governor(), v));
        } else if (d.governor() == participle && (d.dependent() == v || conjuncts.contains(d.dependent()))) {
          it.remove();
        } else if (d.governor() == participle && d.dependent() > v) {
          it.remove();
          moved.add(new Dependency(d.relation(), v, d.dependent()));
        } else if (d == subj) {
          it.remove();
        }
      }
      out.addAll(moved);
      out.add(new Dependency(passive(sentence, deps, v) ? "nsubj:pass" : "nsubj", v, subject));
      out.add(new Dependency("acl", subject, participle));
    }
    return out == null ? deps : out;
  }

  /** A past participle with its own passive auxiliary: "was hijacked", "were released". */
  private static boolean passive(AnnotatedSentence sentence, List<Dependency> deps, int verb) {
    return sentence.token(verb).pos().equals("VBN")
        && deps.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("aux:pass"));
  }

  private static boolean finite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }

  private static boolean relativePronoun(Token t) {
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return (t.pos().equals("WDT") || t.pos().equals("WP")) && (w.equals("which") || w.equals("who") || w.equals("that"));
  }

  /** Tags of words that go on a noun phrase: the adjective before them modifies them, not the owner. */
  private static boolean startsPhrase(String pos) {
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("VBG") || pos.equals("HYPH");
  }

  private static List<Dependency> byGerund(AnnotatedSentence sentence) {
    List<Dependency> deps = sentence.dependencies();
    List<Dependency> out = null;
    for (Dependency adverb : deps) {
      int by = adverb.dependent();
      if (!adverb.base().equals("advmod") || adverb.governor() < 0 || !isBy(sentence, by)) {
        continue;
      }
      Integer gerund = null;
      for (Dependency d : deps) {
        if (d.governor() == by && d.relation().equals("dep") && sentence.token(d.dependent()).pos().equals("VBG")) {
          gerund = d.dependent();
          break;
        }
      }
      if (gerund == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(adverb);
      int g = gerund;
      // Verbs joined to the gerund are already its conjuncts; their extra dep on "by" is the same mistake.
      out.removeIf(d -> d.governor() == by && d.relation().equals("dep"));
      out.add(new Dependency("advcl:by", adverb.governor(), g));
      out.add(new Dependency("mark", g, by));
    }
    return out == null ? deps : List.copyOf(out);
  }

  private static boolean isBy(AnnotatedSentence sentence, int i) {
    Token t = sentence.token(i);
    return t.word().equalsIgnoreCase("by") && t.pos().equals("IN");
  }

  /**
   * "Yoon met Biden and Ishiba, and the three leaders condemned the launch": the parser joins the group
   * noun after ", and" to the objects of "met" and hangs the next verb on it as an adjective clause, so the
   * condemnation has no subject and "the three leaders" are met. A definite noun right after ", and" with a
   * past-tense verb right after it starts a clause of its own: the noun is that verb's subject, and the
   * verb is joined to the first clause's verb.
   */
  private static List<Dependency> groupSubjectAsObject(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency acl : deps) {
      int noun = acl.governor();
      int verb = acl.dependent();
      if (!acl.relation().equals("acl") || noun < 3 || verb != noun + 1 || !sentence.token(verb).pos().equals("VBD")
          || !sentence.token(noun).pos().startsWith("NN")) {
        continue;
      }
      // ", and the (two|three|...) leaders": the phrase opens with "the" or "both" right after ", and"
      int first = noun;
      while (first > 0 && (sentence.token(first - 1).pos().equals("CD") || sentence.token(first - 1).pos().startsWith("JJ"))) {
        first--;
      }
      String det = sentence.token(first - 1).word().toLowerCase(java.util.Locale.ROOT);
      if (first < 3 || !(det.equals("the") || det.equals("both"))
          || !sentence.token(first - 2).word().equalsIgnoreCase("and") || !sentence.token(first - 3).word().equals(",")) {
        continue;
      }
      Dependency joined = null;
      for (Dependency d : deps) {
        if (d.dependent() == noun && d.relation().startsWith("conj")) {
          joined = d;
        }
      }
      if (joined == null) {
        continue;
      }
      int clauseVerb = -1;
      for (Dependency d : deps) {
        if (d.dependent() == joined.governor() && d.governor() >= 0 && !d.relation().startsWith("conj")
            && sentence.token(d.governor()).isVerb()) {
          clauseVerb = d.governor();
        }
      }
      if (clauseVerb < 0 || clauseVerb > noun) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      final int n = noun;
      out.removeIf(d -> d.dependent() == n && d.governor() != n);
      out.remove(acl);
      out.add(new Dependency("nsubj", verb, noun));
      out.add(new Dependency("conj:and", clauseVerb, verb));
    }
    return out == null ? deps : out;
  }
}
