package org.entente.annotate.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects a tagger slip the dependency parse cannot survive: "launched a massive drone/VB and missile
 * attack" tags the noun as a base verb, and the parser then builds a clause around it, losing the attack.
 * A base or present-tense verb (VB, VBP) right after an article or quantifying determiner, or after one
 * followed only by adjectives ("a massive drone"), is a noun: no English verb form stands there. So is
 * one after a determiner, names and nouns that a past-tense verb or a modal follows ("a Ukrainian/NNP
 * drone/VB struck a refinery"): two verbs do not stand so in a row. A gerund (VBG) right after an article,
 * and before no noun it could modify, is a noun too ("called the ruling/VBG a witch hunt"). Applied
 * to the sentences chosen for parsing, before the parse, so the parser sees the corrected tag. A base
 * verb right after a gerund and before a noun is a noun modifier ("for supplying drone/VB parts"), unless
 * the gerund takes a bare infinitive ("helping rebuild homes"). Stateless.
 */
final class VerbTagsAfterDeterminers {

  /** Determiners that open a noun phrase; "that", "this", "all" and "both" also head clauses or pronouns. */
  private static final Set<String> OPENERS = Set.of("a", "an", "the", "every", "each", "another", "any", "no");

  private static final Set<String> MODIFIERS = Set.of("JJ", "JJR", "JJS");
  /** Words that may stand between the determiner and the noun besides adjectives, when a finite verb follows. */
  private static final Set<String> NAMES = Set.of("NNP", "NN");
  /** Tags of a finite verb or a modal, which a subject noun phrase comes right before. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "MD");

  /** Gerunds of verbs that take a bare infinitive: "helping rebuild homes", "making do". */
  private static final Set<String> BARE_INFINITIVE = Set.of(
      "helping", "letting", "making", "having", "seeing", "watching", "hearing", "feeling");

  private VerbTagsAfterDeterminers() {}

  /** "supplying drone/VB parts": a base verb between a gerund and a noun modifies the noun. */
  private static boolean nounAfterGerund(List<CoreLabel> tokens, int i) {
    CoreLabel before = tokens.get(i - 1);
    String next = i + 1 < tokens.size() ? tag(tokens.get(i + 1)) : "";
    return "VB".equals(tokens.get(i).tag()) && "VBG".equals(before.tag())
        && !BARE_INFINITIVE.contains(before.word().toLowerCase(Locale.ROOT)) && (next.equals("NN") || next.equals("NNS"));
  }

  private static boolean nounNext(List<CoreLabel> tokens, int i) {
    String next = i + 1 < tokens.size() ? tag(tokens.get(i + 1)) : "";
    return next.startsWith("NN") || next.startsWith("JJ");
  }

  /** The token's tag, "" when it has none (Set.of rejects null lookups). */
  private static String tag(CoreLabel l) {
    return l.tag() == null ? "" : l.tag();
  }

  /** Tags of a verb that can carry a clause. */
  private static final Set<String> CLAUSE_VERBS = Set.of("VBD", "VBZ", "VBP", "MD");

  /**
   * "Israeli shelling/VBG wounded/JJ five soldiers": a sentence that opens with adjectives and a gerund,
   * followed by an "-ed" word the tagger took for an adjective, and that has no finite verb at all, has
   * its subject in the gerund and its verb in the "-ed" word. Returns the index of the gerund, or -1.
   */
  private static int gerundSubjectBeforeVerb(List<CoreLabel> tokens) {
    int i = 0;
    while (i < tokens.size() && MODIFIERS.contains(tag(tokens.get(i)))) {
      i++;
    }
    if (i == 0 || i + 2 >= tokens.size() || !"VBG".equals(tag(tokens.get(i)))) {
      return -1;
    }
    CoreLabel next = tokens.get(i + 1);
    boolean edWord = (MODIFIERS.contains(tag(next)) || "VBN".equals(tag(next)))
        && next.word().toLowerCase(Locale.ROOT).endsWith("ed");
    boolean finite = tokens.stream().anyMatch(t -> CLAUSE_VERBS.contains(tag(t)));
    return edWord && !finite ? i : -1;
  }

  /** Retags the tokens in place; returns how many it changed. */
  static int apply(List<CoreLabel> tokens) {
    int changed = 0;
    int opening = gerundSubjectBeforeVerb(tokens);
    if (opening >= 0) {
      CoreLabel noun = tokens.get(opening);
      CoreLabel verb = tokens.get(opening + 1);
      noun.setTag("NN");
      noun.setLemma(noun.word().toLowerCase(Locale.ROOT));
      verb.setTag("VBD");
      verb.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(verb.word(), "VBD", true));
      changed += 2;
    }
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      // "called the ruling/VBG a witch hunt": a gerund right after an article and before no noun is a noun
      // ("the ruling party" keeps its participle)
      boolean gerund = "VBG".equals(t.tag()) && !nounNext(tokens, i);
      if (!("VB".equals(t.tag()) || "VBP".equals(t.tag()) || gerund) || !Character.isLowerCase(t.word().charAt(0))) {
        continue;
      }
      if (nounAfterGerund(tokens, i)) {
        t.setTag("NN");
        t.setLemma(t.word().toLowerCase(Locale.ROOT));
        changed++;
        continue;
      }
      // "a massive drone": only adjectives between; "a Ukrainian drone struck": names and nouns too, when a
      // finite verb or a modal follows, which the phrase is then the subject of
      boolean finiteNext = i + 1 < tokens.size() && FINITE.contains(tag(tokens.get(i + 1)));
      int j = i - 1;
      while (j > 0 && (MODIFIERS.contains(tag(tokens.get(j))) || finiteNext && NAMES.contains(tag(tokens.get(j))))) {
        j--;
      }
      if ("DT".equals(tokens.get(j).tag()) && OPENERS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        t.setTag("NN");
        t.setLemma(t.word().toLowerCase(Locale.ROOT));
        changed++;
      }
    }
    return changed;
  }
}
