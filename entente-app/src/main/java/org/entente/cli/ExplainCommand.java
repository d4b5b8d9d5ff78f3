package org.entente.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.entente.actors.Mention;
import org.entente.actors.SentenceMentions;
import org.entente.annotate.SentenceSelector;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.model.AnnotatedArticle;
import org.entente.model.AnnotatedSentence;
import org.entente.model.Article;
import org.entente.model.Dependency;
import org.entente.model.Event;
import org.entente.model.SentenceGraph;
import org.entente.model.Token;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.EventExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente explain "TEXT" [--date YYYY-MM-DD]}: shows how a text is annotated and coded, step by step. */
@Command(name = "explain", description = "Show tokens, parse, actors and events of a text, to see why it codes as it does.")
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "TEXT", description = "The text to code.")
  String text;

  @Option(names = "--date", description = "Publication date (default: today).")
  String date;

  @Mixin
  DictionaryOptions dictionaryOptions;

  @Override
  public Integer call() {
    Dictionaries d = dictionaryOptions.load();
    LocalDate day = date == null ? LocalDate.now() : LocalDate.parse(date);
    Article article = Article.of("explain", day, text);
    AnnotatedArticle annotated;
    try (CoreNlpAnnotator annotator = new CoreNlpAnnotator()) {
      annotated = annotator.annotate(article, SentenceSelector.ALL);
    }
    for (AnnotatedSentence s : annotated.sentences()) {
      System.out.println("sentence " + s.index() + ": " + s.text());
      // The graph as the coder reads it, after the known misparses are mended.
      AnnotatedSentence shown = s.parsed() ? new SentenceGraph(s).sentence() : s;
      StringBuilder tokens = new StringBuilder("  tokens:");
      for (Token t : shown.tokens()) {
        tokens.append(' ').append(t.index() + 1).append(':').append(t.word()).append('/').append(t.pos());
        if (!t.lemma().equals(t.word())) {
          tokens.append('/').append(t.lemma());
        }
        if (t.timex() != null) {
          tokens.append("{").append(t.timex()).append('}');
        }
      }
      System.out.println(tokens);
      StringBuilder deps = new StringBuilder("  dependencies:");
      for (Dependency dep : shown.dependencies()) {
        deps.append(' ').append(dep.relation()).append('(').append(dep.governor() + 1).append(',')
            .append(dep.dependent() + 1).append(')');
      }
      System.out.println(deps);
      SentenceMentions m = SentenceMentions.find(d.actors(), s);
      for (Mention a : m.actors()) {
        System.out.println("  actor: " + a.text() + " -> " + a.entry());
      }
      for (Mention r : m.roles()) {
        System.out.println("  role:  " + r.text() + " -> " + r.entry());
      }
    }
    for (Event e : new EventExtractor(d).extract(annotated)) {
      System.out.printf("event: %s (%s) > %s (%s) %s %s %s%s%s  [%s]%n", e.source().code(), e.source().text(),
          e.target().code(), e.target().text(), e.code(), e.when().text(), e.when().basis().label(),
          e.negated() ? " NEGATED" : "", e.hypothetical() ? " HYPOTHETICAL" : "", e.pattern());
    }
    return 0;
  }
}
