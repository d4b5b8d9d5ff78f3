package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente serve} is a registered command, and a missing database is a clear error, not a new file. */
class ServeCommandTest {

  @TempDir
  Path dir;

  @Test
  void serveWithoutADatabaseSaysSoAndCreatesNothing() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = Main.run("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");
    } finally {
      System.setErr(err);
    }
    assertEquals(1, status);
    assertTrue(captured.toString(StandardCharsets.UTF_8).contains("no database at"), captured.toString(StandardCharsets.UTF_8));
    assertFalse(dir.resolve("none.duckdb").toFile().exists());
  }
}
