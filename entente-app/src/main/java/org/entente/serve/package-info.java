/**
 * The web API and dashboard ({@code entente serve}): a Javalin server on the loopback interface that
 * answers JSON queries over the event store, serves the dashboard's static files, and, when started
 * with a token, codes articles posted to it through a single writer.
 */
package org.entente.serve;
