package org.entente.relations;

import java.util.Locale;

/**
 * A RelationState names the temper of a relation in a period, read from the mean Goldstein value of its
 * events (clusters), which runs from −10 (military attack) to +10 (extend military assistance).
 *
 * <p>Thresholds (mean Goldstein value g): hostile g &lt; −5 (force, coercion, assaults), tense −5 ≤ g &lt; −2
 * (threats, sanctions, protests), cool −2 ≤ g &lt; −0.5 (accusations and complaints outweigh), neutral
 * −0.5 ≤ g ≤ 0.5, warm 0.5 &lt; g ≤ 3 (consultations, statements of support), close g &gt; 3 (agreements,
 * cooperation, aid). The bands follow the Goldstein scale's own anchors: 3 is roughly "make optimistic
 * comment / consult", −2 "criticise or denounce", −5 "threaten / reduce relations".
 */
public enum RelationState {
  HOSTILE, TENSE, COOL, NEUTRAL, WARM, CLOSE;

  /** The state of a period whose events have this mean Goldstein value. */
  public static RelationState of(double goldsteinMean) {
    if (goldsteinMean < -5) {
      return HOSTILE;
    } else if (goldsteinMean < -2) {
      return TENSE;
    } else if (goldsteinMean < -0.5) {
      return COOL;
    } else if (goldsteinMean <= 0.5) {
      return NEUTRAL;
    } else if (goldsteinMean <= 3) {
      return WARM;
    }
    return CLOSE;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A colour for charts, from red (hostile) to blue (close). */
  public String colour() {
    return switch (this) {
      case HOSTILE -> "#b2182b";
      case TENSE -> "#ef8a62";
      case COOL -> "#fddbc7";
      case NEUTRAL -> "#bababa";
      case WARM -> "#67a9cf";
      case CLOSE -> "#2166ac";
    };
  }
}
