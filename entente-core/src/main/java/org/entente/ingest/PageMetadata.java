package org.entente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a web page declares about itself: title, publication date, canonical URL and site.
 *
 * <p>Read in the order publishers fill them most reliably: Open Graph and {@code article:} meta tags,
 * then JSON-LD ({@code headline}, {@code datePublished}), then common meta names, then the
 * {@code <title>}, {@code <h1>} and {@code <time datetime>} elements. Any field may be null.
 */
record PageMetadata(String title, LocalDate date, String url, String site) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
      "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]",
      "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[property=og:published_time]");

  static PageMetadata of(Document doc) {
    String title = firstContent(doc, "meta[property=og:title]", "meta[name=twitter:title]");
    LocalDate date = null;
    for (String css : DATE_META) {
      date = date(attr(doc.selectFirst(css), "content"));
      if (date != null) {
        break;
      }
    }
    JsonNode ld = jsonLdArticle(doc);
    if (title == null && ld != null) {
      title = blankToNull(ld.path("headline").asText(null));
    }
    if (date == null && ld != null) {
      date = date(ld.path("datePublished").asText(null));
    }
    if (date == null) {
      Element time = doc.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
      date = date(attr(time == null ? doc.selectFirst("time[datetime]") : time, "datetime"));
    }
    if (title == null) {
      title = blankToNull(doc.title());
    }
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? null : blankToNull(h1.text());
    }
    String url = attr(doc.selectFirst("link[rel=canonical]"), "href");
    if (url == null) {
      url = firstContent(doc, "meta[property=og:url]");
    }
    return new PageMetadata(title, date, url, firstContent(doc, "meta[property=og:site_name]"));
  }

  /** The first JSON-LD object that has a datePublished or headline, looking inside arrays and @graph. */
  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = find(JSON.readTree(script.data()), 0);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // broken JSON-LD is common on real pages; the other sources of metadata still apply
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode n, int depth) {
    if (n == null || depth > 4) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode c : n) {
        JsonNode f = find(c, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (n.isObject()) {
      if (n.hasNonNull("datePublished") || n.hasNonNull("headline")) {
        return n;
      }
      return find(n.get("@graph"), depth + 1);
    }
    return null;
  }

  private static String firstContent(Document doc, String... selectors) {
    for (String css : selectors) {
      String v = attr(doc.selectFirst(css), "content");
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : blankToNull(e.attr(name));
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Optional<LocalDate> d = PublicationDateFinder.parseDate(value);
    return d.orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
