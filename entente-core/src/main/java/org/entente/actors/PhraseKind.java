package org.entente.actors;

import java.util.Locale;

/** How an actor phrase stands for its actor; see docs/dictionaries.md. */
public enum PhraseKind {
  /** The actor's own name: "Japan", "the United Nations". */
  NAME,
  /** An adjective or demonym: "Japanese", "South Koreans". */
  ADJECTIVE,
  /** A place or building standing for a government: "Beijing", "the Kremlin". */
  METONYM,
  /** An abbreviation matched with exact case: "US", "UN". */
  ACRONYM,
  /** A city, region or landmark inside a country, standing for the country: "Kharkiv", "Okinawa". */
  PLACE,
  /**
   * A world region with a CAMEO region code: an actor when it acts or is addressed ("Iran warned
   * Europe"), but a mere place with a compass word ("sent jets to eastern Europe"), and never the
   * country of the people or police of a place phrase.
   */
  REGION,
  /**
   * A short name that stands for a country only in an article about it or its counterpart, and only
   * when no other name follows it: "the North" and "the South" after North Korea, South Korea,
   * Pyongyang or Seoul was named (not "the South China Sea", not "the North" of an English article).
   */
  SHORT,
  /**
   * A place name shared with a place of another country ("Tripoli" in Lebanon, the main entry being
   * Libya's capital): never matched by itself, it gives the name its own code instead of the main
   * entry's in a sentence or article that names its country and not the main entry's.
   */
  HOMONYM,
  /**
   * A sea, gulf or bay named after a country or a place ("the South China Sea", "the Gulf of Oman"): matched
   * only so that the name inside it is not ("China", "Oman"); it is no actor and places nothing.
   */
  WATER;

  static PhraseKind parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
