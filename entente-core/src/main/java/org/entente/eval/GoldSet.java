package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.entente.ingest.ArticleInputs;
import org.entente.ingest.ArticleSink;
import org.entente.model.Article;
import org.entente.model.Problem;

/**
 * A gold set: the articles to code and the events expected from them. Three formats are read, told
 * apart by their fields:
 * <ul>
 *   <li>Entente's own: gold lines {@code {"doc","source","target","cameo","date","negated","hypothetical"}}
 *       with a separate JSON Lines articles file;
 *   <li>PETRARCH validation records: {@code {"id","date","text","expected":[{"source","target","code"}],"skip"}};
 *   <li>PLOVER gold records: {@code {"id","date","text","event","source":[{"code"}],"target":[...]}}.
 * </ul>
 */
public record GoldSet(Kind kind, List<Article> articles, List<GoldEvent> events, List<String> categoriesOfRecords,
    List<List<String>> flagsOfRecords) {

  /** The format a gold file was in. */
  public enum Kind { ENTENTE, PETRARCH, PLOVER }

  private static final ObjectMapper JSON = new ObjectMapper();

  public static GoldSet read(Path gold, Path articles, Consumer<Problem> problems) throws IOException {
    Kind kind = detect(gold);
    List<Article> arts = new ArrayList<>();
    List<GoldEvent> events = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<List<String>> flags = new ArrayList<>();
    if (kind == Kind.ENTENTE) {
      if (articles == null) {
        throw new IllegalArgumentException("an Entente gold file needs --articles ARTICLES.jsonl");
      }
      ArticleInputs.read(List.of(articles.toString()), System.in, new ArticleSink() {
        @Override
        public void article(Article a) {
          arts.add(a);
        }

        @Override
        public void problem(Problem p) {
          problems.accept(p);
        }
      });
    }
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o;
        try {
          o = JSON.readTree(line);
        } catch (IOException e) {
          problems.accept(new Problem(gold + ":" + n, "malformed JSON"));
          continue;
        }
        switch (kind) {
          case ENTENTE -> events.add(new GoldEvent(o.path("doc").asText(), o.path("source").asText(),
              o.path("target").asText(), o.path("cameo").asText(), root(o.path("cameo").asText()),
              o.path("date").asText(""), o.path("negated").asBoolean(false), o.path("hypothetical").asBoolean(false)));
          case PETRARCH -> {
            if (o.path("skip").asBoolean(false)) {
              continue;
            }
            String id = o.path("id").asText();
            String text = o.hasNonNull("parse_text") ? o.path("parse_text").asText() : o.path("text").asText();
            arts.add(Article.of(id, LocalDate.parse(o.path("date").asText()), text));
            categories.add(o.path("category").asText());
            List<String> f = new ArrayList<>();
            o.path("flags").forEach(x -> f.add(x.asText()));
            flags.add(f);
            for (JsonNode e : o.path("expected")) {
              String code = e.path("code").asText();
              events.add(new GoldEvent(id, e.path("source").asText(), e.path("target").asText(), code, root(code),
                  "", false, false));
            }
          }
          case PLOVER -> {
            String id = o.path("id").asText();
            arts.add(Article.of(id, LocalDate.parse(o.path("date").asText()), o.path("text").asText()));
            String type = ploverType(o.path("event").asText());
            categories.add(type);
            flags.add(List.of());
            // A domestic event ("Turkish police prevented a demonstration by students") has the same
            // country on both sides: only an actor listed on both sides is no pair.
            List<String[]> sources = actors(o.path("source"));
            List<String[]> targets = actors(o.path("target"));
            if (targets.isEmpty() && sources.size() >= 2 && o.path("markup").asText().contains("(SRC/TAR:")) {
              // The markup marks compound actors "(SRC/TAR: Jordan) and (SRC/TAR: Britain) agreed" as
              // reciprocal: each is source and target, so each ordered pair is one expected event.
              for (String[] s : sources) {
                for (String[] t : sources) {
                  if (s != t) {
                    events.add(new GoldEvent(id, s[0], t[0], "", type, "", false, false));
                  }
                }
              }
              continue;
            }
            if (targets.isEmpty()) {
              targets = List.<String[]>of(new String[] {"", ""});
            }
            for (String[] s : sources) {
              for (String[] t : targets) {
                if (!(s[0].equals(t[0]) && s[1].equals(t[1]))) {
                  events.add(new GoldEvent(id, s[0], t[0], "", type, "", false, false));
                }
              }
            }
          }
          default -> throw new IllegalStateException();
        }
      }
    }
    return new GoldSet(kind, arts, events, categories, flags);
  }

  /**
   * The gold records use PLOVER 0.5b1 type names; the 2021 crosswalk (PLOVER 0.8) merged or renamed
   * some of them: FIGHT became part of ASSAULT, DEMAND is REQUEST (CAMEO 10), and DISAPPROVE (CAMEO 11)
   * and INVESTIGATE (CAMEO 09) are both ACCUSE. Other names are the same in both versions.
   */
  static String ploverType(String type) {
    return switch (type) {
      case "FIGHT" -> "ASSAULT";
      case "DEMAND" -> "REQUEST";
      case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
      default -> type;
    };
  }

  /** PLOVER records use some legacy country codes: JAP, ITL and VTN for JPN, ITA and VNM. */
  static String normaliseCountry(String code) {
    if (code.startsWith("JAP")) {
      return "JPN" + code.substring(3);
    }
    if (code.startsWith("ITL")) {
      return "ITA" + code.substring(3);
    }
    if (code.startsWith("VTN")) {
      return "VNM" + code.substring(3);
    }
    return code;
  }

  /** The actors of a side with distinct codes, each as {code, text}. */
  private static List<String[]> actors(JsonNode array) {
    List<String[]> out = new ArrayList<>();
    for (JsonNode a : array) {
      String c = normaliseCountry(a.path("code").asText());
      String text = a.path("text").asText().strip();
      if (!c.isEmpty() && out.stream().noneMatch(x -> x[0].equals(c))) {
        out.add(new String[] {c, text});
      }
    }
    return out;
  }

  static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  private static Kind detect(Path gold) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode o = JSON.readTree(line);
        if (o.has("expected")) {
          return Kind.PETRARCH;
        }
        if (o.has("event") && o.path("source").isArray()) {
          return Kind.PLOVER;
        }
        if (o.has("cameo") && o.has("doc")) {
          return Kind.ENTENTE;
        }
        throw new IllegalArgumentException(gold + ":1: not a gold format Entente knows"
            + " (Entente gold lines, PETRARCH validation records or PLOVER records)");
      }
    }
    throw new IllegalArgumentException(gold + " is empty");
  }
}
