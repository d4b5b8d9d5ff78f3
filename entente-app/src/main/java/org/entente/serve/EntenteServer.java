package org.entente.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.entente.store.StoreException;
import org.entente.store.duckdb.DuckDbEventQueries;
import org.entente.store.duckdb.DuckDbEventStore;

/**
 * EntenteServer is the web API and dashboard over one DuckDB event store, listening on 127.0.0.1 only.
 *
 * <p>Database handles: DuckDB lets one process hold either a read-only or a read-write instance of a
 * file, never both at once. So the server opens exactly one instance: read-only when it has no token
 * (nothing can write, and other read-only processes such as {@code entente dyads} may share the file),
 * read-write when started with {@code --token}, because then it is itself the single writer. In both
 * cases queries run on duplicates of that instance's connection (one per server thread, SELECT only),
 * so they see every article the intake has committed; writes go only through {@link ArticleIntake}.
 * <b>NOTE:</b> while a token server runs, no other process can open the file, not even read-only.
 */
public final class EntenteServer implements AutoCloseable {

  /** Server threads; each may hold one query connection, so this also bounds the connections. */
  static final int MAX_THREADS = 24;

  private final DuckDbEventStore store;
  private final DuckDbEventQueries queries;
  private final ArticleIntake intake;
  private final Javalin app;

  private EntenteServer(DuckDbEventStore store, ArticleIntake intake, RelationsView relations) {
    this.store = store;
    this.queries = new DuckDbEventQueries(store.connection());
    this.intake = intake;
    CountryCodes countries = CountryCodes.bundled();
    EventsApi events = new EventsApi(queries, countries);
    RelationsApi rel = new RelationsApi(queries, relations, countries);
    byte[] openApi = resource("/serve/openapi.json");
    ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson(json, false));
      cfg.http.maxRequestSize = 16L * 1024 * 1024;
      cfg.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 4);
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
      });
      cfg.staticFiles.enableWebjars();
    });
    app.get("/api/events", events::events);
    app.get("/api/articles/{id}", events::article);
    app.get("/api/countries", events::countries);
    app.post("/api/articles", intake::post);
    app.get("/api/dyads", rel::dyads);
    app.get("/api/profile/{country}", rel::profile);
    app.get("/api/shifts", rel::shifts);
    app.get("/api/states", rel::states);
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.problems()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), List.of()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), List.of()));
    app.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "database error: " + e.getMessage(), List.of()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e, List.of()));
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && (ctx.result() == null || ctx.result().isEmpty())) {
        error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)", List.of());
      }
    });
  }

  /** Opens the database as described in the class comment and starts listening on 127.0.0.1. */
  public static EntenteServer start(ServerConfig config) {
    DuckDbEventStore store = config.token() == null
        ? DuckDbEventStore.openReadOnly(config.db())
        : DuckDbEventStore.open(config.db());
    return start(store, new ArticleIntake(config.token(), config.token() == null ? null : store),
        new ChangePointRelationsView(store), config.port());
  }

  static EntenteServer start(DuckDbEventStore store, ArticleIntake intake, RelationsView relations, int port) {
    EntenteServer server = new EntenteServer(store, intake, relations);
    server.app.start("127.0.0.1", port);
    return server;
  }

  public int port() {
    return app.port();
  }

  public boolean writable() {
    return intake.enabled();
  }

  private static void error(Context ctx, int status, String message, List<String> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", HttpStatus.forStatus(status).getMessage());
    body.put("message", message);
    if (!problems.isEmpty()) {
      body.put("problems", problems);
    }
    ctx.status(status).json(body);
  }

  private static byte[] resource(String name) {
    try (InputStream in = EntenteServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing class-path resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
    intake.close();
    queries.close();
    store.close();
  }
}
