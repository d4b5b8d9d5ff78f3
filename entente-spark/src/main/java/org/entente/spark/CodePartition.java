package org.entente.spark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.entente.ingest.ArticleInputs;
import org.entente.ingest.ArticleSink;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Problem;
import org.entente.pipeline.BatchCoder;

/**
 * CodePartition codes one partition of JSON Lines articles into event rows, lazily: one article is
 * read, coded and emitted at a time, so a task holds one article's events, not the partition's. Lines
 * are read by the same reader as the CLI's, so the same articles are accepted and rejected.
 */
final class CodePartition implements MapPartitionsFunction<String, Row> {

  private static final long serialVersionUID = 1L;

  private final Broadcast<ExtraDictionaries> dictionaries;
  private final LongAccumulator articles;
  private final LongAccumulator rejected;

  CodePartition(Broadcast<ExtraDictionaries> dictionaries, LongAccumulator articles, LongAccumulator rejected) {
    this.dictionaries = dictionaries;
    this.articles = articles;
    this.rejected = rejected;
  }

  @Override
  public Iterator<Row> call(Iterator<String> lines) {
    BatchCoder coder = ExecutorPipeline.get(dictionaries.value());
    return new Iterator<>() {
      private final Deque<Row> ready = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (ready.isEmpty() && lines.hasNext()) {
          String line = lines.next();
          if (line.isBlank()) {
            continue;
          }
          ArticleInputs.readJsonLines("input", line, new ArticleSink() {
            @Override
            public void article(Article article) {
              articles.add(1);
              for (Event e : coder.code(article).events()) {
                ready.add(EventRows.row(e));
              }
            }

            @Override
            public void problem(Problem problem) {
              rejected.add(1);
              System.err.println("rejected: " + problem);
            }
          });
        }
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }
}
