package org.entente.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.model.Article;

/**
 * The baseline of the benchmark: stock Stanford CoreNLP with tokenize, ssplit, pos, lemma, ner (the
 * default, fine-grained, with SUTime) and depparse on every sentence, which is what a PETRARCH-style
 * pipeline pays before it codes a single event.
 */
final class PlainCoreNlp {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  /** What one timed run over a list of articles did. */
  record Run(int articles, long sentences, long tokens, long nanos) {}

  private final StanfordCoreNLP pipeline;

  PlainCoreNlp() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    p.setProperty("tokenize.language", "en");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates the articles on {@code threads} threads (one article per task) and times it. */
  Run time(List<Article> articles, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<long[]>> done = new ArrayList<>();
      for (Article a : articles) {
        done.add(pool.submit(() -> annotate(a)));
      }
      long sentences = 0;
      long tokens = 0;
      for (Future<long[]> f : done) {
        long[] r = f.get();
        sentences += r[0];
        tokens += r[1];
      }
      return new Run(articles.size(), sentences, tokens, System.nanoTime() - t0);
    } finally {
      pool.shutdownNow();
    }
  }

  private long[] annotate(Article a) {
    Annotation doc = new Annotation(a.text());
    if (a.date() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
    }
    pipeline.annotate(doc);
    return new long[] {doc.get(CoreAnnotations.SentencesAnnotation.class).size(),
        doc.get(CoreAnnotations.TokensAnnotation.class).size()};
  }
}
