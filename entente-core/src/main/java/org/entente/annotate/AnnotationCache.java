package org.entente.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.entente.ingest.ContentHash;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.Dependency;
import org.entente.model.Token;

/**
 * An {@link Annotator} that keeps the full annotation of every article it has seen in a JSON Lines
 * file, so that coding the same articles again (a gold set re-scored after a dictionary change) skips
 * the parser: seconds instead of minutes.
 *
 * <p>Articles are annotated with every sentence parsed and stored so; on the way out the caller's
 * {@link SentenceSelector} is applied again, and a sentence it rejects loses its parse, entities and
 * time expressions, exactly as if the heavy pass had never seen it. The result is therefore the same as
 * the wrapped annotator's, whatever dictionaries decide the selection. Keyed by the article's content
 * hash (id, date, title, text); a line that cannot be read is ignored and annotated again.
 */
public final class AnnotationCache implements Annotator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<Annotator> loader;
  private final Path file;
  private Annotator inner;
  private final Map<String, List<AnnotatedSentence>> cached = new ConcurrentHashMap<>();
  private BufferedWriter out;

  /** A cache in {@code file} (created when missing); {@code loader} is called once, on the first article not in it. */
  public AnnotationCache(Supplier<Annotator> loader, Path file) throws IOException {
    this.loader = loader;
    this.file = file;
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        try {
          JsonNode n = JSON.readTree(line);
          cached.put(n.get("key").asText(), sentences(n.get("sentences")));
        } catch (IOException | RuntimeException e) {
          // A torn last line from an interrupted run: that article is annotated again.
        }
      }
    }
  }

  /** How many articles the file held when it was opened, plus those added since. */
  public int size() {
    return cached.size();
  }

  @Override
  public AnnotatedArticle annotate(Article article, SentenceSelector selector) {
    String key = ContentHash.of(article);
    List<AnnotatedSentence> full = cached.get(key);
    if (full == null) {
      full = inner().annotate(article, SentenceSelector.ALL).sentences();
      cached.put(key, full);
      append(key, full);
    }
    List<AnnotatedSentence> out = new ArrayList<>(full.size());
    for (AnnotatedSentence s : full) {
      out.add(!s.parsed() || selector.worthParsing(light(s.tokens())) ? s : unparsed(s));
    }
    return new AnnotatedArticle(article, out);
  }

  private synchronized Annotator inner() {
    if (inner == null) {
      inner = loader.get();
    }
    return inner;
  }

  private synchronized void append(String key, List<AnnotatedSentence> sentences) {
    try {
      if (out == null) {
        boolean torn = Files.exists(file) && Files.size(file) > 0 && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n");
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (torn) {
          out.newLine(); // the next line must not be glued to a torn one
        }
      }
      ObjectNode n = JSON.createObjectNode();
      n.put("key", key);
      ArrayNode ss = n.putArray("sentences");
      for (AnnotatedSentence s : sentences) {
        ObjectNode o = ss.addObject();
        o.put("i", s.index()).put("b", s.begin()).put("e", s.end()).put("text", s.text()).put("parsed", s.parsed());
        ArrayNode ts = o.putArray("tokens");
        for (Token t : s.tokens()) {
          ts.addArray().add(t.word()).add(t.lemma()).add(t.pos()).add(t.ner()).add(t.timex()).add(t.begin()).add(t.end());
        }
        ArrayNode ds = o.putArray("deps");
        for (Dependency d : s.dependencies()) {
          ds.addArray().add(d.relation()).add(d.governor()).add(d.dependent());
        }
      }
      out.write(JSON.writeValueAsString(n));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the annotation cache " + file, e);
    }
  }

  private static List<AnnotatedSentence> sentences(JsonNode ss) {
    List<AnnotatedSentence> out = new ArrayList<>();
    for (JsonNode o : ss) {
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : o.get("tokens")) {
        tokens.add(new Token(tokens.size(), t.get(0).asText(), t.get(1).asText(), t.get(2).asText(), t.get(3).asText(),
            t.get(4).isNull() ? null : t.get(4).asText(), t.get(5).asInt(), t.get(6).asInt()));
      }
      List<Dependency> deps = new ArrayList<>();
      for (JsonNode d : o.get("deps")) {
        deps.add(new Dependency(d.get(0).asText(), d.get(1).asInt(), d.get(2).asInt()));
      }
      out.add(new AnnotatedSentence(o.get("i").asInt(), o.get("b").asInt(), o.get("e").asInt(), o.get("text").asText(),
          tokens, deps, o.get("parsed").asBoolean()));
    }
    return out;
  }

  /** The tokens as the cheap pass leaves them: no entities, no time expressions. */
  private static List<Token> light(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), null, null, t.begin(), t.end()));
    }
    return out;
  }

  private static AnnotatedSentence unparsed(AnnotatedSentence s) {
    return new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), light(s.tokens()), List.of(), false);
  }

  @Override
  public synchronized void close() {
    try {
      if (out != null) {
        out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the annotation cache " + file, e);
    } finally {
      if (inner != null) {
        inner.close();
      }
    }
  }
}
