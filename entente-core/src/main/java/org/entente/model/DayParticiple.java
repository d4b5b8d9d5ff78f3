package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * "The board passed a resolution on Wednesday censuring Iran for ...": with the day between the object and
 * the participle that says what the object does, the parser may read the participle as an adjective of the
 * name after it ("censuring Iran") and hang that name on the day as an unlabelled {@code dep}, or make the
 * day a compound of the name ("on Friday censuring Eritrea" as one phrase), so the censure has no clause to
 * be coded from. The shape meant is {@code acl(resolution, censuring)} with the name its object
 * ({@code advcl} of the verb when the verb has no object), the day the "on" phrase.
 */
final class DayParticiple {

  private DayParticiple() {}

  static List<Dependency> repair(AnnotatedSentence sentence, List<Dependency> deps) {
    for (Dependency amod : deps) {
      int name = amod.governor();
      int participle = amod.dependent();
      int day = participle - 1;
      if (!amod.relation().equals("amod") || name != participle + 1 || day < 0
          || !sentence.token(participle).pos().equals("VBG") || !temporal(sentence.token(day))
          || !sentence.token(name).pos().startsWith("NNP")) {
        continue;
      }
      Dependency dep = find(deps, day, name, "dep");
      Dependency compound = find(deps, name, day, "compound");
      List<Dependency> out = new ArrayList<>(deps);
      Integer holder = null;
      boolean onNoun = false;
      if (dep != null) {
        // "passed a resolution on Wednesday censuring Iran": the name hangs on the day
        Dependency when = deps.stream().filter(d -> d.dependent() == day && d.base().equals("obl")).findFirst().orElse(null);
        if (when == null) {
          continue;
        }
        holder = when.governor();
        out.remove(dep);
      } else if (compound != null) {
        // "adopted a resolution on Friday censuring Eritrea": the day is a compound of the name, which takes the "on"
        Dependency up = deps.stream().filter(d -> d.dependent() == name && d.relation().endsWith(":on")).findFirst().orElse(null);
        Dependency on = find(deps, name, -1, "case");
        if (up == null || on == null || !sentence.token(on.dependent()).key().equals("on")) {
          continue;
        }
        holder = up.governor();
        onNoun = up.base().equals("nmod");
        out.remove(compound);
        out.remove(up);
        out.remove(on);
        out.add(new Dependency(up.relation(), up.governor(), day));
        out.add(new Dependency("case", day, on.dependent()));
      } else {
        continue;
      }
      int h = holder;
      Integer object = onNoun ? Integer.valueOf(h) : deps.stream()
          .filter(d -> d.governor() == h && d.relation().equals("obj") && d.dependent() < day)
          .map(Dependency::dependent).findFirst().orElse(null);
      out.remove(amod);
      out.add(object == null ? new Dependency("advcl", h, participle) : new Dependency("acl", object, participle));
      out.add(new Dependency("obj", participle, name));
      return out;
    }
    return deps;
  }

  /** The dependency of {@code governor} on {@code dependent} by {@code relation} ({@code dependent} -1: any). */
  private static Dependency find(List<Dependency> deps, int governor, int dependent, String relation) {
    return deps.stream().filter(d -> d.governor() == governor && (dependent < 0 || d.dependent() == dependent)
        && d.relation().equals(relation)).findFirst().orElse(null);
  }

  private static boolean temporal(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME");
  }
}
