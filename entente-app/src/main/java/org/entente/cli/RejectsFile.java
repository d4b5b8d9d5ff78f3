package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.model.Problem;

/**
 * The rejects file of a coding run: one JSON object per line for each input that was skipped
 * ({@code "action": "skipped"}) or kept with a doubt ({@code "action": "kept"}), with its location
 * (file:line or file#record) and the reason. Rewritten by every run, so it describes the last one.
 */
final class RejectsFile implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path path;
  private final BufferedWriter out;

  RejectsFile(Path path) throws IOException {
    this.path = path;
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }

  /** Where the rejects go when not told: next to the events file, else next to the database. */
  static Path defaultFor(Path out, String db) {
    Path base = out != null && !out.toString().equals("-") ? out : db != null && !db.equals(":memory:") ? Path.of(db)
        : null;
    Path dir = base == null ? null : base.toAbsolutePath().getParent();
    return dir == null ? Path.of("rejects.jsonl") : dir.resolve("rejects.jsonl");
  }

  Path path() {
    return path;
  }

  void skipped(Problem p) {
    write(p, "skipped");
  }

  void kept(Problem p) {
    write(p, "kept");
  }

  private void write(Problem p, String action) {
    ObjectNode o = JSON.createObjectNode();
    o.put("location", p.location());
    o.put("reason", p.message());
    o.put("action", action);
    try {
      out.write(o.toString());
      out.write('\n');
      // flushed at once: a run killed later must still say what it rejected
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
