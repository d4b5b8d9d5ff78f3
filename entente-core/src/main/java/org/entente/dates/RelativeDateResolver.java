package org.entente.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.model.DateBasis;
import org.entente.model.DatePrecision;
import org.entente.model.EventDate;

/**
 * A RelativeDateResolver turns a temporal expression into a date from its own words, the publication
 * date and the tense of the clause it dates. It decides weekdays, months and month-days without a year,
 * "last/next/this X", "N units ago", "yesterday" and "the same day" / "two days later" (counted from the
 * article's context date) itself, because SUTime places these against the publication date without
 * looking at tense ("said on Thursday" in a Wednesday article came out as the next day); SUTime's value
 * is used where it is reliable: expressions that write a year, ranges, seasons, quarters, decades.
 *
 * <p>Basis: {@link DateBasis#EXPLICIT} when the expression writes a year, {@link DateBasis#RELATIVE}
 * when it needs the publication date, {@link DateBasis#CONTEXT} when it needs the article's context
 * date. Stateless and thread-safe.
 */
final class RelativeDateResolver {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
      Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
      Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
      Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10),
      Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
      Map.entry("dec", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
      DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
      DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("several", 3), Map.entry("few", 3));
  /** Prepositions of a span that a part of a day fills ("through the night", "during the morning"). */
  private static final Set<String> PART_OF_DAY = Set.of("through", "throughout", "during");
  /** Prepositions whose expression bounds an event without dating it ("until 2030", "by Friday"). */
  private static final Set<String> NOT_A_DATE = Set.of("until", "till", "by", "before", "after", "within", "to",
      "through", "throughout", "than", "during", "for");

  /**
   * The date an expression gives the event, or empty when it gives none.
   *
   * @param context the date of the nearest earlier dated sentence of the article, or null
   */
  Optional<EventDate> resolve(TemporalPhrase p, LocalDate published, Tense tense, EventDate context) {
    if (PART_OF_DAY.contains(p.preposition()) && p.timex() != null && p.timex().matches("\\d{4}-\\d{2}-\\d{2}T(NI|MO|AF|EV)")) {
      // "exchanged fire through the night", "during the morning": a part of a day dates the event to that day
      return sutime(p, published, tense != Tense.FUTURE, DateBasis.RELATIVE);
    }
    if (NOT_A_DATE.contains(p.preposition())) {
      return Optional.empty();
    }
    List<String> w = p.words();
    boolean past = tense != Tense.FUTURE;
    Optional<EventDate> fromContext = contextual(p, context);
    if (fromContext != null) {
      return fromContext;
    }
    if (p.timex() != null && p.timex().contains("/")) {
      return range(p, published, past);
    }
    Integer year = null;
    Integer month = null;
    Integer day = null;
    DayOfWeek weekday = null;
    for (String word : w) {
      // "in mid-December", "early-March": one token SUTime leaves untagged, a month all the same
      String s = word.replaceFirst("^(mid|early|late)-", "");
      if (s.matches("1[0-9]{3}|2[0-9]{3}")) {
        year = Integer.parseInt(s);
      } else if (s.matches("[0-9]{1,2}(st|nd|rd|th)?")) {
        day = Integer.parseInt(s.replaceAll("\\D", ""));
      } else if (MONTHS.containsKey(s) && !(s.equals("may") && w.size() == 1 && p.timex() == null)) {
        month = MONTHS.get(s);
      } else if (WEEKDAYS.containsKey(s)) {
        weekday = WEEKDAYS.get(s);
      }
    }
    if (published == null) {
      return year == null ? Optional.empty() : sutime(p, null, past, DateBasis.EXPLICIT);
    }
    if (year != null) {
      return explicit(p, year, month, day, past);
    }
    if (month != null) {
      return Optional.of(monthDay(published, month, day != null && day <= 31 ? day : null, past, p));
    }
    if (weekday != null) {
      return Optional.of(day(weekday(published, weekday, past, p), DateBasis.RELATIVE));
    }
    if (p.has("yesterday") || p.has("last") && p.has("night")) {
      return Optional.of(day(published.minusDays(1), DateBasis.RELATIVE));
    }
    if (p.has("today") || p.has("tonight") || p.has("now") || p.has("currently")
        || p.has("this") && (p.has("morning") || p.has("afternoon") || p.has("evening"))) {
      return Optional.of(day(published, DateBasis.RELATIVE));
    }
    if (p.has("tomorrow")) {
      return Optional.of(day(published.plusDays(1), DateBasis.RELATIVE));
    }
    if (p.has("overnight")) {
      return Optional.of(new EventDate(past ? published.minusDays(1) : published, DatePrecision.DAY,
          past ? published : published.plusDays(1), DateBasis.RELATIVE));
    }
    if (p.has("ago")) {
      return ago(w, published);
    }
    Optional<EventDate> unit = unit(p, published, past);
    if (unit.isEmpty() && p.has("weekend")) {
      // "over the weekend", "at the weekend": SUTime takes the weekend of the publication week, in a past
      // clause the one to come; a past act was done the latest weekend, a plan is for the next
      LocalDate saturday = published.with(past ? TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)
          : TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
      if (past && published.getDayOfWeek() == DayOfWeek.SUNDAY) {
        saturday = published.minusDays(1);
      }
      return Optional.of(new EventDate(saturday, DatePrecision.DAY, saturday.plusDays(1), DateBasis.RELATIVE));
    }
    if (unit.isPresent() || p.timex() == null || p.timex().endsWith("_REF")) {
      return unit;
    }
    return sutime(p, published, past, DateBasis.RELATIVE);
  }

  /** "the same day", "the next day", "two days later": from the context date; null when not such an expression. */
  private static Optional<EventDate> contextual(TemporalPhrase p, EventDate context) {
    int shift;
    // a part of a day ("that evening", "the next morning", "the night before") counts as its day
    boolean day = p.has("day") || p.has("morning") || p.has("afternoon") || p.has("evening") || p.has("night");
    if (p.has("same") || p.has("that") && (day || p.has("week") || p.has("month") || p.has("year"))) {
      shift = 0;
    } else if ((p.has("next") || p.has("following")) && day && p.has("the")) {
      shift = 1;
    } else if ((p.has("previous") || p.has("preceding") || p.has("before")) && day && p.has("the")) {
      // "The previous day, Russian missiles hit Odesa", "the night before": the day before the article's
      // context date (SUTime counts it back from publication, or takes "the day before" for the day itself)
      shift = -1;
    } else if ((p.has("later") || p.has("earlier")) && amount(p.words()) > 0 && p.has("day") | p.has("days")) {
      shift = (p.has("later") ? 1 : -1) * amount(p.words());
    } else {
      return null;
    }
    if (context == null || context.date() == null) {
      return Optional.empty();
    }
    if (shift == 0) {
      return Optional.of(new EventDate(context.date(), context.precision(), context.end(), DateBasis.CONTEXT));
    }
    if (context.precision() != DatePrecision.DAY) {
      return Optional.empty();
    }
    return Optional.of(day(context.date().plusDays(shift), DateBasis.CONTEXT));
  }

  private static Optional<EventDate> range(TemporalPhrase p, LocalDate published, boolean past) {
    String[] ends = p.timex().split("/", 2);
    DateBasis basis = p.words().stream().anyMatch(s -> s.matches("[12][0-9]{3}")) ? DateBasis.EXPLICIT : DateBasis.RELATIVE;
    Optional<EventDate> from = TimexValue.parse(ends[0], published, true, basis);
    Optional<EventDate> to = TimexValue.parse(ends[1], published, past, basis);
    if (from.isEmpty()) {
      return Optional.empty();
    }
    EventDate f = from.get();
    return Optional.of(new EventDate(f.date(), f.precision(), to.map(RelativeDateResolver::lastDay).orElse(null), f.basis()));
  }

  private static Optional<EventDate> explicit(TemporalPhrase p, int year, Integer month, Integer day, boolean past) {
    if (p.timex() != null && p.timex().startsWith(String.valueOf(year))) {
      return sutime(p, null, past, DateBasis.EXPLICIT);
    }
    try {
      if (month == null) {
        return Optional.of(new EventDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR, null, DateBasis.EXPLICIT));
      }
      if (day == null) {
        return Optional.of(new EventDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, null, DateBasis.EXPLICIT));
      }
      return Optional.of(new EventDate(LocalDate.of(year, month, day), DatePrecision.DAY, null, DateBasis.EXPLICIT));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A month, or a month and day, without a year: the latest one not after publication, or the next one in the future. */
  static EventDate monthDay(LocalDate published, int month, Integer day, boolean past, TemporalPhrase p) {
    boolean last = p != null && (p.has("last") || p.has("past") || p.has("previous"));
    boolean next = p != null && (p.has("next") || p.has("coming"));
    if (day == null) {
      LocalDate first = LocalDate.of(published.getYear(), month, 1);
      LocalDate thisMonth = published.withDayOfMonth(1);
      if (last ? !first.isBefore(thisMonth) : next ? !first.isAfter(thisMonth) : past ? first.isAfter(thisMonth)
          : first.isBefore(thisMonth)) {
        first = first.plusYears(last || past && !next ? -1 : 1);
      }
      return new EventDate(first, DatePrecision.MONTH, null, DateBasis.RELATIVE);
    }
    boolean backward = last || past && !next;
    int year = published.getYear();
    for (int i = 0; i < 9; i++, year += backward ? -1 : 1) {
      if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
        continue;
      }
      LocalDate d = LocalDate.of(year, month, day);
      if (backward ? !d.isAfter(published) : !d.isBefore(published)) {
        return day(d, DateBasis.RELATIVE);
      }
    }
    return day(LocalDate.of(published.getYear(), month, Math.min(day, 28)), DateBasis.RELATIVE);
  }

  /** A weekday: the latest one on or before publication in the past, the next one on or after it in the future. */
  /** Whether a word (lower-cased) names a day of the week. */
  static boolean isWeekday(String word) {
    return WEEKDAYS.containsKey(word);
  }

  static LocalDate weekday(LocalDate published, DayOfWeek weekday, boolean past, TemporalPhrase p) {
    if (p != null && (p.has("last") || p.has("previous") || p.has("past"))) {
      return published.with(TemporalAdjusters.previous(weekday));
    }
    if (p != null && (p.has("next") || p.has("coming"))) {
      return published.with(TemporalAdjusters.next(weekday));
    }
    return published.with(past ? TemporalAdjusters.previousOrSame(weekday) : TemporalAdjusters.nextOrSame(weekday));
  }

  private static Optional<EventDate> ago(List<String> w, LocalDate published) {
    int n = Math.max(1, amount(w));
    if (w.contains("day") || w.contains("days")) {
      return Optional.of(day(published.minusDays(n), DateBasis.RELATIVE));
    }
    if (w.contains("week") || w.contains("weeks")) {
      return Optional.of(day(published.minusWeeks(n), DateBasis.RELATIVE));
    }
    if (w.contains("month") || w.contains("months")) {
      return Optional.of(new EventDate(published.minusMonths(n).withDayOfMonth(1), DatePrecision.MONTH, null, DateBasis.RELATIVE));
    }
    if (w.contains("year") || w.contains("years")) {
      return Optional.of(new EventDate(published.minusYears(n).withDayOfYear(1), DatePrecision.YEAR, null, DateBasis.RELATIVE));
    }
    return Optional.empty();
  }

  /** "last week", "this month", "earlier this year", "next year", "the past week". */
  private static Optional<EventDate> unit(TemporalPhrase p, LocalDate published, boolean past) {
    int shift;
    if (p.has("last") || p.has("previous")) {
      shift = -1;
    } else if (p.has("next") || p.has("coming")) {
      shift = 1;
    } else if (p.has("this") || p.has("current")) {
      shift = 0;
    } else if (p.has("past")) {
      shift = -2;
    } else {
      return Optional.empty();
    }
    boolean earlier = p.has("earlier");
    if (p.has("week") || p.has("weekend")) {
      if (shift == -2) {
        return Optional.of(new EventDate(published.minusWeeks(1), DatePrecision.DAY, published, DateBasis.RELATIVE));
      }
      LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
      if (p.has("weekend")) {
        return Optional.of(new EventDate(monday.plusDays(5), DatePrecision.DAY, monday.plusDays(6), DateBasis.RELATIVE));
      }
      LocalDate end = shift == 0 && earlier ? published : monday.plusDays(6);
      return Optional.of(new EventDate(monday, DatePrecision.DAY, end, DateBasis.RELATIVE));
    }
    if (p.has("month")) {
      LocalDate first = published.withDayOfMonth(1).plusMonths(Math.max(shift, -1));
      return Optional.of(new EventDate(first, DatePrecision.MONTH, null, DateBasis.RELATIVE));
    }
    if (p.has("year")) {
      LocalDate first = published.withDayOfYear(1).plusYears(Math.max(shift, -1));
      return Optional.of(new EventDate(first, DatePrecision.YEAR, null, DateBasis.RELATIVE));
    }
    return Optional.empty();
  }

  private static Optional<EventDate> sutime(TemporalPhrase p, LocalDate published, boolean past, DateBasis basis) {
    return TimexValue.parse(p.timex(), published, past, basis);
  }

  static int amount(List<String> w) {
    for (String s : w) {
      if (s.matches("[0-9]{1,3}")) {
        return Integer.parseInt(s);
      }
      if (NUMBERS.containsKey(s)) {
        return NUMBERS.get(s);
      }
    }
    return 0;
  }

  private static EventDate day(LocalDate d, DateBasis basis) {
    return new EventDate(d, DatePrecision.DAY, null, basis);
  }

  /** The last day an event date covers: its end, or the end of its day, month or year. */
  static LocalDate lastDay(EventDate d) {
    if (d.end() != null) {
      return d.end();
    }
    return switch (d.precision()) {
      case MONTH -> d.date().with(TemporalAdjusters.lastDayOfMonth());
      case YEAR -> d.date().with(TemporalAdjusters.lastDayOfYear());
      default -> d.date();
    };
  }
}
