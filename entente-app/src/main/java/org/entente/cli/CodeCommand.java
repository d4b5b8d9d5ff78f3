package org.entente.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.ingest.InputFormat;
import org.entente.store.duckdb.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente code ARTICLES --out events.jsonl [--db entente.duckdb]}. */
@Command(name = "code", description = "Code articles (JSON Lines, text, HTML, RSS/Atom, WARC, any of them gzipped;"
    + " files, folders, - for stdin) into events.")
final class CodeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "ARTICLES", description = "Files or folders of articles; - reads stdin.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "FILE", description = "Write events as JSON Lines here (- for stdout).")
  Path out;

  @Option(names = "--db", paramLabel = "FILE", description = "Also store articles and events in this DuckDB file.")
  String db;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Read every input as jsonl, text, html, feed or warc (default: detected from each input's content).")
  String format;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "List skipped and doubtful inputs here (default: rejects.jsonl next to --out, else next to --db).")
  Path rejects;

  @Option(names = "--threads", description = "Coding threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  DictionaryOptions dictionaries;

  private Set<Path> outputs(Path rejectsPath) {
    Set<Path> o = new HashSet<>(Set.of(rejectsPath));
    if (out != null && !out.toString().equals("-")) {
      o.add(out);
    }
    if (db != null && !db.equals(":memory:")) {
      o.add(Path.of(db));
      o.add(Path.of(db + ".wal"));
    }
    return o;
  }

  @Override
  public Integer call() throws Exception {
    if (out == null && db == null) {
      throw new IllegalArgumentException("say where events go: --out FILE and/or --db FILE");
    }
    CodingRun run = new CodingRun();
    run.format = format == null ? null : InputFormat.parse(format);
    Path rejectsPath = rejects != null ? rejects : RejectsFile.defaultFor(out, db);
    DuckDbEventStore store = db == null ? null : DuckDbEventStore.open(db);
    try (RejectsFile r = new RejectsFile(rejectsPath); BufferedWriter w = out == null ? null : out.toString().equals("-")
        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      run.rejects = r;
      run.outputs = outputs(rejectsPath);
      run.run(inputs, dictionaries.load(), threads, w, store, System.err);
    } finally {
      if (store != null) {
        store.close();
      }
    }
    System.err.println(run.summary());
    if (run.rejected > 0) {
      System.err.println("rejected inputs are listed in " + rejectsPath);
    }
    return run.rejected == 0 ? 0 : Main.SOME_INPUT_REJECTED;
  }
}
