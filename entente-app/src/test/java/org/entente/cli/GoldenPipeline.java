package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.EventExtractor;
import org.entente.pipeline.TriggerSelector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Base of the golden tests that code single sentences through the real pipeline (CoreNLP and the
 * bundled dictionaries), with cases read from a tab-separated file under src/test/resources/golden.
 */
abstract class GoldenPipeline {

  static CoreNlpAnnotator annotator;
  static Dictionaries dictionaries;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
    dictionaries = Dictionaries.bundled(p -> { });
  }

  @AfterAll
  static void close() {
    annotator.close();
  }

  /** The events of a one-article text published on a date. */
  static List<Event> code(String published, String text) {
    Article a = Article.of("t", LocalDate.parse(published), text);
    return new EventExtractor(dictionaries).extract(
        annotator.annotate(a, new TriggerSelector(dictionaries.actors(), dictionaries.patterns())));
  }

  /** The lines PUBLISHED, TEXT, EXPECTED of a golden file, each with its "file:line". */
  static Stream<Arguments> cases(String file) throws IOException {
    List<Arguments> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/" + file), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t");
      if (c.length == 3 && !c[0].startsWith("#")) {
        out.add(Arguments.of(file + ":" + (i + 1), c[0], c[1], c[2]));
      }
    }
    return out.stream();
  }
}
