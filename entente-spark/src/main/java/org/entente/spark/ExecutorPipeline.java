package org.entente.spark;

import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.TriggerSelector;

/**
 * The coding pipeline of one executor JVM: CoreNlpAnnotator + bundled Dictionaries + BatchCoder, built
 * on first use and shared by every partition the executor runs (loading takes ~10 s and ~1 GB of heap,
 * so once per partition would be wasteful when an executor runs many tasks).
 *
 * <p>Thread-safe: tasks running at once on the executor's cores share it, as the CLI's threads do.
 */
final class ExecutorPipeline {

  private static BatchCoder coder;

  private ExecutorPipeline() {}

  static synchronized BatchCoder get() {
    if (coder == null) {
      Dictionaries dictionaries = Dictionaries.bundled(p -> System.err.println("dictionary warning: " + p));
      coder = new BatchCoder(new CoreNlpAnnotator(), dictionaries,
          new TriggerSelector(dictionaries.actors(), dictionaries.patterns()), 1);
    }
    return coder;
  }
}
