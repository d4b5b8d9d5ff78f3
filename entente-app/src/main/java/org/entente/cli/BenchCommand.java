package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.annotate.SentenceSelector;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.model.Article;
import org.entente.model.Problem;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.StageTimer;
import org.entente.pipeline.StageTimer.Stage;
import org.entente.pipeline.TriggerSelector;
import org.entente.store.duckdb.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entente bench}: codes a corpus of N articles with 1 and 2 threads and prints throughput, the
 * time share of each stage, the share of sentences that skipped the parse and the heap; then times
 * stock CoreNLP (ner + depparse on every sentence) on the same text and prints the ratio, by wall-clock
 * time and by CPU time. With {@code --duckdb N} it also loads N generated events into a fresh DuckDB
 * file and times queries and writes. With {@code --memory N} it runs N generated articles through a
 * coding run with a stand-in annotator and prints the heap at ten points ({@link MemoryBench}).
 */
@Command(name = "bench", description = "Measure coding throughput against plain CoreNLP, and DuckDB at size.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", description = "Articles to code per thread count (the corpus repeated; 0: skip). Default: ${DEFAULT-VALUE}.")
  int articles = 1000;

  @Option(names = "--threads", split = ",", description = "Thread counts to measure. Default: 1,2.")
  List<Integer> threads = new ArrayList<>(List.of(1, 2));

  @Option(names = "--baseline-articles", description = "Articles plain CoreNLP annotates per thread count"
      + " (the first ones of the same corpus; 0: skip). Default: one round of the corpus.")
  Integer baselineArticles;

  @Option(names = "--corpus", description = "sample (the sample corpus, dense with events) or news (each sample"
      + " article followed by two filler articles: sports, weather, markets, ...). Default: ${DEFAULT-VALUE}.")
  String corpus = "sample";

  @Option(names = "--check-selection", description = "Also code the corpus with every sentence parsed, and print"
      + " whether that yields the same events as parsing only the sentences that can hold one, and its speed.")
  boolean checkSelection;

  @Option(names = "--duckdb", paramLabel = "EVENTS", description = "Also load this many generated events into a fresh DuckDB file and time the queries.")
  long duckdbEvents;

  @Option(names = "--duckdb-file", paramLabel = "FILE", description = "With --duckdb: keep the generated database in"
      + " this file, and when it already holds events, time the queries on it instead of loading anew (loading"
      + " 10 million events takes minutes).")
  Path duckdbFile;

  @Option(names = "--duckdb-keep-order", description = "With --duckdb: time the event searches only on the events in"
      + " the order they were loaded (random dates), without storing them in date order and timing them again.")
  boolean duckdbKeepOrder;

  @Option(names = "--memory", paramLabel = "ARTICLES", description = "Also run this many generated short articles"
      + " through a coding run (reading, duplicate filter, coder, store) with a stand-in for CoreNLP, and print the"
      + " heap after a full collection at ten points: memory must not grow with the input.")
  long memoryArticles;

  @Option(names = "--tmp", description = "Folder for the benchmark databases (deleted afterwards). Default: ${DEFAULT-VALUE}.")
  Path tmp = Path.of(System.getProperty("java.io.tmpdir"));

  @Mixin
  DictionaryOptions dictionaries;

  private final PrintStream out = System.out;

  @Override
  public Integer call() throws Exception {
    if (articles > 0) {
      codingBench();
    }
    if (memoryArticles > 0) {
      new MemoryBench(out, tmp).run(memoryArticles, dictionaries.load());
    }
    if (duckdbEvents > 0 && duckdbFile != null) {
      new StoreBenchmark(out).run(duckdbFile, duckdbEvents, !duckdbKeepOrder);
    } else if (duckdbEvents > 0) {
      Path db = Files.createTempFile(tmp, "entente-bench-", ".duckdb");
      Files.delete(db);
      try {
        new StoreBenchmark(out).run(db, duckdbEvents, !duckdbKeepOrder);
      } finally {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
      }
    }
    return 0;
  }

  private void codingBench() throws Exception {
    BenchCorpus corpus = switch (this.corpus) {
      case "sample" -> BenchCorpus.sample();
      case "news" -> BenchCorpus.newsLike();
      default -> throw new IllegalArgumentException("--corpus is sample or news, not '" + this.corpus + "'");
    };
    Dictionaries dicts = dictionaries.load();
    int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
    out.printf(Locale.ROOT, "corpus: %d articles (%s); JVM max heap %s, %d processors%n", articles, corpus.describe(),
        mib(Runtime.getRuntime().maxMemory()), Runtime.getRuntime().availableProcessors());
    StageTimer timer = new StageTimer();
    long t0 = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(timer);
    TriggerSelector selector = new TriggerSelector(dicts.actors(), dicts.patterns());
    out.printf(Locale.ROOT, "entente: models loaded in %.1f s; warming up on %d articles%n", (System.nanoTime() - t0) / 1e9,
        warmUp(corpus));
    // CoreNLP's code runs several times faster once the JIT has compiled it: time neither side cold.
    new BatchCoder(annotator, dicts, selector, most).run(s -> corpus.feed(0, warmUp(corpus), s), ignore());
    CodingBench bench = new CodingBench(corpus, articles, tmp, timer);
    List<CodingBench.Run> runs = new ArrayList<>();
    for (int t : threads) {
      runs.add(bench.run(new BatchCoder(annotator, dicts, selector, t, timer), t));
      print(runs.get(runs.size() - 1));
    }
    if (checkSelection && !runs.isEmpty()) {
      CodingBench.Run chosen = runs.get(runs.size() - 1);
      CodingBench.Run all = bench.run(new BatchCoder(annotator, dicts, SentenceSelector.ALL, chosen.threads(), timer),
          chosen.threads());
      out.printf(Locale.ROOT, "every sentence parsed, threads=%d: %.1f s (%.1f s CPU), %d events (%d with both actors"
              + " known); parsing only the chosen sentences takes %.0f%% of that CPU time and yields %s%n",
          all.threads(), all.nanos() / 1e9, all.cpuNanos() / 1e9, all.events(), all.knownEvents(),
          100.0 * chosen.cpuNanos() / all.cpuNanos(), sameEvents(chosen, all));
    }
    out.printf(Locale.ROOT, "entente: peak resident memory of the process so far %s (heap, models, DuckDB)%n",
        mib(ProcessClock.peakResidentBytes()));
    annotator = null;
    System.gc();
    baseline(corpus, runs);
  }

  private static String sameEvents(CodingBench.Run chosen, CodingBench.Run all) {
    if (all.digest().equals(chosen.digest())) {
      return "exactly the same events";
    }
    String known = all.knownDigest().equals(chosen.knownDigest()) ? "the same events with both actors known"
        : "DIFFERENT events with both actors known (" + chosen.knownEvents() + ")";
    return known + ", " + chosen.events() + " events in all";
  }

  /** Articles coded before timing: measured here, CoreNLP runs 30% slower until some 400 articles have been coded. */
  private int warmUp(BenchCorpus corpus) {
    return Math.max(500, 2 * corpus.distinct());
  }

  /** Times stock CoreNLP on the first articles of the corpus at each thread count, after a warm-up. */
  private void baseline(BenchCorpus corpus, List<CodingBench.Run> runs) throws Exception {
    int m = baselineArticles == null ? Math.min(articles, corpus.distinct()) : Math.min(articles, baselineArticles);
    if (m <= 0 || runs.isEmpty()) {
      return;
    }
    List<Article> text = new ArrayList<>();
    corpus.feed(0, m, new Collecting(text));
    long t0 = System.nanoTime();
    PlainCoreNlp plain = new PlainCoreNlp();
    out.printf(Locale.ROOT, "plain CoreNLP (%s): models loaded in %.1f s; warming up, then timed on the first %d"
        + " articles%n", PlainCoreNlp.ANNOTATORS, (System.nanoTime() - t0) / 1e9, m);
    List<Article> warm = new ArrayList<>();
    while (warm.size() < 100) {
      warm.addAll(text); // as much work as the coder's warm-up, or more: plain CoreNLP does more per article
    }
    plain.time(warm, runs.get(runs.size() - 1).threads());
    for (CodingBench.Run c : runs) {
      System.gc();
      PlainCoreNlp.Run b;
      long peak;
      long cpu0 = ProcessClock.cpuNanos();
      try (HeapSampler heap = new HeapSampler()) {
        b = plain.time(text, c.threads());
        peak = heap.peakBytes();
      }
      long cpu = ProcessClock.cpuNanos() - cpu0;
      double bTok = b.tokens() / (b.nanos() / 1e9);
      double eTok = c.tokens() / (c.nanos() / 1e9);
      out.printf(Locale.ROOT, "plain CoreNLP  threads=%d: %.2f articles/s, %.1f sentences/s, %.0f tokens/s (%.1f s CPU"
              + " for %d tokens), peak heap %s%n", c.threads(), b.articles() / (b.nanos() / 1e9),
          b.sentences() / (b.nanos() / 1e9), bTok, cpu / 1e9, b.tokens(), mib(peak));
      double cpuRatio = ((double) cpu / b.tokens()) / ((double) c.cpuNanos() / c.tokens());
      out.printf(Locale.ROOT, "ratio          threads=%d: entente is %.2f× plain CoreNLP by tokens/s, %.2f× by CPU time"
          + " per token%n", c.threads(), eTok / bTok, cpuRatio);
    }
  }

  private void print(CodingBench.Run c) {
    double s = c.nanos() / 1e9;
    out.printf(Locale.ROOT, "entente        threads=%d: %d articles in %.1f s (%.1f s CPU): %.2f articles/s, %.1f"
            + " sentences/s, %.0f tokens/s; %d events%n", c.threads(), c.articles(), s, c.cpuNanos() / 1e9,
        c.articles() / s, c.sentences() / s, c.tokens() / s, c.events());
    long total = c.stages().values().stream().mapToLong(Long::longValue).sum();
    StringBuilder shares = new StringBuilder();
    for (Map.Entry<Stage, Long> e : c.stages().entrySet()) {
      shares.append(String.format(Locale.ROOT, " %s %.1f%%", e.getKey().name().toLowerCase(Locale.ROOT),
          100.0 * e.getValue() / Math.max(1, total)));
    }
    out.printf(Locale.ROOT, "               stage shares (time summed over threads):%s%n", shares);
    out.printf(Locale.ROOT, "               skipped the parse: %.1f%% of sentences (%d of %d parsed); peak heap %s used,"
            + " %s after a collection%n", 100.0 * (c.sentences() - c.parsed()) / Math.max(1, c.sentences()), c.parsed(),
        c.sentences(), mib(c.peakHeap()), mib(c.peakHeapAfterGc()));
  }

  static String mib(long bytes) {
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
