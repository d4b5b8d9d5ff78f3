package org.entente.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.entente.annotate.Annotator;
import org.entente.annotate.SentenceSelector;
import org.entente.ingest.ArticleSink;
import org.entente.model.AnnotatedArticle;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Problem;

/**
 * A BatchCoder codes a stream of articles on several threads and hands the results to one consumer
 * in input order, so the store has a single writer and outputs are reproducible.
 *
 * <p>At most {@code 2 × threads} articles are in flight: memory stays constant however long the
 * input is. An article that fails to annotate or code is reported as a problem and the batch goes on.
 */
public final class BatchCoder {

  /** What a coded article yields. */
  public record Result(Article article, AnnotatedArticle annotated, List<Event> events) {}

  /** Receives results in input order, and the problems of the input. */
  public interface ResultSink {
    void coded(Result result);

    void problem(Problem problem);

    default void warning(Problem problem) {}
  }

  private final Annotator annotator;
  private final EventExtractor extractor;
  private final SentenceSelector selector;
  private final int threads;
  private final StageTimer timer;

  public BatchCoder(Annotator annotator, Dictionaries dictionaries, SentenceSelector selector, int threads) {
    this(annotator, dictionaries, selector, threads, null);
  }

  /** A coder that adds the time of event extraction to {@code timer} (null: not timed). */
  public BatchCoder(Annotator annotator, Dictionaries dictionaries, SentenceSelector selector, int threads,
      StageTimer timer) {
    this.annotator = annotator;
    this.extractor = new EventExtractor(dictionaries);
    this.selector = selector;
    this.threads = Math.max(1, threads);
    this.timer = timer;
  }

  /** Codes one article on the calling thread. */
  public Result code(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article, selector);
    long t0 = System.nanoTime();
    List<Event> events = extractor.extract(annotated);
    if (timer != null) {
      timer.add(StageTimer.Stage.EXTRACTION, System.nanoTime() - t0);
    }
    return new Result(article, annotated, events);
  }

  /** Codes every article {@code source} produces; returns when all are coded and delivered. */
  public void run(Consumer<ArticleSink> source, ResultSink sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-coder");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<Result>> window = new ArrayDeque<>();
    Deque<Article> pending = new ArrayDeque<>();
    try {
      source.accept(new ArticleSink() {
        @Override
        public void article(Article article) {
          pending.add(article);
          window.add(pool.submit(() -> code(article)));
          while (window.size() > 2 * threads) {
            deliver(window.poll(), pending.poll(), sink);
          }
        }

        @Override
        public void problem(Problem problem) {
          sink.problem(problem);
        }

        @Override
        public void warning(Problem problem) {
          sink.warning(problem);
        }
      });
      while (!window.isEmpty()) {
        deliver(window.poll(), pending.poll(), sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void deliver(Future<Result> f, Article article, ResultSink sink) {
    try {
      sink.coded(f.get());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      sink.problem(new Problem(article.origin().isEmpty() ? article.id() : article.origin(),
          "article " + article.id() + " could not be coded: " + cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    }
  }
}
