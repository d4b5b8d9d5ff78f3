package org.entente.cli;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.annotate.AnnotationCache;
import org.entente.annotate.SentenceSelector;
import org.entente.annotate.Annotator;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.eval.EvalReport;
import org.entente.export.EventJson;
import org.entente.eval.GoldSet;
import org.entente.eval.PloverCrosswalk;
import org.entente.eval.Prediction;
import org.entente.eval.RecordScore;
import org.entente.eval.Score;
import org.entente.eval.Scorer;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Problem;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.TriggerSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente eval --gold GOLD.jsonl [--articles ARTICLES.jsonl] [--show]}. */
@Command(name = "eval", description = "Code a gold set's articles and score the events against it.")
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, description = "Gold events: Entente gold lines, PETRARCH validation records or PLOVER records.")
  Path gold;

  @Option(names = "--articles", description = "Articles of an Entente gold file (JSON Lines).")
  Path articles;

  @Option(names = "--crosswalk", description = "CAMEO→PLOVER table, needed to score PLOVER records.")
  Path crosswalk;

  @Option(names = "--show", description = "List every miss and false alarm with its sentence.")
  boolean show;

  @Option(names = "--annotations", paramLabel = "FILE",
      description = "Keep the parses of the articles in FILE (JSON Lines) and reuse them on the next run:"
          + " re-scoring after a dictionary change then takes seconds.")
  Path annotations;

  @Option(names = "--events", paramLabel = "FILE",
      description = "Also write every coded event (flagged ones too) as JSON Lines, to see what was scored.")
  Path events;

  @Option(names = "--leave-out", paramLabel = "FILE",
      description = "Records of a PETRARCH or PLOVER suite that cannot fairly be met (ID<TAB>reason lines);"
          + " the shares are printed again without them and without the records the suite flags as depending on"
          + " its own parse trees.")
  Path leaveOut;

  @Option(names = "--threads", description = "Coding threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--parse-all", description = "Parse every sentence, not only those that can hold an event"
      + " (to check that the choice of sentences loses nothing).")
  boolean parseAll;

  @Mixin
  DictionaryOptions dictionaryOptions;

  @Override
  public Integer call() throws Exception {
    List<Problem> problems = new ArrayList<>();
    GoldSet set = GoldSet.read(gold, articles, problems::add);
    problems.forEach(p -> System.err.println("warning: " + p));
    PloverCrosswalk plover = null;
    if (set.kind() == GoldSet.Kind.PLOVER) {
      if (crosswalk == null) {
        throw new IllegalArgumentException("PLOVER records are scored by PLOVER type: give --crosswalk CAMEO2PLOVER.txt");
      }
      try (Reader r = Files.newBufferedReader(crosswalk)) {
        plover = PloverCrosswalk.read(r);
      }
    }
    if (set.kind() == GoldSet.Kind.PETRARCH && !dictionaryOptions.actors.isEmpty()) {
      // The records' actor codes are those of the dictionaries they come with; Entente's own role words
      // ("mayor" → GOV) and names would code other actors than the suite means.
      dictionaryOptions.noBundledActors = true;
    }
    Dictionaries dictionaries = dictionaryOptions.load();
    List<Prediction> predictions = new ArrayList<>();
    List<Prediction> everyPrediction = new ArrayList<>();
    Map<String, String> published = new HashMap<>();
    List<String> docs = new ArrayList<>();
    List<Event> coded = new ArrayList<>();
    long[] sentences = new long[2];
    try (Annotator annotator = annotations == null ? new CoreNlpAnnotator()
        : new AnnotationCache(CoreNlpAnnotator::new, annotations)) {
      BatchCoder coder = new BatchCoder(annotator, dictionaries, parseAll ? SentenceSelector.ALL
          : new TriggerSelector(dictionaries.actors(), dictionaries.patterns()), threads);
      final PloverCrosswalk types = plover;
      coder.run(sink -> set.articles().forEach(sink::article), new BatchCoder.ResultSink() {
        @Override
        public void coded(BatchCoder.Result r) {
          Article a = r.article();
          sentences[0] += r.annotated().sentences().size();
          sentences[1] += r.annotated().parsedSentences();
          docs.add(a.id());
          published.put(a.id(), a.date() == null ? "" : a.date().toString());
          coded.addAll(r.events());
          for (Event e : r.events()) {
            String category = types == null ? e.cameo().root() : types.type(e.code());
            Prediction p = new Prediction(a.id(), e.source().country(), e.target().country(), e.code(), category,
                e.when().text(), e);
            everyPrediction.add(p);
            if (e.factual()) {
              predictions.add(p);
            }
          }
        }

        @Override
        public void problem(Problem p) {
          System.err.println("rejected: " + p);
        }
      });
    }
    if (events != null) {
      try (var out = Files.newBufferedWriter(events)) {
        for (Event e : coded) {
          out.write(EventJson.line(e));
          out.write('\n');
        }
      }
    }
    System.err.printf(java.util.Locale.ROOT, "parsed %d of %d sentences (%.1f%% skipped)%n", sentences[1],
        sentences[0], 100.0 * (sentences[0] - sentences[1]) / Math.max(1, sentences[0]));
    System.out.println("gold: " + gold + " (" + set.kind() + ", " + set.articles().size() + " articles, "
        + set.events().size() + " events)");
    if (set.kind() == GoldSet.Kind.ENTENTE) {
      Score s = Scorer.score(set.events(), predictions, published);
      System.out.print(EvalReport.format(s, show));
    } else {
      List<String> ids = set.articles().stream().map(Article::id).toList();
      RecordScore rs = RecordScore.score(ids, set.categoriesOfRecords(), set.events(), everyPrediction,
          set.kind() == GoldSet.Kind.PETRARCH);
      System.out.print(EvalReport.format(rs, set.kind().name()));
      Map<String, String> left = LeftOut.of(set, leaveOut);
      if (!left.isEmpty()) {
        List<String> keptIds = new ArrayList<>();
        List<String> keptCategories = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
          if (!left.containsKey(ids.get(i))) {
            keptIds.add(ids.get(i));
            keptCategories.add(set.categoriesOfRecords().get(i));
          }
        }
        System.out.println();
        System.out.println("without the " + left.size() + " records that cannot fairly be met"
            + (leaveOut == null ? " (suite flags only; --leave-out FILE adds a list)" : "") + ":");
        System.out.print(EvalReport.format(RecordScore.score(keptIds, keptCategories, set.events(), everyPrediction,
            set.kind() == GoldSet.Kind.PETRARCH), set.kind().name()));
      }
      System.out.println();
      System.out.print(EvalReport.RECORD_COLUMNS);
      if (set.kind() == GoldSet.Kind.PLOVER) {
        Score s = Scorer.score(set.events(), predictions, published);
        System.out.println();
        System.out.print(EvalReport.format(s, show));
      }
    }
    return 0;
  }
}
