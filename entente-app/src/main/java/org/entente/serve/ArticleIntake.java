package org.entente.serve;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.ingest.ArticleInputs;
import org.entente.ingest.ArticleSink;
import org.entente.model.Article;
import org.entente.model.Problem;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.TriggerSelector;
import org.entente.store.duckdb.DuckDbEventStore;

/**
 * ArticleIntake answers {@code POST /api/articles}: it codes the JSON Lines articles of the body and saves
 * them through the server's single writer.
 *
 * <p>A request is all or nothing as far as the input goes: every line is read and checked before any
 * article is coded, and one bad line rejects the whole body with a 400 listing each problem, so a
 * rejected request never changes the store. Coding runs one request at a time (the method is
 * synchronized): there is one writer connection, and CoreNLP (loaded on the first request, 15–20 s)
 * is the expensive part anyway. Without a token the intake is off and every POST gets 403.
 */
final class ArticleIntake {

  private final String token;
  private final DuckDbEventStore writer;
  private BatchCoder coder;
  private CoreNlpAnnotator annotator;

  /** An intake that codes into {@code writer}; with a null token (and writer) posting is disabled. */
  ArticleIntake(String token, DuckDbEventStore writer) {
    this.token = token;
    this.writer = writer;
  }

  boolean enabled() {
    return token != null;
  }

  void post(Context ctx) {
    if (!enabled()) {
      throw new ApiException(403, "posting articles is disabled: the server was started without --token");
    }
    String auth = ctx.header("Authorization");
    if (auth == null || !auth.startsWith("Bearer ")) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "posting articles needs the header 'Authorization: Bearer <token>'");
    }
    if (!MessageDigest.isEqual(auth.substring(7).trim().getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      throw new ApiException(401, "the bearer token is not the one this server was started with");
    }
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiException.badRequest("the body is empty: send JSON Lines, one article object per line");
    }
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    ArticleInputs.readJsonLines("body", body, new ArticleSink() {
      @Override
      public void article(Article article) {
        articles.add(article);
      }

      @Override
      public void problem(Problem problem) {
        problems.add(problem.toString());
      }

      @Override
      public void warning(Problem problem) {
        warnings.add(problem.toString());
      }
    });
    if (!problems.isEmpty()) {
      throw new ApiException(400, "the body is not valid JSON Lines articles (" + problems.size()
          + " problem" + (problems.size() == 1 ? "" : "s") + "); nothing was stored", problems);
    }
    ctx.status(201).json(code(articles, warnings));
  }

  private synchronized Map<String, Object> code(List<Article> articles, List<String> warnings) {
    if (coder == null) {
      Dictionaries dictionaries = Dictionaries.bundled(p -> warnings.add(p.toString()));
      annotator = new CoreNlpAnnotator();
      coder = new BatchCoder(annotator, dictionaries, new TriggerSelector(dictionaries.actors(), dictionaries.patterns()), 1);
    }
    // Code everything before saving anything: an article that fails to code leaves the store as it was.
    List<BatchCoder.Result> results = new ArrayList<>();
    for (Article a : articles) {
      results.add(coder.code(a));
    }
    List<Map<String, Object>> coded = new ArrayList<>();
    long events = 0;
    for (BatchCoder.Result r : results) {
      writer.save(r.article(), r.events(), r.annotated().sentences().size(), (int) r.annotated().parsedSentences());
      events += r.events().size();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.article().id());
      m.put("events", r.events().size());
      m.put("link", "/api/articles/" + URLEncoder.encode(r.article().id(), StandardCharsets.UTF_8).replace("+", "%20"));
      coded.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", coded);
    out.put("events", events);
    out.put("warnings", warnings);
    return out;
  }

  synchronized void close() {
    if (annotator != null) {
      annotator.close();
    }
  }
}
