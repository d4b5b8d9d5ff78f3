package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.export.EventJson;
import org.entente.model.Event;
import org.entente.model.Problem;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.StageTimer;
import org.entente.pipeline.StageTimer.Stage;
import org.entente.store.duckdb.DuckDbEventStore;
import org.entente.store.duckdb.GroupCommit;

/**
 * One measured coding run of the benchmark: the corpus through a {@link BatchCoder} into a throwaway
 * DuckDB file, as {@code entente code --db --out} would do it (events serialised as JSON Lines, articles
 * saved in group commits), with wall-clock and CPU time, the stage times, the heap, and a digest of the
 * events to tell whether two runs coded the same.
 */
final class CodingBench {

  /** What a run did. {@code digest} covers every event in order; {@code knownDigest} those with both actors known. */
  record Run(int threads, long articles, long sentences, long parsed, long tokens, long events, long knownEvents,
      long nanos, long cpuNanos, Map<Stage, Long> stages, long peakHeap, long peakHeapAfterGc, String digest,
      String knownDigest) {}

  private final BenchCorpus corpus;
  private final int articles;
  private final Path tmp;
  private final StageTimer timer;

  CodingBench(BenchCorpus corpus, int articles, Path tmp, StageTimer timer) {
    this.corpus = corpus;
    this.articles = articles;
    this.tmp = tmp;
    this.timer = timer;
  }

  /** Codes the corpus with {@code coder} (which reports to this bench's timer) on {@code threads} threads. */
  Run run(BatchCoder coder, int threads) throws IOException {
    System.gc();
    timer.reset();
    Path dbFile = Files.createTempFile(tmp, "entente-bench-", ".duckdb");
    Files.delete(dbFile);
    long[] n = new long[6];
    MessageDigest all = sha256();
    MessageDigest known = sha256();
    long t0;
    long cpu0;
    long elapsed;
    long cpu;
    long peak;
    long peakAfterGc;
    try (DuckDbEventStore store = DuckDbEventStore.open(dbFile.toString()); HeapSampler heap = new HeapSampler()) {
      GroupCommit commits = new GroupCommit(store);
      t0 = System.nanoTime();
      cpu0 = ProcessClock.cpuNanos();
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
          all.update(json.toString().getBytes(StandardCharsets.UTF_8));
          for (Event e : r.events()) {
            if (e.source().known() && e.target().known()) {
              known.update((EventJson.line(e) + "\n").getBytes(StandardCharsets.UTF_8));
              n[5]++;
            }
          }
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
      cpu = ProcessClock.cpuNanos() - cpu0;
      peak = heap.peakBytes();
      peakAfterGc = heap.peakAfterGcBytes();
    } finally {
      Files.deleteIfExists(dbFile);
      Files.deleteIfExists(Path.of(dbFile + ".wal"));
    }
    Map<Stage, Long> stages = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      stages.put(s, timer.nanos(s));
    }
    return new Run(threads, n[0], n[1], n[2], n[3], n[4], n[5], elapsed, cpu, stages, peak, peakAfterGc,
        HexFormat.of().formatHex(all.digest()), HexFormat.of().formatHex(known.digest()));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
