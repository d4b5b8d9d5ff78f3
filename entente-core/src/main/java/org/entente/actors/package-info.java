/**
 * Actors: dictionaries of countries, organisations, people with dated roles and role words, the
 * matcher that finds them in text, and the resolver that turns a noun phrase into a CAMEO actor code
 * valid on the event's date.
 */
package org.entente.actors;
