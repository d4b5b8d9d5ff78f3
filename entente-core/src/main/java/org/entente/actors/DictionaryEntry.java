package org.entente.actors;

/** What a dictionary phrase stands for: an actor with a fixed code, a person, or a role word. */
public sealed interface DictionaryEntry permits DictionaryEntry.Named, DictionaryEntry.PersonName, DictionaryEntry.RoleWord {

  /** A country, organisation or place with a fixed actor code. */
  record Named(String code, PhraseKind kind) implements DictionaryEntry {}

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
