package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * MainText finds the article body of a web page: the paragraphs of its {@code <article>},
 * {@code articleBody} or {@code <main>} element, or else of the element holding the most paragraph
 * text, with navigation, headers, footers, asides, forms and scripts removed first.
 *
 * <p>Paragraphs are joined by blank lines so that sentence splitting sees their boundaries.
 */
final class MainText {

  private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form,"
      + " iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  /** Paragraphs shorter than this (bylines, captions, "Share") are not body text. */
  private static final int MIN_PARAGRAPH = 25;

  private MainText() {}

  /** The body text, or an empty string when the page has none. Modifies {@code doc}. */
  static String of(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body.select(BOILERPLATE).remove();
    Element root = doc.selectFirst("[itemprop=articleBody]");
    if (root == null) {
      root = doc.selectFirst("article");
    }
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = densest(body);
    }
    String text = paragraphs(root);
    if (text.isEmpty()) {
      text = paragraphs(body);
    }
    return text.isEmpty() ? body.text().strip() : text;
  }

  private static String paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    for (Element p : root.select("p, h2, h3, li, blockquote")) {
      if (p.tagName().equals("li") && p.selectFirst("p") != null) {
        continue;
      }
      String t = p.text().strip();
      if (t.length() >= MIN_PARAGRAPH || (!out.isEmpty() && t.length() > 0 && p.tagName().equals("p"))) {
        out.add(t);
      }
    }
    return String.join("\n\n", out).strip();
  }

  /** The parent of paragraphs with the most paragraph text: the usual shape of an article body. */
  private static Element densest(Element body) {
    Element best = body;
    int bestLen = 0;
    java.util.Map<Element, Integer> lengths = new java.util.IdentityHashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        int len = lengths.merge(parent, p.text().length(), Integer::sum);
        if (len > bestLen) {
          bestLen = len;
          best = parent;
        }
      }
    }
    return best;
  }
}
