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
  PLACE;

  static PhraseKind parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
