package org.entente.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions resolved from their words, the publication date and tense, with SUTime's value where it is reliable. */
class RelativeDateResolverTest {

  private final RelativeDateResolver resolver = new RelativeDateResolver();

  @ParameterizedTest(name = "{0}: {2} ({4}) -> {5}")
  @CsvSource(delimiter = ';', textBlock = """
      # published; preposition; words; SUTime value; tense; date; precision; basis
      2024-03-01; on; feb 29;         XXXX-02-29; PAST;   2024-02-29; day;   relative
      2025-03-01; on; feb 29;         XXXX-02-29; PAST;   2024-02-29; day;   relative
      2025-03-01; on; feb 29;         XXXX-02-29; FUTURE; 2028-02-29; day;   relative
      2024-03-01; on; thursday;       2024-02-29; PAST;   2024-02-29; day;   relative
      2024-03-01; ;   yesterday;      2024-02-29; PAST;   2024-02-29; day;   relative
      2023-03-01; ;   yesterday;      2023-02-28; PAST;   2023-02-28; day;   relative
      2024-03-01; ;   last month;     2024-02;    PAST;   2024-02;    month; relative
      2024-03-01; ;   a year ago;     2023-03-01; PAST;   2023;       year;  relative
      2026-01-05; on; monday;         2026-01-05; PAST;   2026-01-05; day;   relative
      2026-01-05; on; monday;         2026-01-05; FUTURE; 2026-01-05; day;   relative
      2026-01-05; ;   last monday;    2025-12-29; PAST;   2025-12-29; day;   relative
      2026-01-05; ;   next monday;    2026-01-12; FUTURE; 2026-01-12; day;   relative
      2026-01-05; on; friday;         2026-01-09; PAST;   2026-01-02; day;   relative
      2026-01-05; on; friday;         2026-01-02; FUTURE; 2026-01-09; day;   relative
      2026-01-05; on; dec 31;         2026-12-31; PAST;   2025-12-31; day;   relative
      2026-01-05; in; december;       2026-12;    PAST;   2025-12;    month; relative
      2026-12-20; in; january;        2026-01;    FUTURE; 2027-01;    month; relative
      2026-01-05; in; early november; 2025-11;    PAST;   2025-11;    month; relative
      2026-01-05; ;   last year;      2025;       PAST;   2025;       year;  relative
      2026-01-05; ;   this year;      2026;       PAST;   2026;       year;  relative
      2026-01-05; ;   earlier this month; 2026-01; PAST;  2026-01;    month; relative
      2026-01-05; ;   three days ago; 2026-01-02; PAST;   2026-01-02; day;   relative
      2026-01-05; ;   a week ago;     2025-12-29; PAST;   2025-12-29; day;   relative
      2026-01-05; ;   two months ago; 2025-11-05; PAST;   2025-11;    month; relative
      2026-01-05; in; 2019;           2019;       PAST;   2019;       year;  explicit
      2026-01-05; on; march 16 2023;  2023-03-16; PAST;   2023-03-16; day;   explicit
      2026-01-05; in; march 2022;     2022-03;    PAST;   2022-03;    month; explicit
      2026-01-05; in; summer 2019;    2019-SU;    PAST;   2019-06;    month; explicit
      2026-01-05; since; october;     2026-10;    PAST;   2025-10;    month; relative
      2026-01-05; since; 2019;        2019;       PAST;   2019;       year;  explicit
      2026-01-05; ;   tonight;        2026-01-05TNI; FUTURE; 2026-01-05; day; relative
      """)
  void resolves(String published, String preposition, String words, String timex, Tense tense, String date,
      String precision, String basis) {
    TemporalPhrase p = new TemporalPhrase(0, Arrays.asList(words.split(" ")), preposition, timex);
    EventDate d = resolver.resolve(p, LocalDate.parse(published), tense, null).orElseThrow();
    assertEquals(date + " " + precision + " " + basis, d.text() + " " + d.precision().label() + " " + d.basis().label());
  }

  @Test
  void rangeKeepsItsEnd() {
    TemporalPhrase p = new TemporalPhrase(0, java.util.List.of("1910", "to", "1945"), "from", "1910/1945");
    EventDate d = resolver.resolve(p, LocalDate.of(2023, 6, 7), Tense.PAST, null).orElseThrow();
    assertEquals(LocalDate.of(1910, 1, 1), d.date());
    assertEquals(LocalDate.of(1945, 12, 31), d.end());
    assertEquals(DateBasis.EXPLICIT, d.basis());
  }

  @Test
  void sameDayAndDaysLaterCountFromTheContextNotThePublication() {
    EventDate context = new EventDate(LocalDate.of(2024, 2, 27), DatePrecision.DAY, null, DateBasis.RELATIVE);
    LocalDate published = LocalDate.of(2024, 3, 1);
    TemporalPhrase same = new TemporalPhrase(0, java.util.List.of("the", "same", "day"), "", "2024-03-01");
    assertEquals("2024-02-27 context", text(resolver.resolve(same, published, Tense.PAST, context).orElseThrow()));
    TemporalPhrase later = new TemporalPhrase(0, java.util.List.of("two", "days", "later"), "", "2024-03-03");
    assertEquals("2024-02-29 context", text(resolver.resolve(later, published, Tense.PAST, context).orElseThrow()));
    assertTrue(resolver.resolve(later, published, Tense.PAST, null).isEmpty(), "no context: no date from the publication");
  }

  @Test
  void boundingPrepositionsGiveNoDate() {
    TemporalPhrase until = new TemporalPhrase(0, java.util.List.of("2030"), "until", "2030");
    assertTrue(resolver.resolve(until, LocalDate.of(2024, 3, 1), Tense.PAST, null).isEmpty());
  }

  private static String text(EventDate d) {
    return d.text() + " " + d.basis().label();
  }
}
