package org.entente.coding;

import java.util.Set;

/** One element of a pattern after its trigger. */
public sealed interface PatternElement permits PatternElement.Word, PatternElement.Object, PatternElement.Prep {

  /** A dependent with one of these lemmas: object noun, particle, adverb, infinitive verb. */
  record Word(Set<String> lemmas) implements PatternElement {}

  /** The direct object filling a slot. */
  record Object(Slot slot) implements PatternElement {}

  /** A prepositional phrase whose noun fills a slot. */
  record Prep(String preposition, Slot slot) implements PatternElement {}
}
