package org.entente.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark job: reads articles (JSON Lines, or Parquet with the same fields) from any Hadoop-compatible
 * path, codes each partition with the executor's pipeline ({@code mapPartitions}) and writes the events
 * as Parquet partitioned by {@code month}, with the columns of the JSON Lines export.
 *
 * <pre>spark-submit --class org.entente.spark.SparkCodingJob entente-spark.jar INPUT OUTPUT [--parquet] [--partitions N]
 *     [--actors FILE]... [--patterns FILE]...</pre>
 */
public final class SparkCodingJob {

  /**
   * What to run.
   *
   * @param input articles: a file, folder or glob on any Hadoop file system
   * @param output where the events go (replaced)
   * @param parquet the input is Parquet rather than JSON Lines
   * @param partitions code in this many tasks (0: one per input split; fewer than the splits coalesces)
   * @param actors extra actor dictionaries (any Hadoop path), after the bundled ones, in order
   * @param patterns extra pattern files, likewise
   */
  public record Options(String input, String output, boolean parquet, int partitions, List<String> actors,
      List<String> patterns) {
    public Options {
      actors = List.copyOf(actors);
      patterns = List.copyOf(patterns);
    }

    public static Options parse(String... args) {
      String in = null;
      String out = null;
      boolean parquet = false;
      int partitions = 0;
      List<String> actors = new ArrayList<>();
      List<String> patterns = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--parquet" -> parquet = true;
          case "--partitions" -> partitions = Integer.parseInt(value(args, i++));
          case "--actors" -> actors.add(value(args, i++));
          case "--patterns" -> patterns.add(value(args, i++));
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            } else if (in == null) {
              in = args[i];
            } else if (out == null) {
              out = args[i];
            } else {
              throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
          }
        }
      }
      if (in == null || out == null) {
        throw new IllegalArgumentException("usage: SparkCodingJob INPUT OUTPUT [--parquet] [--partitions N]"
            + " [--actors FILE]... [--patterns FILE]...");
      }
      return new Options(in, out, parquet, partitions, actors, patterns);
    }

    private static String value(String[] args, int i) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      return args[i + 1];
    }
  }

  /** What a run did. */
  public record Summary(long articles, long rejected, long events) {}

  private SparkCodingJob() {}

  public static void main(String[] args) {
    Options options = Options.parse(args);
    SparkSession spark = SparkSession.builder().appName("entente-code").getOrCreate();
    try {
      Summary s = run(spark, options);
      System.out.printf(Locale.ROOT, "entente-spark: coded %d articles into %d events (%d rejected) -> %s%n",
          s.articles(), s.events(), s.rejected(), options.output());
    } finally {
      spark.stop();
    }
  }

  /** Runs the job in an existing session. */
  public static Summary run(SparkSession spark, Options o) {
    Dataset<String> lines = o.parquet()
        ? spark.read().parquet(o.input()).select("id", "date", "title", "url", "source", "text").toJSON()
        : spark.read().textFile(o.input());
    int splits = lines.rdd().getNumPartitions();
    if (o.partitions() > 0 && o.partitions() < splits) {
      lines = lines.coalesce(o.partitions()); // no shuffle; keeps the input order
    } else if (o.partitions() > splits) {
      lines = lines.repartition(o.partitions());
    }
    ExtraDictionaries extra = ExtraDictionaries.read(o.actors(), o.patterns(),
        spark.sparkContext().hadoopConfiguration());
    Broadcast<ExtraDictionaries> dictionaries = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(extra);
    LongAccumulator articles = spark.sparkContext().longAccumulator("articles");
    LongAccumulator rejected = spark.sparkContext().longAccumulator("rejected");
    Dataset<Row> events = lines.mapPartitions(new CodePartition(dictionaries, articles, rejected),
        Encoders.row(EventRows.SCHEMA));
    events.write().mode(SaveMode.Overwrite).partitionBy(EventRows.MONTH).parquet(o.output());
    long n = spark.read().parquet(o.output()).count();
    return new Summary(articles.value(), rejected.value(), n);
  }
}
