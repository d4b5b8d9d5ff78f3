package org.entente.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The first of four air-defence systems promised by Germany was delivered", "most of which were
 * intercepted", "two of the hostages were freed": the parser makes the count or order word the head of
 * the phrase and the things counted its {@code nmod:of}, so the verb's subject is "first" or "two", not
 * the systems or hostages the patterns name, and a participle after the things hangs on "first". The
 * shape CoreNLP gives elsewhere ("five of the missiles") is the one meant: the things counted are the
 * head, the count word their {@code det:qmod} with "of" {@code fixed} to it. Words that deny ("none",
 * "neither", "few") are left as they are, as the negation hangs on them.
 */
final class Partitive {

  private Partitive() {}

  private static final Set<String> COUNT_WORDS = Set.of(
      "first", "last", "most", "some", "many", "all", "several", "half", "each", "both", "one");

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    List<Dependency> out = null;
    for (Dependency of : deps) {
      int count = of.governor();
      int things = of.dependent();
      if (!of.relation().equals("nmod:of") || count < 0 || things <= count || !countWord(sentence.token(count))
          || !thingsCounted(sentence.token(things))) {
        continue;
      }
      Integer ofWord = null;
      for (Dependency d : deps) {
        if (d.governor() == things && d.base().equals("case") && sentence.token(d.dependent()).word().equalsIgnoreCase("of")
            && d.dependent() > count && d.dependent() < things) {
          ofWord = d.dependent();
        }
      }
      if (ofWord == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      List<Dependency> moved = new ArrayList<>();
      final int of2 = ofWord;
      for (java.util.Iterator<Dependency> it = out.iterator(); it.hasNext(); ) {
        Dependency d = it.next();
        if (d.equals(of) || d.governor() == things && d.dependent() == of2) {
          it.remove();
        } else if (d.dependent() == count) {
          // the count word's place in the sentence (subject, object ...) is the things'
          it.remove();
          moved.add(new Dependency(d.relation(), d.governor(), things));
        } else if (d.governor() == count && d.dependent() > things && d.base().equals("acl")) {
          // "the first of four systems promised by Germany": the participle is on the systems
          it.remove();
          moved.add(new Dependency(d.relation(), things, d.dependent()));
        }
      }
      out.addAll(moved);
      out.add(new Dependency("det:qmod", things, count));
      out.add(new Dependency("fixed", count, ofWord));
    }
    return out == null ? deps : out;
  }

  private static boolean countWord(Token t) {
    return t.pos().equals("CD") || COUNT_WORDS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
  }

  /** Nouns counted ("of the missiles") and the relative "which" ("most of which"). */
  private static boolean thingsCounted(Token t) {
    return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") || t.pos().equals("WDT");
  }
}
