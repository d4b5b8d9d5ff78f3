package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.annotate.AnnotationCache;
import org.entente.annotate.Annotator;
import org.entente.annotate.SentenceSelector;
import org.entente.eval.GoldSet;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.Token;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.EventExtractor;
import org.entente.pipeline.TriggerSelector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The coder's hot loops on real parses: the gold set's 260 articles as CoreNLP parsed them, read from
 * an annotation cache ({@code entente eval --annotations FILE} writes one). Each operation is one pass
 * over the whole gold set, so the scores read as milliseconds per 260 articles (378 sentences).
 *
 * <p>The cache is {@code entente-bench/target/gold-annotations.jsonl} under the repository root, or
 * the file named by {@code -Dentente.annotations=FILE}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoderBenchmark {

  private Dictionaries dictionaries;
  private TriggerSelector selector;
  private EventExtractor extractor;
  private List<AnnotatedArticle> articles;
  /** Every sentence's tokens as the cheap pass leaves them (no entities, no time expressions). */
  private List<List<Token>> light;

  @Setup
  public void load() throws IOException {
    Path root = repositoryRoot();
    Path cache = Path.of(System.getProperty("entente.annotations",
        root.resolve("entente-bench/target/gold-annotations.jsonl").toString()));
    if (!Files.isRegularFile(cache)) {
      throw new IllegalStateException("no annotation cache at " + cache + "; make it with: ./entente eval --gold"
          + " gold/events.jsonl --articles gold/articles.jsonl --annotations " + cache);
    }
    dictionaries = Dictionaries.bundled(p -> { });
    selector = new TriggerSelector(dictionaries.actors(), dictionaries.patterns());
    extractor = new EventExtractor(dictionaries);
    GoldSet gold = GoldSet.read(root.resolve("gold/events.jsonl"), root.resolve("gold/articles.jsonl"), p -> { });
    articles = new ArrayList<>();
    light = new ArrayList<>();
    Annotator missing = new Annotator() {
      @Override
      public AnnotatedArticle annotate(Article article, SentenceSelector s) {
        throw new IllegalStateException("article " + article.id() + " is not in " + cache + ": make it again");
      }
    };
    try (AnnotationCache parses = new AnnotationCache(() -> missing, cache)) {
      for (Article a : gold.articles()) {
        AnnotatedArticle annotated = parses.annotate(a, selector);
        articles.add(annotated);
        for (AnnotatedSentence s : annotated.sentences()) {
          List<Token> tokens = new ArrayList<>();
          for (Token t : s.tokens()) {
            tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), null, null, t.begin(), t.end()));
          }
          light.add(tokens);
        }
      }
    }
  }

  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("gold/articles.jsonl"))) {
        return p;
      }
    }
    throw new IllegalStateException("run from inside the Entente repository (gold/articles.jsonl not found)");
  }

  /** Actor phrases and role words of the dictionaries, looked up in every sentence. */
  @Benchmark
  public void actorMatching(Blackhole bh) {
    for (List<Token> tokens : light) {
      bh.consume(dictionaries.actors().findActors(tokens));
      bh.consume(dictionaries.actors().findRoles(tokens));
    }
  }

  /** The choice of the sentences worth the dependency parse, made on the cheap pass's tokens. */
  @Benchmark
  public void sentenceSelection(Blackhole bh) {
    for (List<Token> tokens : light) {
      bh.consume(selector.worthParsing(tokens));
    }
  }

  /** Actors, patterns, negation, dates: everything from parsed sentences to events. */
  @Benchmark
  public void eventExtraction(Blackhole bh) {
    for (AnnotatedArticle a : articles) {
      bh.consume(extractor.extract(a));
    }
  }
}
