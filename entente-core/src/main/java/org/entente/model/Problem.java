package org.entente.model;

/**
 * Something wrong with an input or data file, located precisely ({@code file:line}) so that a person
 * can find and fix it. Problems are collected and reported; the rest of the batch goes on.
 */
public record Problem(String location, String message) {

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
