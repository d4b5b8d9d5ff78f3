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
 *
 * <p>The sample corpus is written dense with events (nearly every sentence needs the parse). The
 * news-like corpus puts two filler articles (sports, weather, markets, ...) after each sample article,
 * as a day of news mixes a few political stories with many others.
 */
final class BenchCorpus {

  private final String name;
  private final List<Article> base;

  private BenchCorpus(String name, List<Article> base) {
    this.name = name;
    this.base = List.copyOf(base);
  }

  static BenchCorpus sample() throws java.io.IOException {
    return new BenchCorpus("the %d sample articles repeated", read("corpus"));
  }

  static BenchCorpus newsLike() throws java.io.IOException {
    List<Article> samples = read("corpus");
    List<Article> filler = read("filler");
    List<Article> mixed = new ArrayList<>();
    int f = 0;
    for (Article a : samples) {
      mixed.add(a);
      for (int k = 0; k < 2; k++, f++) {
        Article b = filler.get(f % filler.size());
        // Each slot gets its own id, so the same filler article can come back in one round.
        mixed.add(new Article(b.id() + "#" + f, b.date(), b.datePrecision(), b.title(), b.url(), b.source(), b.text(),
            b.origin()));
      }
    }
    return new BenchCorpus("%d news-like articles repeated (each sample article followed by two filler articles)",
        mixed);
  }

  private static List<Article> read(String folder) throws java.io.IOException {
    List<Article> base = new ArrayList<>();
    ArticleInputs.read(List.of(SampleCorpus.path(folder).toString()), System.in, new ArticleSink() {
      @Override
      public void article(Article article) {
        base.add(article);
      }

      @Override
      public void problem(Problem problem) {
        throw new IllegalStateException("samples/" + folder + ": " + problem);
      }
    });
    if (base.isEmpty()) {
      throw new IllegalStateException("samples/" + folder + " is empty");
    }
    return base;
  }

  /** What the corpus is, for the printout. */
  String describe() {
    return String.format(java.util.Locale.ROOT, name, base.size());
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
