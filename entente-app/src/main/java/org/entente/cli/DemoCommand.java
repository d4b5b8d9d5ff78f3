package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;
import org.entente.relations.DyadTable;
import org.entente.relations.Interval;
import org.entente.store.duckdb.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente demo}: codes the bundled sample corpus into a database and prints a relations summary. */
@Command(name = "demo", description = "Code the bundled sample corpus into ./entente.duckdb and print a relations summary.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--db", defaultValue = "entente.duckdb", description = "Database to create (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--threads", description = "Coding threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws Exception {
    Path corpus = SampleCorpus.path();
    System.out.println("Coding the sample corpus (" + corpus + ") into " + db + " ...");
    Files.deleteIfExists(Path.of(db));
    Files.deleteIfExists(Path.of(db + ".wal"));
    CodingRun run = new CodingRun();
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      run.run(List.of(corpus.toString()), dictionaries.load(), threads, null, store, System.err);
      System.out.println(run.summary());
      System.out.println();
      System.out.println("Directed dyads by month (factual events only; QC = quad class):");
      List<DyadRow> rows = store.dyads(DyadQuery.all(Interval.MONTH));
      System.out.print(DyadTable.format(rows, "table"));
      System.out.println();
      System.out.println("Try: ./entente dyads --db " + db + " --dyad CHN-JPN --interval quarter");
    }
    return run.rejected == 0 ? 0 : Main.SOME_INPUT_REJECTED;
  }
}
