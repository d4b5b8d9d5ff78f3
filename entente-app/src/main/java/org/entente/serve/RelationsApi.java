package org.entente.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.Interval;
import org.entente.store.duckdb.DuckDbEventQueries;

/**
 * RelationsApi answers the relations figures: {@code GET /api/dyads}, {@code GET /api/profile/{country}},
 * {@code GET /api/shifts} and {@code GET /api/states}. Figures come from {@link EventStore#dyads}, turning
 * points and states from the {@link RelationsView}.
 */
final class RelationsApi {

  /** Dyad queries run on per-thread connections, so concurrent requests do not queue on one. */
  private final DuckDbEventQueries store;
  private final RelationsView relations;
  private final CountryCodes countries;

  RelationsApi(DuckDbEventQueries store, RelationsView relations, CountryCodes countries) {
    this.store = store;
    this.relations = relations;
    this.countries = countries;
  }

  void dyads(Context ctx) {
    RequestParams p = new RequestParams(ctx, countries);
    LocalDate from = p.from("from");
    LocalDate to = p.to("to");
    RequestParams.checkPeriod(from, to);
    Interval interval = p.interval("interval", Interval.MONTH);
    String[] dyad = p.dyad("dyad");
    String country = p.country("country");
    if (dyad != null && country != null) {
      throw ApiException.badRequest("give either dyad or country, not both");
    }
    DyadQuery q = new DyadQuery(from, to, interval, dyad == null ? country : dyad[0], dyad == null ? null : dyad[1],
        p.flag("undirected"), p.flag("all"), p.byPublication());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("interval", interval.sqlUnit());
    body.put("rows", store.dyads(q).stream().map(DyadJson::of).toList());
    ctx.json(body);
  }

  void profile(Context ctx) {
    String country = ctx.pathParam("country").toUpperCase(Locale.ROOT);
    if (!country.matches("[A-Z]{3}") || !countries.contains(country)) {
      throw ApiException.notFound("unknown country code '" + ctx.pathParam("country") + "'");
    }
    RequestParams p = new RequestParams(ctx, countries);
    LocalDate from = p.from("from");
    LocalDate to = p.to("to");
    RequestParams.checkPeriod(from, to);
    Interval interval = p.interval("interval", Interval.MONTH);
    List<DyadRow> rows = store.dyads(new DyadQuery(from, to, interval, country, null, false, p.flag("all"),
        p.byPublication()));
    Map<String, Partner> partners = new TreeMap<>();
    for (DyadRow r : rows) {
      boolean outgoing = r.source().equals(country);
      Partner partner = partners.computeIfAbsent(outgoing ? r.target() : r.source(), Partner::new);
      (outgoing ? partner.outgoing : partner.incoming).add(DyadJson.of(r));
      partner.events += r.events();
      partner.goldsteinSum += r.goldsteinSum();
    }
    List<Map<String, Object>> list = new ArrayList<>();
    partners.values().stream().sorted(Comparator.comparingLong((Partner x) -> x.events).reversed())
        .forEach(x -> list.add(x.json()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("country", country);
    body.put("interval", interval.sqlUnit());
    body.put("partners", list);
    ctx.json(body);
  }

  /** One partner's figures in a country profile: both directions, per interval. */
  private static final class Partner {
    final String code;
    final List<Map<String, Object>> outgoing = new ArrayList<>();
    final List<Map<String, Object>> incoming = new ArrayList<>();
    long events;
    double goldsteinSum;

    Partner(String code) {
      this.code = code;
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("partner", code);
      m.put("events", events);
      m.put("goldstein_mean", DyadJson.round(goldsteinSum / events));
      m.put("outgoing", outgoing);
      m.put("incoming", incoming);
      return m;
    }
  }

  void shifts(Context ctx) {
    RequestParams p = new RequestParams(ctx, countries);
    String[] dyad = p.dyad("dyad");
    if (dyad == null) {
      throw ApiException.badRequest("parameter dyad is required (two country codes like JPN-KOR)");
    }
    LocalDate from = p.from("from");
    LocalDate to = p.to("to");
    RequestParams.checkPeriod(from, to);
    Interval interval = p.interval("interval", Interval.MONTH);
    RelationsView.Shifts s = relations.shifts(dyad[0], dyad[1], interval, from, to);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dyad", dyad[0] + "-" + dyad[1]);
    body.put("interval", interval.sqlUnit());
    body.put("shifts", s.shifts());
    body.put("method", s.method());
    body.put("note", s.note());
    ctx.json(body);
  }

  void states(Context ctx) {
    RequestParams p = new RequestParams(ctx, countries);
    LocalDate from = p.from("from");
    LocalDate to = p.to("to");
    RequestParams.checkPeriod(from, to);
    RelationsView.States s = relations.states(from, to);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("states", s.states());
    body.put("method", s.method());
    body.put("note", s.note());
    ctx.json(body);
  }
}
