package org.entente.ingest;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Article;
import org.entente.model.Problem;

/** An ArticleSink that keeps what it is told, for assertions. */
final class Collected implements ArticleSink {

  final List<Article> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  final List<Problem> warnings = new ArrayList<>();

  static Collected read(String name, byte[] bytes) {
    return read(name, bytes, null);
  }

  static Collected read(String name, byte[] bytes, InputFormat format) {
    Collected c = new Collected();
    ArticleInputs.readStream(name, "doc", new ByteArrayInputStream(bytes), format, c);
    return c;
  }

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }

  @Override
  public void warning(Problem problem) {
    warnings.add(problem);
  }

  String problemText() {
    return problems.toString();
  }
}
