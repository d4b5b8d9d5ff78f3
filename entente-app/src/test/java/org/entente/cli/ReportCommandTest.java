package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report opens in headless Chromium: it loads, its charts render, no console errors. */
class ReportCommandTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path tmp;

  private Path database() throws Exception {
    Path db = tmp.resolve("r.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(db.toString()); Statement st = store.connection().createStatement()) {
      String[][] rows = {
          {"2024-03-02", "CHN", "JPN", "040", "1", "1.0"}, {"2024-06-02", "JPN", "CHN", "036", "1", "4.0"},
          {"2024-09-02", "CHN", "JPN", "057", "2", "8.0"}, {"2025-02-02", "JPN", "CHN", "040", "1", "1.0"},
          {"2025-11-02", "CHN", "JPN", "112", "3", "-2.0"}, {"2025-12-02", "CHN", "JPN", "172", "4", "-5.0"},
          {"2026-01-02", "JPN", "CHN", "111", "3", "-2.0"}, {"2024-05-02", "JPN", "KOR", "040", "1", "1.0"},
          {"2024-07-02", "KOR", "JPN", "036", "1", "4.0"}, {"2024-08-02", "KOR", "JPN", "040", "1", "1.0"},
          {"2025-04-02", "JPN", "KOR", "057", "2", "8.0"}};
      for (int i = 0; i < rows.length; i++) {
        String[] r = rows[i];
        st.execute(String.format("INSERT INTO events (id, doc, date, source_country, target_country, code, root,"
            + " quad_class, goldstein, negated, hypothetical, sentence) VALUES ('d%d:0:0', 'd%d', DATE '%s', '%s',"
            + " '%s', '%s', '%s', %s, %s, false, false, 'Sentence <%d> of the test.')", i, i, r[0], r[1], r[2], r[3],
            r[3].substring(0, 2), r[4], r[5], i));
      }
    }
    return db;
  }

  @Test
  void writesASelfContainedPage() throws Exception {
    Path out = tmp.resolve("report.html");
    assertEquals(0, Main.run("report", "--db", database().toString(), "--out", out.toString(), "--min-events", "3"));
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.contains("<svg class=\"network\""));
    assertEquals(2, html.split("<svg class=\"chart\"", -1).length - 1, "one chart per dyad");
    assertTrue(html.contains(">hostile<") && html.contains(">close<"), "state legend");
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no network resources");
  }

  @Test
  void rendersInHeadlessChromium() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "needs /usr/bin/chromium (apt-get install -y chromium)");
    Path out = tmp.resolve("report.html");
    assertEquals(0, Main.run("report", "--db", database().toString(), "--out", out.toString(), "--min-events", "3"));
    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    String url = out.toUri().toString();
    Run dom = chromium("--dump-dom", url);
    assertTrue(dom.out.contains("data-charts=\"3\""), "script ran and counted 3 SVGs: " + dom.out.length());
    assertTrue(dom.out.contains("<circle"), "the charts have marks");
    Run shotRun = chromium("--screenshot=" + shot, "--window-size=1000,1400", url);
    assertTrue(Files.size(shot) > 10_000, "screenshot written: " + shotRun.err);
    for (Run r : List.of(dom, shotRun)) {
      assertFalse(r.err.contains("Uncaught") || r.err.matches("(?s).*CONSOLE\\(\\d+\\).*"), "console errors: " + r.err);
    }
  }

  private record Run(String out, String err) {}

  private Run chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory(tmp, "chromium");
    List<String> cmd = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path o = tmp.resolve("chromium.out");
    Path e = tmp.resolve("chromium.err");
    Process p = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile()).start();
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
    return new Run(Files.readString(o), Files.readString(e));
  }
}
