package org.entente.serve;

import java.util.List;

/**
 * An ApiException is a request the server refuses, with the HTTP status and a message that says what was
 * wrong; it is written to the client as a JSON error body.
 */
final class ApiException extends RuntimeException {

  private final int status;
  private final List<String> problems;

  ApiException(int status, String message) {
    this(status, message, List.of());
  }

  ApiException(int status, String message, List<String> problems) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  int status() {
    return status;
  }

  List<String> problems() {
    return problems;
  }
}
