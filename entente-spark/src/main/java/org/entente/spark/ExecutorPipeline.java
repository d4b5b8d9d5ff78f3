package org.entente.spark;

import org.entente.annotate.corenlp.CoreNlpAnnotator;
import org.entente.pipeline.BatchCoder;
import org.entente.pipeline.Dictionaries;
import org.entente.pipeline.TriggerSelector;

/**
 * The coding pipeline of one executor JVM: CoreNlpAnnotator + Dictionaries (bundled, extended by the
 * job's extra files) + BatchCoder, built on first use and shared by every partition the executor runs
 * (loading takes ~10 s and ~1 GB of heap, so once per partition would be wasteful when an executor
 * runs many tasks).
 *
 * <p>Thread-safe: tasks running at once on the executor's cores share it, as the CLI's threads do. A
 * job with other extra dictionaries (a JVM that runs several jobs, as in local mode) gets a coder with
 * those, on the same annotator.
 */
final class ExecutorPipeline {

  private static CoreNlpAnnotator annotator;
  private static ExtraDictionaries extra;
  private static BatchCoder coder;

  private ExecutorPipeline() {}

  static synchronized BatchCoder get(ExtraDictionaries dictionaries) {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator();
    }
    if (coder == null || !dictionaries.equals(extra)) {
      Dictionaries d = dictionaries.load(p -> System.err.println("dictionary warning: " + p));
      coder = new BatchCoder(annotator, d, new TriggerSelector(d.actors(), d.patterns()), 1);
      extra = dictionaries;
    }
    return coder;
  }
}
