package org.entente.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.Article;
import org.entente.model.CameoCode;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.EventDate;
import org.entente.store.duckdb.DuckDbEventStore;

/** Hand-built articles and events for the API tests: no NLP, known figures. */
final class SampleStore {

  static final String MEET = "Japanese Prime Minister Kishida met President Yoon in Seoul on Sunday.";
  static final String CRITICISE = "China criticised Japan over the release of treated water.";
  static final String THREAT = "North Korea threatened Japan with missiles.";

  private SampleStore() {}

  /** Writes 3 articles: JPN-KOR meetings in May 2023, CHN→JPN criticism in Aug 2023 (one negated), PRK→JPN threat. */
  static void fill(DuckDbEventStore store) {
    Article a1 = Article.of("kyodo-2023-05-07", LocalDate.of(2023, 5, 7), MEET + " " + MEET);
    List<Event> e1 = new ArrayList<>();
    e1.add(event(a1, 0, 0, "JPNGOV", "Kishida", 24, 31, "KORGOV", "Yoon", 46, 50, "met", 32, 35, "040", 1.0, 1,
        LocalDate.of(2023, 5, 7), false));
    int off = MEET.length() + 1;
    e1.add(event(a1, 1, off, "KORGOV", "Yoon", off + 46, off + 50, "JPNGOV", "Kishida", off + 24, off + 31, "met",
        off + 32, off + 35, "043", 2.8, 1, LocalDate.of(2023, 5, 8), false));
    store.save(a1, e1);
    Article a2 = Article.of("xinhua-2023-08-25", LocalDate.of(2023, 8, 25), CRITICISE + " " + CRITICISE);
    List<Event> e2 = new ArrayList<>();
    e2.add(event(a2, 0, 0, "CHN", "China", 0, 5, "JPN", "Japan", 17, 22, "criticised", 6, 16, "111", -2.0, 3,
        LocalDate.of(2023, 8, 24), false));
    off = CRITICISE.length() + 1;
    e2.add(event(a2, 1, off, "CHNGOV", "China", off, off + 5, "JPN", "Japan", off + 17, off + 22, "criticised",
        off + 6, off + 16, "111", -2.0, 3, LocalDate.of(2023, 8, 25), true));
    store.save(a2, e2);
    Article a3 = Article.of("yonhap-2024-01-10", LocalDate.of(2024, 1, 10), THREAT);
    store.save(a3, List.of(event(a3, 0, 0, "PRK", "North Korea", 0, 11, "JPN", "Japan", 23, 28, "threatened", 12, 22,
        "138", -7.0, 4, LocalDate.of(2024, 1, 9), false)));
  }

  private static Event event(Article a, int sentence, int start, String src, String srcText, int ss, int se, String tgt,
      String tgtText, int ts, int te, String trigger, int trs, int tre, String code, double goldstein, int quad,
      LocalDate day, boolean negated) {
    String text = a.text().substring(start, a.text().indexOf('.', start) + 1);
    return new Event(a.id() + ":" + sentence + ":0", a.id(), a.date(),
        new EventDate(day, DatePrecision.DAY, null, DateBasis.EXPLICIT), new Actor(src, srcText, ss, se),
        new Actor(tgt, tgtText, ts, te), new CameoCode(code, code.substring(0, 2), quad, goldstein, "label"), negated,
        false, text, sentence, start, start + text.length(), trigger, trs, tre, "test:1");
  }
}
