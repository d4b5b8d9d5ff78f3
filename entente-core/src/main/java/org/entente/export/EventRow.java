package org.entente.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An EventRow is one stored event as column name → value: the columns of the {@code events} table
 * ({@link #COLUMNS}) plus its article's {@code url}, {@code article_source} and {@code title}.
 *
 * <p>Values are String, Number, Boolean or LocalDate; a missing or NULL column reads as null.
 */
public record EventRow(Map<String, Object> values) {

  /** The event columns in the order of the public record format (README, "the event record"). */
  public static final List<String> COLUMNS = List.of("id", "doc", "doc_date", "date", "date_precision", "date_end",
      "date_basis", "source", "source_country", "source_text", "target", "target_country", "target_text", "code",
      "root", "quad_class", "goldstein", "negated", "hypothetical", "sentence", "sentence_index", "char_start",
      "char_end", "trigger", "trigger_start", "trigger_end", "source_start", "source_end", "target_start",
      "target_end", "pattern");

  public Object get(String column) {
    return values.get(column);
  }

  /** The column as text, "" for null. */
  public String text(String column) {
    Object v = values.get(column);
    return v == null ? "" : v.toString();
  }

  public LocalDate date(String column) {
    Object v = values.get(column);
    return v instanceof LocalDate d ? d : null;
  }

  /** The event date written at its precision: 2023-05-07, 2023-05, 2023, or null when unknown. */
  public String dateText() {
    LocalDate d = date("date");
    if (d == null) {
      return null;
    }
    return switch (text("date_precision")) {
      case "month" -> d.toString().substring(0, 7);
      case "year" -> d.toString().substring(0, 4);
      case "unknown" -> null;
      default -> d.toString();
    };
  }

  /** The day an event is filed under by day-based formats: its date, else its article's date. */
  public LocalDate day() {
    LocalDate d = date("date");
    return d != null && !text("date_precision").equals("unknown") ? d : date("doc_date");
  }
}
