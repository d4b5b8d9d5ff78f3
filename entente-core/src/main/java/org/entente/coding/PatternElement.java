package org.entente.coding;

import java.util.Set;

/** One element of a pattern after its trigger. */
public sealed interface PatternElement
    permits PatternElement.Word, PatternElement.Object, PatternElement.Prep, PatternElement.PrepWord {

  /** A dependent with one of these lemmas: object noun, particle, adverb, infinitive verb. */
  record Word(Set<String> lemmas) implements PatternElement {}

  /** The direct object filling a slot. */
  record Object(Slot slot) implements PatternElement {}

  /** A prepositional phrase (one of these prepositions) whose noun fills a slot. */
  record Prep(Set<String> prepositions, Slot slot) implements PatternElement {}

  /** A required prepositional phrase whose noun has one of these lemmas: "into sea", "for ceasefire". */
  record PrepWord(Set<String> prepositions, Set<String> lemmas) implements PatternElement {}
}
