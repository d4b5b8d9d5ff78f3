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

    Path cliOut = tmp.resolve("cli-events.jsonl");
    assertEquals(0, Main.run("code", input.toString(), "--out", cliOut.toString(), "--threads", "1"));
    Map<String, JsonNode> expected = new TreeMap<>();
    for (String line : Files.readAllLines(cliOut)) {
      JsonNode n = JSON.readTree(line);
      expected.put(n.get("id").asText(), n);
    }
    assertFalse(expected.isEmpty(), "the CLI coded no events");

    Path sparkOut = tmp.resolve("events.parquet");
    SparkSession spark = SparkSession.builder().master("local[2]").appName("entente-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    try {
      SparkCodingJob.Summary s = SparkCodingJob.run(spark,
          SparkCodingJob.Options.parse(input.toString(), sparkOut.toString(), "--partitions", "1"));
      assertEquals(0, s.rejected());
      assertEquals(ARTICLES, s.articles());
      Map<String, Row> actual = new TreeMap<>();
      for (Row r : spark.read().parquet(sparkOut.toString()).collectAsList()) {
        actual.put(r.getAs("id"), r);
      }
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
      assertTrue(Files.list(sparkOut).anyMatch(p -> p.getFileName().toString().startsWith("month=")),
          "partitioned by month");
    } finally {
      spark.stop();
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
