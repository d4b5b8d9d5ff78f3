package org.entente.store.duckdb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.model.Actor;
import org.entente.model.Article;
import org.entente.model.CameoCode;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.EventDate;

/**
 * Coded articles for store tests, each event written as {@code "JPNGOV>KORGOV 042"} (add {@code " negated"} to
 * flag it); an article without a day has undated events.
 */
final class TestArticles {

  private static final Map<String, Double> GOLDSTEIN = Map.of("036", 4.0, "042", 1.9, "111", -2.0, "112", -2.0,
      "172", -5.0, "190", -10.0);

  private TestArticles() {}

  static DuckDbEventStore.Coded coded(String id, LocalDate day, String... events) {
    String text = "A sentence about the event of " + id + ".";
    Article article = Article.of(id, day, text);
    List<Event> out = new ArrayList<>();
    for (String spec : events) {
      String[] f = spec.split("[> ]");
      String code = f[2];
      int root = Integer.parseInt(code.substring(0, 2));
      int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      CameoCode cameo = new CameoCode(code, code.substring(0, 2), quad, GOLDSTEIN.getOrDefault(code, 0.0), "test");
      out.add(new Event(id + ":0:" + out.size(), id, day, when(day),
          new Actor(f[0], f[0], 0, 1), new Actor(f[1], f[1], 2, 3), cameo, spec.endsWith(" negated"), false, text, 0, 0,
          text.length(), "event", 2, 7, "test"));
    }
    return new DuckDbEventStore.Coded(article, out, 1, 1);
  }

  private static EventDate when(LocalDate day) {
    return day == null ? EventDate.UNKNOWN : new EventDate(day, DatePrecision.DAY, null, DateBasis.EXPLICIT);
  }
}
