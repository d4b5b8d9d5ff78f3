package org.entente.pipeline;

import java.util.List;
import java.util.Set;
import org.entente.actors.ActorResolver;
import org.entente.actors.Discourse;
import org.entente.actors.SentenceMentions;
import org.entente.coding.EventFrame;
import org.entente.model.Actor;
import org.entente.model.SentenceGraph;

/**
 * "The Chinese ambassador to South Korea was summoned on Thursday": an envoy is summoned by the state he is
 * posted to, so a summoning reported without its agent is that state's government's: the country of the
 * envoy's "to" phrase, else of the place named ("summoned to the foreign ministry in Warsaw"), else the country the article is filed from ("SEOUL — China's ambassador was
 * summoned"), when it is not the envoy's own.
 */
final class EnvoySummoner {

  private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "diplomat", "charge", "consul", "attache");

  private EnvoySummoner() {
  }

  static List<Actor> source(SentenceGraph g, SentenceMentions mentions, Discourse discourse, EventFrame f,
      List<Actor> from, List<Actor> to) {
    if (!from.isEmpty() || !f.sources().isEmpty() || !f.group().isEmpty() || !g.token(f.trigger()).key().equals("summon")
        || to.size() != 1 || !to.get(0).known() || f.targets().size() != 1) {
      return from;
    }
    int envoy = f.targets().get(0);
    if (!ENVOYS.contains(g.token(envoy).key())) {
      return from;
    }
    String envoyCountry = to.get(0).country();
    String host = "";
    for (int posted : g.children(envoy, "nmod:to")) {
      host = mentions.actorAt(posted).map(m -> ActorResolver.codeOf(m.entry(), null))
          .filter(c -> c.length() >= 3).map(c -> c.substring(0, 3)).orElse("");
    }
    if (host.isEmpty()) {
      // "was summoned to the foreign ministry in Warsaw"
      host = ContextActors.placeCountry(g, mentions, f.act());
    }
    if (host.isEmpty()) {
      host = discourse.filedFromCountry().orElse("");
    }
    if (host.length() != 3 || host.equals(envoyCountry) || host.equals("IGO") || host.equals("NGO")) {
      return from;
    }
    return List.of(new Actor(host + "GOV", "", -1, -1));
  }
}
