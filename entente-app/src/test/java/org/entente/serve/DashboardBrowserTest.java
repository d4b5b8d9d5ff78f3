package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.cli.Main;
import org.entente.relations.Interval;
import org.entente.store.duckdb.DuckDbEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the dashboard in headless Debian Chromium (src/test/browser/dashboard.test.mjs, playwright-core)
 * against a server this test starts on loopback. Skipped only when node or /usr/bin/chromium is absent.
 * Screenshots go to target/dashboard-*.png.
 */
class DashboardBrowserTest {

  static final Path BROWSER_DIR = Path.of("src/test/browser").toAbsolutePath();
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  Path dir;

  @BeforeAll
  static void needNodeAndChromium() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " (apt-get install -y chromium)");
    assumeTrue(succeeds(List.of("node", "--version")), "no node on the PATH");
    if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))) {
      assertTrue(succeeds(List.of("npm", "ci", "--no-audit", "--no-fund")), "npm ci in " + BROWSER_DIR + " failed");
    }
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).directory(BROWSER_DIR.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A stand-in for the change-point results that are not wired yet: one fixed turning point. */
  static final class FixedRelationsView implements RelationsView {
    private final RelationsView states;

    FixedRelationsView(RelationsView states) {
      this.states = states;
    }

    @Override
    public Shifts shifts(String a, String b, Interval interval, LocalDate from, LocalDate toExclusive) {
      return new Shifts(List.of(new Shift("2023-05", a, b, "improvement", -1.5, 1.9, 0.001, 6, 6, "cool", "warm",
          List.of(new Driver("kyodo-2023-05-07:0:0", "kyodo-2023-05-07", "2023-05-07", "JPNGOV", "KORGOV", "040", 1.0,
              SampleStore.MEET, 1)))), "fixed", "test");
    }

    @Override
    public States states(LocalDate from, LocalDate toExclusive) {
      return states.states(from, toExclusive);
    }
  }

  private static int shiftsReported(int port, String dyad) throws Exception {
    var client = java.net.http.HttpClient.newHttpClient();
    var request = java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + port + "/api/shifts?interval=month&dyad=" + dyad)).build();
    String body = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("shifts").size();
  }

  private static String runBrowser(int port, String dyad, int expectShifts, Path screenshot) throws Exception {
    return runBrowser(port, dyad, expectShifts, screenshot, null, null);
  }

  private static String runBrowser(int port, String dyad, int expectShifts, Path screenshot, String from, String to)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder("node", "dashboard.test.mjs").directory(BROWSER_DIR.toFile())
        .redirectErrorStream(true);
    pb.environment().put("BASE_URL", "http://127.0.0.1:" + port);
    pb.environment().put("DYAD", dyad);
    pb.environment().put("EXPECT_SHIFTS", Integer.toString(expectShifts));
    pb.environment().put("SCREENSHOT", screenshot.toAbsolutePath().toString());
    if (from != null) {
      pb.environment().put("FROM", from);
      pb.environment().put("TO", to);
      pb.environment().put("SKIP_PERIOD_CLICK", "1");
    }
    Process p = pb.start();
    boolean done = p.waitFor(3, TimeUnit.MINUTES);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      p.destroyForcibly();
    }
    assertTrue(done, "the browser test did not finish in 3 minutes: " + out);
    assertEquals(0, p.exitValue(), out);
    assertTrue(Files.size(screenshot) > 10_000, "a screenshot was saved");
    return out;
  }

  @Test
  void turningPointsAreMarkedWhenTheRelationsViewHasThem() throws Exception {
    DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("hand.duckdb").toString());
    SampleStore.fill(store);
    try (EntenteServer server = EntenteServer.start(store, new ArticleIntake(null, null),
        new FixedRelationsView(new GoldsteinRelationsView(store)), 0)) {
      String out = runBrowser(server.port(), "KOR-JPN", 1, Path.of("target/dashboard-shifts.png"));
      assertTrue(out.contains("\"shifts\":1"), out);
      assertTrue(out.contains("\"driverOpened\":\"kyodo-2023-05-07:0:0\""), "a click on a driving event opens it: " + out);
    }
  }

  /** The sample corpus coded by {@code entente demo} (CoreNLP), or the database named by -Dentente.sampleDb. */
  @Test
  @Tag("slow")
  void dashboardOnTheSampleDatabase() throws Exception {
    String db = System.getProperty("entente.sampleDb");
    if (db == null) {
      db = dir.resolve("sample.duckdb").toString();
      assertEquals(0, Main.run("demo", "--db", db, "--threads", "1"));
    }
    try (EntenteServer server = EntenteServer.start(new ServerConfig(db, 0, null))) {
      // The chart must mark every turning point the API reports; the corpus has at least the late-2025 one.
      int expected = shiftsReported(server.port(), "JPN-CHN&from=2023-01&to=2026-12");
      assertTrue(expected >= 1, "the sample corpus has a China–Japan turning point");
      String out = runBrowser(server.port(), "JPN-CHN", expected, Path.of("target/dashboard-sample.png"), "2023-01", "2026-12");
      assertTrue(out.contains("\"ok\":true"), out);
    }
  }
}
