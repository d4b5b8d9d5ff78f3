package org.entente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.nio.file.Path;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.export.EventJson;
import org.entente.export.JsonLinesRows;
import org.entente.ingest.ArticleInputs;
import org.entente.ingest.DuplicateFilter;
import org.entente.ingest.InputFormat;
import org.entente.ingest.ReadProgress;
import org.entente.model.Event;
import org.entente.model.Problem;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.TriggerSelector;
import org.entente.store.duckdb.DuckDbEventStore;
import org.entente.store.duckdb.GroupCommit;

/**
 * One coding run: read the inputs, code them on {@code threads} threads, write events to a JSON Lines
 * file and/or a database, and count what happened. Problems go to standard error as they occur and to
 * the rejects file when there is one.
 *
 * <p>With a database the run is idempotent: an article stored with the same content hash is not coded
 * again (its stored events still go to the JSON Lines file), so a run killed at any point and started
 * again with the same command ends with the events of an uninterrupted run. Articles are committed in
 * groups ({@link GroupCommit}); the progress line counts committed articles.
 */
final class CodingRun {

  long articles;
  long unchanged;
  long sentences;
  long parsedSentences;
  long tokens;
  long events;
  final List<Problem> rejected = new ArrayList<>();
  final List<Problem> warnings = new ArrayList<>();
  long nanos;

  /** Input format for every input; null detects each one's format from its content. */
  InputFormat format;
  /** Where skipped and doubtful inputs are listed; null for none. */
  RejectsFile rejects;
  /** Files this run writes, never read as input even when they sit in an input folder. */
  Set<Path> outputs = Set.of();

  void run(List<String> inputs, Dictionaries dictionaries, int threads, BufferedWriter out, DuckDbEventStore store,
      PrintStream err) {
    long t0 = System.nanoTime();
    ReadProgress read = ReadProgress.of(inputs);
    ProgressMeter meter = new ProgressMeter(err, read, ProgressMeter.onTerminal());
    JsonLinesRows storedRows = new JsonLinesRows();
    GroupCommit commits = store == null ? null : new GroupCommit(store);
    try (CoreNlpAnnotator annotator = new CoreNlpAnnotator()) {
      BatchCoder coder = new BatchCoder(annotator, dictionaries,
          new TriggerSelector(dictionaries.actors(), dictionaries.patterns()), threads);
      coder.run(sink -> ArticleInputs.read(inputs, format, System.in,
          new DuplicateFilter(sink, id -> store == null ? Optional.empty() : store.contentHash(id), a -> {
            unchanged++;
            if (out != null) {
              EventExport.writeArticle(store.connection(), a.id(), storedRows, out);
            }
            meter.update(progress(commits), unchanged);
          }), read, outputs), new BatchCoder.ResultSink() {
            @Override
            public void coded(BatchCoder.Result r) {
              articles++;
              sentences += r.annotated().sentences().size();
              parsedSentences += r.annotated().parsedSentences();
              tokens += r.annotated().tokenCount();
              events += r.events().size();
              if (commits != null) {
                commits.add(new DuckDbEventStore.Coded(r.article(), r.events(), r.annotated().sentences().size(),
                    (int) r.annotated().parsedSentences()));
              }
              if (out != null) {
                try {
                  for (Event e : r.events()) {
                    out.write(EventJson.line(e));
                    out.write('\n');
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              meter.update(progress(commits), unchanged);
            }

            @Override
            public void problem(Problem p) {
              rejected.add(p);
              meter.clear();
              err.println("rejected: " + p);
              if (rejects != null) {
                rejects.skipped(p);
              }
            }

            @Override
            public void warning(Problem p) {
              warnings.add(p);
              meter.clear();
              err.println("warning: " + p);
              if (rejects != null) {
                rejects.kept(p);
              }
            }
          });
    } finally {
      if (commits != null) {
        commits.close();
      }
    }
    meter.clear();
    nanos = System.nanoTime() - t0;
  }

  /** Articles done as progress counts them: with a database, those whose events are committed. */
  private long progress(GroupCommit commits) {
    return commits == null ? articles : commits.saved();
  }

  String summary() {
    double s = nanos / 1e9;
    return String.format(java.util.Locale.ROOT,
        "coded %d articles (%d sentences, %d parsed, %d tokens) into %d events in %.1f s; %d unchanged articles"
            + " skipped; %d rejected, %d warnings",
        articles, sentences, parsedSentences, tokens, events, s, unchanged, rejected.size(), warnings.size());
  }
}
