package org.entente.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.entente.model.Article;
import org.entente.model.DatePrecision;
import org.entente.model.Problem;

/**
 * Reads JSON Lines articles: one object per line with {@code id}, {@code date} (publication date,
 * YYYY-MM-DD) and {@code text} required, {@code title}, {@code url} and {@code source} optional.
 * A line that is not such an object is reported as {@code file:line} and skipped.
 */
public final class JsonLinesReader {

  /** Lines longer than this are rejected unread: no article is that long, and it protects memory. */
  static final int MAX_LINE_CHARS = 8 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  public static void read(String name, BufferedReader in, ArticleSink sink) throws IOException {
    read(name, new LineReader(in, MAX_LINE_CHARS), sink);
  }

  /** Reads UTF-8 bytes; a line that is not valid UTF-8 is reported and skipped, the lines after it are read. */
  public static void read(String name, InputStream in, ArticleSink sink) throws IOException {
    read(name, new LineReader(in, MAX_LINE_CHARS), sink);
  }

  private static void read(String name, LineReader lines, ArticleSink sink) throws IOException {
    String line;
    while ((line = lines.next()) != null) {
      String where = name + ":" + lines.number();
      if (lines.truncated()) {
        sink.problem(new Problem(where, "line longer than " + MAX_LINE_CHARS + " characters; skipped"));
        continue;
      }
      if (lines.invalid()) {
        sink.problem(new Problem(where, "not valid UTF-8; skipped"));
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      Article a = parse(line, where, sink);
      if (a != null) {
        sink.article(a);
      }
    }
  }

  static Article parse(String line, String where, ArticleSink sink) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      sink.problem(new Problem(where, "malformed JSON: " + e.getOriginalMessage()));
      return null;
    }
    if (node == null || !node.isObject()) {
      sink.problem(new Problem(where, "expected a JSON object with id, date and text"));
      return null;
    }
    String id = text(node, "id");
    String text = text(node, "text");
    String date = text(node, "date");
    if (id == null || id.isBlank()) {
      sink.problem(new Problem(where, "missing required field \"id\""));
      return null;
    }
    if (text == null || text.isBlank()) {
      sink.problem(new Problem(where, "article " + id + " has no text"));
      return null;
    }
    LocalDate day = null;
    if (date == null || date.isBlank()) {
      sink.problem(new Problem(where, "article " + id + " has no \"date\" (publication date, YYYY-MM-DD)"));
      return null;
    }
    Optional<LocalDate> parsed = PublicationDateFinder.parseDate(date);
    if (parsed.isPresent()) {
      day = parsed.get();
    } else {
      sink.warning(new Problem(where, "article " + id + ": unreadable date '" + date + "'; coded with unknown date"));
    }
    return new Article(id, day, day == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, text(node, "title"),
        text(node, "url"), text(node, "source"), text, where);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
