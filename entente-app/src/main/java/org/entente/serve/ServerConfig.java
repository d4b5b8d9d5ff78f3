package org.entente.serve;

import java.util.Objects;

/**
 * How to run the server: the database file, the loopback port (0 picks a free one) and the token that
 * enables {@code POST /api/articles} (null: read-only server).
 */
public record ServerConfig(String db, int port, String token) {

  public ServerConfig {
    Objects.requireNonNull(db, "db");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("--token must not be blank");
    }
  }
}
