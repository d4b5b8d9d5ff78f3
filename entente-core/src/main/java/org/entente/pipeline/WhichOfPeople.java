package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.entente.actors.DictionaryEntry;
import org.entente.actors.Mention;
import org.entente.actors.SentenceMentions;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Dependency;

/**
 * "confronted him with claims of a genocide against white farmers, which the president rejected": the parser
 * hangs a relative clause on the nearest noun, but "which" never stands for people. When it would, the
 * clause is the whole phrase's: its head, the noun the chain of prepositional phrases ("of a genocide against
 * white farmers") hangs from, that is no people. The relative pronoun's role in the clause (object, subject)
 * moves with it. People are named persons and role words of the population ({@link #PEOPLE}); bodies
 * ("the government, which") and forces ("troops, which") may be "which".
 */
final class WhichOfPeople {

  private WhichOfPeople() {}

  /** Roles whose plural words name people only: civilians, farmers, refugees. */
  private static final Set<String> PEOPLE = Set.of("CVL", "AGR", "REF");

  static AnnotatedSentence repair(AnnotatedSentence s, SentenceMentions mentions) {
    if (!s.parsed()) {
      return s;
    }
    List<Dependency> deps = s.dependencies();
    List<Dependency> out = null;
    for (Dependency clause : deps) {
      int noun = clause.governor();
      int verb = clause.dependent();
      if (!clause.relation().equals("acl:relcl") || noun < 0 || !people(s, mentions, noun)) {
        continue;
      }
      Dependency ref = null;
      for (Dependency d : deps) {
        if (d.governor() == noun && d.relation().equals("ref")
            && s.token(d.dependent()).word().toLowerCase(Locale.ROOT).equals("which")) {
          ref = d;
        }
      }
      if (ref == null) {
        continue;
      }
      int head = noun;
      for (int step = 0; step < 4; step++) {
        Dependency up = nmodHead(deps, head);
        if (up == null) {
          break;
        }
        head = up.governor();
      }
      if (head == noun || people(s, mentions, head) || !s.token(head).pos().startsWith("NN")) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(deps);
      }
      out.remove(clause);
      out.remove(ref);
      out.add(new Dependency("acl:relcl", head, verb));
      out.add(new Dependency("ref", head, ref.dependent()));
      for (Dependency d : deps) {
        if (d.governor() == verb && d.dependent() == noun && out.remove(d)) {
          out.add(new Dependency(d.relation(), verb, head));
        }
      }
    }
    return out == null ? s : new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), out, s.parsed());
  }

  /** The noun {@code noun} is a prepositional modifier of ("claims <b>of</b> a genocide"), or null. */
  private static Dependency nmodHead(List<Dependency> deps, int noun) {
    for (Dependency d : deps) {
      if (d.dependent() == noun && d.base().equals("nmod") && !d.relation().equals("nmod:poss") && d.governor() >= 0) {
        return d;
      }
    }
    return null;
  }

  private static boolean people(AnnotatedSentence s, SentenceMentions mentions, int token) {
    Optional<Mention> actor = mentions.actorAt(token);
    if (actor.isPresent()) {
      return actor.get().entry() instanceof DictionaryEntry.PersonName;
    }
    return mentions.roleAt(token).map(Mention::entry).filter(e -> e instanceof DictionaryEntry.RoleWord w
        && PEOPLE.contains(w.role())).isPresent() && s.token(token).pos().equals("NNS");
  }
}
