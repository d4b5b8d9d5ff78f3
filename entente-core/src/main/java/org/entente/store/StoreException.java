package org.entente.store;

/** A failure of the event store, with a message fit to show a user. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
