package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code entente code} with SIGKILL in the middle of coding, several times, restarts it with the
 * same command each time, and checks that the database and the events file end exactly as after an
 * uninterrupted run: nothing lost, nothing doubled.
 */
@Tag("slow")
class KillAndResumeTest {

  private static final Pattern CODED = Pattern.compile("progress: (\\d+) articles coded");
  // Enough articles that three kills, each soon after a restart, always land before the end (a kill
  // comes after a group commit, which may hold a second of work).
  private static final int ARTICLES = 20;

  @Test
  void killedRunsRestartedWithTheSameCommandEndWithTheEventsOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> s = Files.list(Path.of("..", "samples", "corpus"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    Path base = dir.resolve("base");
    Files.createDirectories(base);
    assertEquals(0, run(corpus, base, -1, 0).exit);

    Path resumed = dir.resolve("resumed");
    Files.createDirectories(resumed);
    Random random = new Random(20261125L);
    List<Long> storedAfterKill = new ArrayList<>();
    for (int kill = 1; kill <= 3; kill++) {
      Child c = run(corpus, resumed, 1, random.nextInt(1500));
      assertTrue(c.killed, "run " + kill + " ended before it could be killed: exit " + c.exit);
      storedAfterKill.add(articles(resumed));
    }
    System.out.println("articles stored after each kill: " + storedAfterKill);
    Child last = run(corpus, resumed, -1, 0);
    assertEquals(0, last.exit);

    assertTrue(storedAfterKill.get(storedAfterKill.size() - 1) < ARTICLES,
        "a kill must land before the end; stored after kills: " + storedAfterKill);
    assertTrue(storedAfterKill.get(0) >= 1, "a kill must land after some work was committed: " + storedAfterKill);
    assertEquals(rows(base, "SELECT * FROM events ORDER BY id"), rows(resumed, "SELECT * FROM events ORDER BY id"));
    assertEquals(rows(base, "SELECT id, content_hash FROM articles ORDER BY id"),
        rows(resumed, "SELECT id, content_hash FROM articles ORDER BY id"));
    assertEquals(sortedLines(base.resolve("events.jsonl")), sortedLines(resumed.resolve("events.jsonl")));
  }

  private record Child(int exit, boolean killed) {}

  /**
   * Runs {@code entente code} in its own JVM; with {@code killAfter} ≥ 0, kills it with SIGKILL
   * {@code extraMillis} after it reports that many articles coded.
   */
  private static Child run(Path corpus, Path out, int killAfter, int extraMillis) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx2g", "-Dentente.progress.seconds=1", "-cp", cp, "org.entente.cli.Main", "code", corpus.toString(),
        "--db", out.resolve("e.duckdb").toString(), "--out", out.resolve("events.jsonl").toString(), "--threads", "1");
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    AtomicInteger coded = new AtomicInteger();
    StringBuilder log = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (log) {
            log.append(line).append('\n');
          }
          Matcher m = CODED.matcher(line);
          if (m.find()) {
            coded.set(Integer.parseInt(m.group(1)));
          }
        }
      } catch (IOException e) {
        // the child was killed; its output ends here
      }
    });
    reader.start();
    if (killAfter >= 0) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (p.isAlive() && coded.get() < killAfter && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(extraMillis);
      if (p.isAlive()) {
        p.destroyForcibly();
        p.waitFor();
        reader.join(5000);
        return new Child(p.exitValue(), true);
      }
    }
    assertTrue(p.waitFor(6, TimeUnit.MINUTES), "child did not finish");
    reader.join(5000);
    if (p.exitValue() != 0) {
      System.err.println(log);
    }
    return new Child(p.exitValue(), false);
  }

  private static long articles(Path out) throws SQLException {
    return Long.parseLong(rows(out, "SELECT count(*) FROM articles").get(0).strip());
  }

  private static List<String> rows(Path out, String sql) throws SQLException {
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(out.resolve("e.duckdb").toString());
         Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          sb.append(rs.getObject(i)).append('\t');
        }
        rows.add(sb.toString());
      }
      return rows;
    }
  }

  private static List<String> sortedLines(Path f) throws IOException {
    return Files.readAllLines(f).stream().sorted().toList();
  }
}
