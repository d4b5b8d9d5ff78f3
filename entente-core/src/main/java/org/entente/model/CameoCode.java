package org.entente.model;

import java.util.Objects;

/**
 * A CAMEO event code with its root, quad class and Goldstein value.
 *
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 */
public record CameoCode(String code, String root, int quadClass, double goldstein, String label) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO event code: " + code);
    }
    if (!code.startsWith(root)) {
      throw new IllegalArgumentException("code " + code + " is not under root " + root);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class out of range for " + code + ": " + quadClass);
    }
  }
}
