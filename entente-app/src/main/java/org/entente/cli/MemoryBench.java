package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.annotate.Annotator;
import org.entente.annotate.SentenceSelector;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.TriggerSelector;
import org.entente.store.duckdb.DuckDbEventStore;

/**
 * The memory benchmark: does a coding run hold constant memory however many articles it reads? It
 * writes a JSON Lines file of N short articles (the lead paragraphs of the sample articles, each copy
 * under its own id, with a repeated article and a conflicting id every thousand lines), and runs it
 * through {@link CodingRun} as {@code entente code --db --out} does: reading, duplicate filtering, the
 * {@link org.entente.pipeline.BatchCoder}, event extraction, JSON serialisation and group commits into
 * a throwaway DuckDB file. CoreNLP cannot parse a million articles here, so the annotator is a stand-in
 * that replays the real CoreNLP annotation of each lead paragraph (parsed once, before the run).
 * At ten points of the run it forces a full collection and prints the heap left in use.
 */
final class MemoryBench {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final Path tmp;

  MemoryBench(PrintStream out, Path tmp) {
    this.out = out;
    this.tmp = tmp;
  }

  void run(long n, Dictionaries dictionaries) throws IOException {
    List<Article> leads = leads(BenchCorpus.newsLike());
    out.printf(Locale.ROOT, "memory: annotating the %d lead paragraphs with CoreNLP once, for the stand-in annotator%n",
        leads.size());
    Map<String, List<AnnotatedSentence>> parses = new HashMap<>();
    TriggerSelector selector = new TriggerSelector(dictionaries.actors(), dictionaries.patterns());
    try (CoreNlpAnnotator corenlp = new CoreNlpAnnotator()) {
      for (Article a : leads) {
        parses.put(a.text(), corenlp.annotate(a, selector).sentences());
      }
    }
    // CoreNLP keeps its models in a static pool; let them go, so the heap shows what the run holds.
    edu.stanford.nlp.pipeline.StanfordCoreNLP.clearAnnotatorPool();
    Path input = Files.createTempFile(tmp, "entente-memory-", ".jsonl");
    Path db = Files.createTempFile(tmp, "entente-memory-", ".duckdb");
    Files.delete(db);
    try {
      long t0 = System.nanoTime();
      long lines = write(input, leads, n);
      out.printf(Locale.ROOT, "memory: wrote %,d lines (%,d articles, %,d repeats, %,d conflicting ids; %d MiB) to %s"
          + " in %.1f s%n", lines, n, n / 1000, n / 1000, Files.size(input) >> 20, input, (System.nanoTime() - t0) / 1e9);
      CodingRun run = new CodingRun();
      run.annotator = () -> new Replay(parses);
      long every = Math.max(1, n / 10);
      long start = System.nanoTime();
      run.afterEach = coded -> {
        if (coded == 1 || coded % every == 0) {
          checkpoint(coded, start, coded == n ? " (input all read: the reader and its duplicate filter are gone)" : "");
        }
      };
      PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
      try (DuckDbEventStore store = DuckDbEventStore.open(db.toString());
           BufferedWriter events = new BufferedWriter(Writer.nullWriter())) {
        run.run(List.of(input.toString()), dictionaries, Runtime.getRuntime().availableProcessors(), events, store,
            quiet);
      }
      out.printf(Locale.ROOT, "memory: %s%n", run.summary());
      out.printf(Locale.ROOT, "memory: peak resident memory of the process %s (heap, DuckDB's own memory, code)%n",
          BenchCommand.mib(ProcessClock.peakResidentBytes()));
    } finally {
      Files.deleteIfExists(input);
      Files.deleteIfExists(db);
      Files.deleteIfExists(Path.of(db + ".wal"));
    }
  }

  private void checkpoint(long coded, long start, String note) {
    System.gc();
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    out.printf(Locale.ROOT, "memory: %,10d articles coded, %6.0f s: heap after a full collection %.1f MiB%s%n", coded,
        (System.nanoTime() - start) / 1e9, used / 1048576.0, note);
  }

  /** The first paragraph of each dated sample article, as an article of its own: short news with events. */
  private static List<Article> leads(BenchCorpus corpus) {
    return java.util.stream.IntStream.range(0, corpus.distinct()).mapToObj(corpus::get)
        .filter(a -> a.date() != null)
        .map(a -> new Article(a.id(), a.date(), a.datePrecision(), a.title(), a.url(), a.source(),
            a.text().strip().split("\n\\s*\n", 2)[0], ""))
        .toList();
  }

  /**
   * Writes {@code n} articles, line by line; after every thousandth the same article again (skipped as a
   * repeat) and another text under the id of the one before it (rejected as a conflicting id).
   */
  private static long write(Path file, List<Article> leads, long n) throws IOException {
    long lines = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        Article a = leads.get((int) (i % leads.size()));
        lines += line(w, "mem-" + i, a);
        if (i % 1000 == 999) {
          lines += line(w, "mem-" + i, a);
          lines += line(w, "mem-" + (i - 1), leads.get((int) ((i + 7) % leads.size())));
        }
      }
    }
    return lines;
  }

  private static int line(BufferedWriter w, String id, Article a) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id).put("date", a.date().toString()).put("title", a.title()).put("source", a.source())
        .put("text", a.text());
    w.write(o.toString());
    w.write('\n');
    return 1;
  }

  /** The stand-in annotator: the CoreNLP annotation of a lead paragraph, looked up by its text. */
  private record Replay(Map<String, List<AnnotatedSentence>> parses) implements Annotator {
    @Override
    public AnnotatedArticle annotate(Article article, SentenceSelector selector) {
      List<AnnotatedSentence> s = parses.get(article.text());
      if (s == null) {
        throw new IllegalStateException("not a lead paragraph of the sample corpus: " + article.id());
      }
      return new AnnotatedArticle(article, s);
    }
  }
}
