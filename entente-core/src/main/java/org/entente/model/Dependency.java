package org.entente.model;

/**
 * A typed dependency between two tokens of a sentence (Universal Dependencies, enhanced++ form:
 * relation names carry the preposition, e.g. {@code obl:with}, {@code nmod:on}).
 *
 * @param relation the relation name
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {

  /** The relation without its subtype: {@code obl} for {@code obl:with}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype after the colon ({@code with} for {@code obl:with}), or "" when there is none. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
