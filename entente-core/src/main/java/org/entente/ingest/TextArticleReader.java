package org.entente.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.entente.model.Article;
import org.entente.model.DatePrecision;
import org.entente.model.Problem;

/**
 * Reads a plain-text article: an optional header block of {@code Title:}, {@code Date:}, {@code URL:}
 * and {@code Source:} lines ended by a blank line, then the body. Without a {@code Date:} header, a
 * publication date written near the top of the body is used; with none, the article is kept with an
 * unknown date and a warning.
 */
public final class TextArticleReader {

  private TextArticleReader() {}

  public static void read(String name, String id, String content, ArticleSink sink) {
    String text = content.replace("\r\n", "\n");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String title = null;
    String url = null;
    String source = null;
    String date = null;
    int dateLine = 0;
    int bodyStart = 0;
    String[] lines = text.split("\n", -1);
    int i = 0;
    boolean header = false;
    while (i < lines.length) {
      String line = lines[i];
      int colon = line.indexOf(':');
      String key = colon > 0 ? line.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
      String value = colon > 0 ? line.substring(colon + 1).trim() : "";
      boolean known = switch (key) {
        case "title", "date", "url", "source" -> true;
        default -> false;
      };
      if (!known) {
        break;
      }
      header = true;
      switch (key) {
        case "title" -> title = value;
        case "date" -> {
          date = value;
          dateLine = i + 1;
        }
        case "url" -> url = value;
        default -> source = value;
      }
      i++;
    }
    if (header) {
      while (i < lines.length && lines[i].isBlank()) {
        i++;
      }
      bodyStart = i;
    }
    String body = String.join("\n", java.util.Arrays.copyOfRange(lines, bodyStart, lines.length)).strip();
    if (body.isEmpty()) {
      sink.problem(new Problem(name, "article has no text"));
      return;
    }
    LocalDate day = null;
    if (date != null) {
      Optional<LocalDate> parsed = PublicationDateFinder.parseDate(date);
      if (parsed.isEmpty()) {
        sink.warning(new Problem(name + ":" + dateLine, "unreadable Date: header '" + date + "'"));
      } else {
        day = parsed.get();
      }
    }
    if (day == null) {
      day = PublicationDateFinder.find(body).orElse(null);
      if (day == null) {
        sink.warning(new Problem(name, "no publication date found; coded with date_precision \"unknown\""));
      }
    }
    sink.article(new Article(id, day, day == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, title, url, source,
        body, name));
  }
}
