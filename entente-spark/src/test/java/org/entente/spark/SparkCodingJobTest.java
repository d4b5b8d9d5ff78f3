package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.cli.Main;
import org.entente.ingest.ArticleInputs;
import org.entente.ingest.ArticleSink;
import org.entente.model.Article;
import org.entente.model.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in local[2] mode on the first articles of the sample corpus and checks its events equal
 * the CLI's, field by field.
 *
 * <p><b>NOTE:</b> the job codes the articles in one task, in input order, like the CLI with one thread:
 * the CoreNLP pass is not independent of the articles coded before it (007-camp-david-summit's "on
 * Friday" resolves to 2023-08-18 alone and to 2023-08-25 after articles 001-006), so a different
 * order could change a relative date without any fault in the job.
 */
@Tag("slow")
class SparkCodingJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Enough to include 007, whose relative date depends on what was coded before it. */
  private static final int ARTICLES = 10;

  @TempDir
  Path tmp;

  @Test
  void codesTheSampleCorpusLikeTheCommandLine() throws IOException {
    Path input = tmp.resolve("articles.jsonl");
    Files.write(input, sampleAsJsonLines().subList(0, ARTICLES));
    Map<String, JsonNode> expected = cliEvents(input);
    assertFalse(expected.isEmpty(), "the CLI coded no events");

    Path sparkOut = tmp.resolve("events.parquet");
    SparkSession spark = localSpark();
    try {
      SparkCodingJob.Summary s = SparkCodingJob.run(spark,
          SparkCodingJob.Options.parse(input.toString(), sparkOut.toString(), "--partitions", "1"));
      assertEquals(0, s.rejected());
      assertEquals(ARTICLES, s.articles());
      assertSameEvents(expected, events(spark, sparkOut));
      assertTrue(Files.list(sparkOut).anyMatch(p -> p.getFileName().toString().startsWith("month=")),
          "partitioned by month");
    } finally {
      spark.stop();
    }
  }

  /**
   * A user's actor file reaches the executors: a provincial governor missing from the bundled people
   * is coded with the code the file gives him, exactly as {@code entente code --actors} codes him.
   */
  @Test
  void extraActorFilesReachTheExecutors() throws IOException {
    Path input = tmp.resolve("gyeonggi.jsonl");
    Files.writeString(input, "{\"id\":\"gyeonggi-1\",\"date\":\"2024-03-12\",\"title\":\"Gyeonggi governor hosts"
        + " Japanese envoy\",\"text\":\"SUWON \u2014 Kim Dong-yeon met Koichi Aiboshi in Suwon on Tuesday to discuss"
        + " youth exchanges between the two countries.\"}\n");
    Path people = tmp.resolve("people.tsv");
    Files.writeString(people, "Kim Dong-yeon\tKim Dong Yeon\tKORGOV\t2022-07-01\t\t# governor of Gyeonggi Province\n");
    String meeting = "gyeonggi-1:0:0";
    assertEquals("", cliEvents(input).get(meeting).get("source").asText(), "unknown without the file");
    Map<String, JsonNode> expected = cliEvents(input, "--actors", people.toString());
    assertEquals("KORGOV", expected.get(meeting).get("source").asText(), "known with it");

    Path sparkOut = tmp.resolve("gyeonggi.parquet");
    SparkSession spark = localSpark();
    try {
      SparkCodingJob.run(spark, SparkCodingJob.Options.parse(input.toString(), sparkOut.toString(),
          "--actors", people.toString()));
      assertSameEvents(expected, events(spark, sparkOut));
    } finally {
      spark.stop();
    }
  }

  private Map<String, JsonNode> cliEvents(Path input, String... options) throws IOException {
    Path out = tmp.resolve("cli-events-" + System.nanoTime() + ".jsonl");
    List<String> args = new ArrayList<>(List.of("code", input.toString(), "--out", out.toString(), "--threads", "1"));
    args.addAll(List.of(options));
    assertEquals(0, Main.run(args.toArray(String[]::new)));
    Map<String, JsonNode> events = new TreeMap<>();
    for (String line : Files.readAllLines(out)) {
      JsonNode n = JSON.readTree(line);
      events.put(n.get("id").asText(), n);
    }
    return events;
  }

  private static SparkSession localSpark() {
    return SparkSession.builder().master("local[2]").appName("entente-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  private static Map<String, Row> events(SparkSession spark, Path parquet) {
    Map<String, Row> rows = new TreeMap<>();
    for (Row r : spark.read().parquet(parquet.toString()).collectAsList()) {
      rows.put(r.getAs("id"), r);
    }
    return rows;
  }

  /** Every field of every event of the CLI's JSON Lines equals the job's column, and the month is the date's. */
  private static void assertSameEvents(Map<String, JsonNode> expected, Map<String, Row> actual) {
    assertEquals(expected.keySet(), actual.keySet(), "event ids");
    for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
      Row row = actual.get(e.getKey());
      e.getValue().fields().forEachRemaining(f -> {
        Object v = row.getAs(f.getKey());
        JsonNode want = f.getValue();
        String where = e.getKey() + "." + f.getKey();
        if (want.isNull()) {
          assertEquals(null, v, where);
        } else if (want.isNumber() && v instanceof Number n) {
          assertEquals(want.asDouble(), n.doubleValue(), 1e-9, where);
        } else if (want.isBoolean()) {
          assertEquals(want.asBoolean(), v, where);
        } else {
          assertEquals(want.asText(), v, where);
        }
      });
      String date = e.getValue().get("date").isNull() ? null : e.getValue().get("date").asText();
      assertEquals(date == null ? "unknown" : (date.length() == 4 ? date + "-01" : date.substring(0, 7)),
          row.getAs(EventRows.MONTH), e.getKey() + ".month");
    }
  }

  @Test
  void schemaHasTheColumnsOfTheJsonExport() {
    List<String> columns = new ArrayList<>(List.of(EventRows.SCHEMA.fieldNames()));
    assertEquals(EventRows.MONTH, columns.remove(columns.size() - 1));
    assertEquals(List.of("id", "doc", "doc_date", "date", "date_precision", "date_end", "date_basis", "source",
        "source_country", "source_text", "target", "target_country", "target_text", "code", "root", "quad_class",
        "goldstein", "negated", "hypothetical", "sentence", "sentence_index", "char_start", "char_end", "trigger",
        "trigger_start", "trigger_end", "source_start", "source_end", "target_start", "target_end", "pattern"),
        columns);
  }

  /** The sample corpus as JSON Lines (articles without a publication date get "unknown"). */
  private static List<String> sampleAsJsonLines() throws IOException {
    Path corpus = Path.of("..", "samples", "corpus");
    List<String> lines = new ArrayList<>();
    ArticleInputs.read(List.of(corpus.toString()), System.in, new ArticleSink() {
      @Override
      public void article(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("date", a.date() == null ? "unknown" : a.date().toString());
        o.put("title", a.title());
        o.put("url", a.url());
        o.put("source", a.source());
        o.put("text", a.text());
        lines.add(o.toString());
      }

      @Override
      public void problem(Problem problem) {
        throw new AssertionError(problem.toString());
      }
    });
    try (Stream<Path> files = Files.list(corpus)) {
      assertEquals(files.filter(p -> p.toString().endsWith(".txt")).count(), lines.size());
    }
    return lines;
  }
}
