package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.ArticleInputs;
import org.entente.ingest.ArticleSink;
import org.entente.model.Article;
import org.entente.model.Problem;

/**
 * The benchmark corpus: the bundled sample articles repeated until there are {@code n}, each copy with
 * its own id ({@code id~k}). Articles are produced one at a time, so the corpus costs no memory.
 */
final class BenchCorpus {

  private final List<Article> base;

  private BenchCorpus(List<Article> base) {
    this.base = List.copyOf(base);
  }

  static BenchCorpus sample() throws java.io.IOException {
    List<Article> base = new ArrayList<>();
    ArticleInputs.read(List.of(SampleCorpus.path().toString()), System.in, new ArticleSink() {
      @Override
      public void article(Article article) {
        base.add(article);
      }

      @Override
      public void problem(Problem problem) {
        throw new IllegalStateException("sample corpus: " + problem);
      }
    });
    if (base.isEmpty()) {
      throw new IllegalStateException("the sample corpus is empty");
    }
    return new BenchCorpus(base);
  }

  /** How many distinct articles the corpus repeats. */
  int distinct() {
    return base.size();
  }

  /** The {@code i}-th article (0-based). */
  Article get(int i) {
    Article a = base.get(i % base.size());
    int copy = i / base.size();
    return copy == 0 ? a
        : new Article(a.id() + "~" + copy, a.date(), a.datePrecision(), a.title(), a.url(), a.source(), a.text(),
            a.origin());
  }

  /** Feeds articles {@code from} (inclusive) to {@code to} (exclusive) to a sink. */
  void feed(int from, int to, ArticleSink sink) {
    for (int i = from; i < to; i++) {
      sink.article(get(i));
    }
  }
}
