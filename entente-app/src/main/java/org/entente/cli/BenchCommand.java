package org.entente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.export.EventJson;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Problem;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.StageTimer;
import org.entente.pipeline.StageTimer.Stage;
import org.entente.pipeline.TriggerSelector;
import org.entente.store.duckdb.DuckDbEventStore;
import org.entente.store.duckdb.GroupCommit;
import org.entente.store.duckdb.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entente bench}: codes the sample corpus repeated to N articles with 1 and 2 threads and prints
 * throughput, the time share of each stage, the share of sentences that skipped the parse and peak heap;
 * then times stock CoreNLP (ner + depparse on every sentence) on the same text and prints the ratio.
 * With {@code --duckdb N} it also loads N generated events into a fresh DuckDB file and times queries.
 */
@Command(name = "bench", description = "Measure coding throughput against plain CoreNLP, and DuckDB at size.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", description = "Articles to code per thread count (sample corpus repeated; 0: skip). Default: ${DEFAULT-VALUE}.")
  int articles = 1000;

  @Option(names = "--threads", split = ",", description = "Thread counts to measure. Default: 1,2.")
  List<Integer> threads = new ArrayList<>(List.of(1, 2));

  @Option(names = "--baseline-articles", description = "Articles plain CoreNLP annotates per thread count"
      + " (the first ones of the same corpus; 0: skip). Default: one copy of the sample corpus.")
  Integer baselineArticles;

  @Option(names = "--duckdb", paramLabel = "EVENTS", description = "Also load this many generated events into a fresh DuckDB file and time the queries.")
  long duckdbEvents;

  @Option(names = "--tmp", description = "Folder for the benchmark databases (deleted afterwards). Default: ${DEFAULT-VALUE}.")
  Path tmp = Path.of(System.getProperty("java.io.tmpdir"));

  @Mixin
  DictionaryOptions dictionaries;

  private final PrintStream out = System.out;

  /** One measured coding run. */
  private record Coded(int threads, long articles, long sentences, long parsed, long tokens, long events, long nanos,
      Map<Stage, Long> stages, long peakHeap) {}

  @Override
  public Integer call() throws Exception {
    if (articles > 0) {
      codingBench();
    }
    if (duckdbEvents > 0) {
      Path db = Files.createTempFile(tmp, "entente-bench-", ".duckdb");
      Files.delete(db);
      try {
        new StoreBenchmark(out).run(db, duckdbEvents);
      } finally {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
      }
    }
    return 0;
  }

  private void codingBench() throws Exception {
    BenchCorpus corpus = BenchCorpus.sample();
    Dictionaries dicts = dictionaries.load();
    out.printf(Locale.ROOT, "corpus: %d articles (the %d sample articles repeated); JVM max heap %s, %d processors%n",
        articles, corpus.distinct(), mib(Runtime.getRuntime().maxMemory()), Runtime.getRuntime().availableProcessors());
    StageTimer timer = new StageTimer();
    long t0 = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(timer);
    TriggerSelector selector = new TriggerSelector(dicts.actors(), dicts.patterns());
    out.printf(Locale.ROOT, "entente: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    new BatchCoder(annotator, dicts, selector, 1).run(s -> corpus.feed(0, Math.min(10, articles), s), ignore());
    List<Coded> runs = new ArrayList<>();
    for (int t : threads) {
      runs.add(code(corpus, new BatchCoder(annotator, dicts, selector, t, timer), t, timer));
      print(runs.get(runs.size() - 1));
    }
    annotator = null;
    System.gc();
    int m = baselineArticles == null ? Math.min(articles, corpus.distinct()) : Math.min(articles, baselineArticles);
    if (m <= 0) {
      return;
    }
    List<Article> text = new ArrayList<>();
    corpus.feed(0, m, new Collecting(text));
    t0 = System.nanoTime();
    PlainCoreNlp plain = new PlainCoreNlp();
    out.printf(Locale.ROOT, "plain CoreNLP (%s): models loaded in %.1f s; timed on the first %d articles%n",
        PlainCoreNlp.ANNOTATORS, (System.nanoTime() - t0) / 1e9, m);
    plain.time(text.subList(0, Math.min(3, m)), 1);
    for (Coded c : runs) {
      System.gc();
      PlainCoreNlp.Run b;
      long peak;
      try (HeapSampler heap = new HeapSampler()) {
        b = plain.time(text, c.threads());
        peak = heap.peakBytes();
      }
      double bTok = b.tokens() / (b.nanos() / 1e9);
      double eTok = c.tokens() / (c.nanos() / 1e9);
      out.printf(Locale.ROOT, "plain CoreNLP  threads=%d: %.2f articles/s, %.1f sentences/s, %.0f tokens/s, peak heap %s%n",
          c.threads(), b.articles() / (b.nanos() / 1e9), b.sentences() / (b.nanos() / 1e9), bTok, mib(peak));
      out.printf(Locale.ROOT, "ratio          threads=%d: entente is %.2f× plain CoreNLP (tokens/s)%n", c.threads(),
          eTok / bTok);
    }
  }

  private Coded code(BenchCorpus corpus, BatchCoder coder, int t, StageTimer timer) throws IOException {
    System.gc();
    timer.reset();
    Path dbFile = Files.createTempFile(tmp, "entente-bench-", ".duckdb");
    Files.delete(dbFile);
    long[] n = new long[5];
    long t0;
    long elapsed;
    long peak;
    try (DuckDbEventStore store = DuckDbEventStore.open(dbFile.toString()); HeapSampler heap = new HeapSampler()) {
      GroupCommit commits = new GroupCommit(store);
      t0 = System.nanoTime();
      coder.run(s -> corpus.feed(0, articles, s), new BatchCoder.ResultSink() {
        @Override
        public void coded(BatchCoder.Result r) {
          long s0 = System.nanoTime();
          StringBuilder json = new StringBuilder();
          for (Event e : r.events()) {
            json.append(EventJson.line(e)).append('\n');
          }
          commits.add(new DuckDbEventStore.Coded(r.article(), r.events(), r.annotated().sentences().size(),
              (int) r.annotated().parsedSentences()));
          timer.add(Stage.STORE, System.nanoTime() - s0);
          n[0]++;
          n[1] += r.annotated().sentences().size();
          n[2] += r.annotated().parsedSentences();
          n[3] += r.annotated().tokenCount();
          n[4] += r.events().size();
        }

        @Override
        public void problem(Problem p) {
          System.err.println("problem: " + p);
        }
      });
      long s0 = System.nanoTime();
      commits.close();
      timer.add(Stage.STORE, System.nanoTime() - s0);
      elapsed = System.nanoTime() - t0;
      peak = heap.peakBytes();
    } finally {
      Files.deleteIfExists(dbFile);
      Files.deleteIfExists(Path.of(dbFile + ".wal"));
    }
    Map<Stage, Long> stages = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      stages.put(s, timer.nanos(s));
    }
    return new Coded(t, n[0], n[1], n[2], n[3], n[4], elapsed, stages, peak);
  }

  private void print(Coded c) {
    double s = c.nanos() / 1e9;
    out.printf(Locale.ROOT, "entente        threads=%d: %d articles in %.1f s: %.2f articles/s, %.1f sentences/s, %.0f tokens/s;"
            + " %d events%n", c.threads(), c.articles(), s, c.articles() / s, c.sentences() / s, c.tokens() / s, c.events());
    long total = c.stages().values().stream().mapToLong(Long::longValue).sum();
    StringBuilder shares = new StringBuilder();
    for (Map.Entry<Stage, Long> e : c.stages().entrySet()) {
      shares.append(String.format(Locale.ROOT, " %s %.1f%%", e.getKey().name().toLowerCase(Locale.ROOT),
          100.0 * e.getValue() / Math.max(1, total)));
    }
    out.printf(Locale.ROOT, "               stage shares (time summed over threads):%s%n", shares);
    out.printf(Locale.ROOT, "               skipped the parse: %.1f%% of sentences (%d of %d parsed); peak heap %s%n",
        100.0 * (c.sentences() - c.parsed()) / Math.max(1, c.sentences()), c.parsed(), c.sentences(), mib(c.peakHeap()));
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%d MiB", bytes >> 20);
  }

  private static BatchCoder.ResultSink ignore() {
    return new BatchCoder.ResultSink() {
      @Override
      public void coded(BatchCoder.Result result) {}

      @Override
      public void problem(Problem problem) {}
    };
  }

  private record Collecting(List<Article> into) implements org.entente.ingest.ArticleSink {
    @Override
    public void article(Article article) {
      into.add(article);
    }

    @Override
    public void problem(Problem problem) {}
  }
}
