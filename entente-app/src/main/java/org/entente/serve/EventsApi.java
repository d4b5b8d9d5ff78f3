package org.entente.serve;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.duckdb.DuckDbEventQueries;
import org.entente.store.duckdb.EventCursor;
import org.entente.store.duckdb.EventFilter;
import org.entente.store.duckdb.EventOrder;

/**
 * EventsApi answers {@code GET /api/events}, {@code GET /api/articles/{id}} and {@code GET /api/countries}:
 * the coded events themselves, each linked to its article and sentence.
 */
final class EventsApi {

  static final int DEFAULT_PAGE = 50;
  static final int MAX_PAGE = 500;

  private final DuckDbEventQueries queries;
  private final CountryCodes countries;

  EventsApi(DuckDbEventQueries queries, CountryCodes countries) {
    this.queries = queries;
    this.countries = countries;
  }

  void events(Context ctx) {
    RequestParams p = new RequestParams(ctx, countries);
    String code = p.cameo("code", 2, 4);
    String root = p.cameo("root", 2, 2);
    LocalDate from = p.from("from");
    LocalDate to = p.to("to");
    RequestParams.checkPeriod(from, to);
    String[] dyad = p.dyad("dyad");
    EventFilter f = new EventFilter(p.actor("source"), p.actor("target"), p.country("country"),
        dyad == null ? null : dyad[0], dyad == null ? null : dyad[1], code, root, p.quadClass("quad_class"),
        from, to, p.text("q"), p.flag("all"));
    EventOrder order;
    EventCursor cursor;
    try {
      order = EventOrder.parse(p.text("sort"));
      String c = p.text("cursor");
      cursor = c == null ? null : EventCursor.decode(c, order);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    int limit = p.limit("limit", DEFAULT_PAGE, MAX_PAGE);
    DuckDbEventQueries.Page page = queries.events(f, order, cursor, limit);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> r : page.rows()) {
      r.put("links", links(r));
      rows.add(r);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("events", rows);
    body.put("limit", limit);
    body.put("next_cursor", page.next() == null ? null : page.next().encode());
    ctx.json(body);
  }

  static Map<String, String> links(Map<String, Object> event) {
    String article = "/api/articles/" + URLEncoder.encode((String) event.get("doc"), StandardCharsets.UTF_8)
        .replace("+", "%20");
    return Map.of("article", article, "sentence", article + "#sentence-" + event.get("sentence_index"));
  }

  void article(Context ctx) {
    String id = ctx.pathParam("id");
    Map<String, Object> article = queries.article(id)
        .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    List<Map<String, Object>> events = queries.articleEvents(id);
    for (Map<String, Object> e : events) {
      e.put("highlights", highlights(e));
      e.put("links", links(e));
    }
    article.put("events", events);
    ctx.json(article);
  }

  /** The spans to highlight, as character offsets in the article text; actors from other sentences (−1) are left out. */
  static List<Map<String, Object>> highlights(Map<String, Object> e) {
    List<Map<String, Object>> spans = new ArrayList<>();
    for (String kind : List.of("source", "trigger", "target")) {
      Object start = e.get(kind + "_start");
      Object end = e.get(kind + "_end");
      if (start instanceof Number s && end instanceof Number n && s.intValue() >= 0 && n.intValue() > s.intValue()) {
        spans.add(Map.of("kind", kind, "start", s.intValue(), "end", n.intValue()));
      }
    }
    return spans;
  }

  void countries(Context ctx) {
    ctx.json(Map.of("countries", queries.countries()));
  }
}
