package org.entente.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as read from the input, before any annotation.
 *
 * <p>{@code date} is the publication date; it is null when the input gave none, and then
 * {@code datePrecision} is {@link DatePrecision#UNKNOWN}. {@code origin} names where the article was
 * read from ({@code file:line}) so that every message can point at it.
 */
public record Article(
    String id,
    LocalDate date,
    DatePrecision datePrecision,
    String title,
    String url,
    String source,
    String text,
    String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(datePrecision, "datePrecision");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if (date == null && datePrecision != DatePrecision.UNKNOWN) {
      throw new IllegalArgumentException("article " + id + " has no date but precision " + datePrecision);
    }
    title = title == null ? "" : title;
    url = url == null ? "" : url;
    source = source == null ? "" : source;
    origin = origin == null ? "" : origin;
  }

  /** An article dated to the day. */
  public static Article of(String id, LocalDate date, String text) {
    return new Article(id, date, date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, "", "", "", text, "");
  }
}
