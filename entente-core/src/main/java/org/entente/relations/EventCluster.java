package org.entente.relations;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An EventCluster is one real-world event as reported by one or more articles: the coded events that
 * {@link EventClusterer} judged to be the same happening.
 *
 * <p>Counts and indices count clusters, not reports; {@link #sources()} (the number of distinct
 * articles) is kept as a weight users can apply.
 *
 * @param members the coded events, earliest first; never empty
 */
public record EventCluster(List<DyadEvent> members) {

  public EventCluster {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a cluster has at least one event");
    }
    members = List.copyOf(members);
  }

  /** The earliest report stands for the cluster: its date, dyad, code and sentence. */
  public DyadEvent first() {
    return members.get(0);
  }

  public LocalDate date() {
    return first().date();
  }

  public String sourceCountry() {
    return first().sourceCountry();
  }

  public String targetCountry() {
    return first().targetCountry();
  }

  public int quadClass() {
    return first().quadClass();
  }

  /** The mean Goldstein value of the reports (they share a root, but codes within it may differ). */
  public double goldstein() {
    return members.stream().mapToDouble(DyadEvent::goldstein).average().orElse(0);
  }

  /** The distinct articles behind the event. */
  public Set<String> docs() {
    Set<String> docs = new LinkedHashSet<>();
    members.forEach(e -> docs.add(e.doc()));
    return docs;
  }

  /** How many articles reported the event: the weight used by {@code --weighted}. */
  public int sources() {
    return docs().size();
  }

  /** Whether the cluster is between {@code a} and {@code b}, in either direction. */
  public boolean between(String a, String b) {
    return sourceCountry().equals(a) && targetCountry().equals(b)
        || sourceCountry().equals(b) && targetCountry().equals(a);
  }

  public boolean involves(String country) {
    return first().involves(country);
  }
}
