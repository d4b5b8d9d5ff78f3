package org.entente.actors;

/**
 * A dictionary phrase found in a sentence: tokens {@code [start, end)}.
 */
public record Mention(int start, int end, DictionaryEntry entry, String text) {

  public boolean covers(int token) {
    return token >= start && token < end;
  }

  public boolean isRole() {
    return entry instanceof DictionaryEntry.RoleWord;
  }
}
