package org.entente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.export.EventJson;
import org.entente.ingest.ArticleInputs;
import org.entente.model.Event;
import org.entente.model.Problem;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.TriggerSelector;
import org.entente.store.duckdb.DuckDbEventStore;

/**
 * One coding run: read the inputs, code them on {@code threads} threads, write events to a JSON Lines
 * file and/or a database, and count what happened. Problems go to standard error as they occur.
 */
final class CodingRun {

  long articles;
  long sentences;
  long parsedSentences;
  long tokens;
  long events;
  final List<Problem> rejected = new ArrayList<>();
  final List<Problem> warnings = new ArrayList<>();
  long nanos;

  void run(List<String> inputs, Dictionaries dictionaries, int threads, BufferedWriter out, DuckDbEventStore store,
      PrintStream err) {
    long t0 = System.nanoTime();
    try (CoreNlpAnnotator annotator = new CoreNlpAnnotator()) {
      BatchCoder coder = new BatchCoder(annotator, dictionaries,
          new TriggerSelector(dictionaries.actors(), dictionaries.patterns()), threads);
      coder.run(sink -> ArticleInputs.read(inputs, System.in, sink), new BatchCoder.ResultSink() {
        @Override
        public void coded(BatchCoder.Result r) {
          articles++;
          sentences += r.annotated().sentences().size();
          parsedSentences += r.annotated().parsedSentences();
          tokens += r.annotated().tokenCount();
          events += r.events().size();
          if (store != null) {
            store.save(r.article(), r.events(), r.annotated().sentences().size(), (int) r.annotated().parsedSentences());
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
        }

        @Override
        public void problem(Problem p) {
          rejected.add(p);
          err.println("rejected: " + p);
        }

        @Override
        public void warning(Problem p) {
          warnings.add(p);
          err.println("warning: " + p);
        }
      });
    }
    nanos = System.nanoTime() - t0;
  }

  String summary() {
    double s = nanos / 1e9;
    return String.format(java.util.Locale.ROOT,
        "coded %d articles (%d sentences, %d parsed, %d tokens) into %d events in %.1f s; %d rejected, %d warnings",
        articles, sentences, parsedSentences, tokens, events, s, rejected.size(), warnings.size());
  }
}
