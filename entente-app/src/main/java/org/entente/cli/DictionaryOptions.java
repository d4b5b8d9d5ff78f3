package org.entente.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Problem;
import org.entente.pipeline.Dictionaries;
import picocli.CommandLine.Option;

/** Options that extend the bundled dictionaries, shared by the commands that code. */
final class DictionaryOptions {

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Extra actor, people or agent dictionary: our .tsv formats, or PETRARCH/TABARI .txt files;"
          + " repeatable, later files extend earlier ones.")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--patterns", paramLabel = "FILE", description = "Extra event pattern file; repeatable.")
  List<Path> patterns = new ArrayList<>();

  @Option(names = "--no-bundled-actors",
      description = "Use only the actor, people and agent files given with --actors, not the bundled ones"
          + " (to run a suite written for its own dictionaries, such as PETRARCH's).")
  boolean noBundledActors;

  Dictionaries load() {
    List<Problem> problems = new ArrayList<>();
    Dictionaries d = Dictionaries.load(actors, patterns, !noBundledActors, problems::add);
    for (Problem p : problems) {
      System.err.println("warning: " + p);
    }
    return d;
  }
}
