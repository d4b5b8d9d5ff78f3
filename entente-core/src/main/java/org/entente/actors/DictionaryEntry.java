package org.entente.actors;

/** What a dictionary phrase stands for: an actor with a fixed code, a person, or a role word. */
public sealed interface DictionaryEntry permits DictionaryEntry.Named, DictionaryEntry.PersonName, DictionaryEntry.RoleWord {

  /** A country, organisation or place with a fixed actor code. */
  record Named(String code, PhraseKind kind, java.util.List<RolePeriod> periods) implements DictionaryEntry {
    public Named {
      periods = java.util.List.copyOf(periods);
    }

    public Named(String code, PhraseKind kind) {
      this(code, kind, java.util.List.of());
    }

    /**
     * The code on {@code day}: a party's side changes with the government ("Democratic Party of Korea"
     * is KOROPP until 2025-06-04, KORGOV after). Without dated periods, or a day outside them, the
     * line's own code.
     */
    public String codeOn(java.time.LocalDate day) {
      if (day != null) {
        for (RolePeriod p : periods) {
          if (!p.isDefault() && p.contains(day)) {
            return p.code();
          }
        }
      }
      return code;
    }
  }

  /** A name or alias of a person whose code depends on the date. */
  record PersonName(Person person) implements DictionaryEntry {}

  /**
   * A role word ("ministry", "warship") giving a CAMEO role code, and possibly an office.
   *
   * @param prefix the code goes before the actor's ("MSF Arnor" → NGOARN), not after
   * @param stacks PETRARCH agents: the code is appended to the actor's code as one more segment
   *     ("West German" GMWGOV + WGO → GMWGOVWGO) instead of giving the country its one role
   */
  record RoleWord(String role, String office, boolean prefix, boolean stacks) implements DictionaryEntry {
    public RoleWord(String role, String office) {
      this(role, office, false, false);
    }
  }
}
