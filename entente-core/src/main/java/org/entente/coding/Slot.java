package org.entente.coding;

/** An actor slot of a pattern: {@code $} source, {@code +} target, {@code %} a group acting on each other. */
public enum Slot {
  SOURCE, TARGET, GROUP;

  static Slot of(String token) {
    return switch (token) {
      case "$" -> SOURCE;
      case "+" -> TARGET;
      case "%" -> GROUP;
      default -> null;
    };
  }
}
