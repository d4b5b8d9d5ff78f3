package org.entente.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.serve.EntenteServer;
import org.entente.serve.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente serve --db entente.duckdb [--port 8080] [--token T]}: the web dashboard and API on 127.0.0.1. */
@Command(name = "serve", description = "Serve the web dashboard and JSON API over a database on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", defaultValue = "entente.duckdb", description = "Database (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Enable POST /api/articles for clients sending 'Authorization: Bearer TOKEN' (opens the database read-write).")
  String token;

  @Override
  public Integer call() throws InterruptedException {
    EntenteServer server = EntenteServer.start(new ServerConfig(db, port, token));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    System.out.println("Entente dashboard: http://127.0.0.1:" + server.port() + "/  (API: /api/openapi.json; "
        + (server.writable() ? "POST /api/articles enabled with the token" : "read-only") + "); Ctrl-C stops");
    stopped.await();
    return 0;
  }
}
