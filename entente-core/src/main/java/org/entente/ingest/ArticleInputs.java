package org.entente.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.model.Problem;

/**
 * Reads articles from the paths a user gives: files, folders (recursively; {@code .jsonl},
 * {@code .json}, {@code .ndjson} and {@code .txt} files, in name order) and {@code -} for standard
 * input. JSON Lines are streamed; a text file is one article whose id is its file name.
 */
public final class ArticleInputs {

  /** Text articles larger than this are rejected: they are not news articles. */
  static final long MAX_TEXT_BYTES = 5L * 1024 * 1024;

  private ArticleInputs() {}

  public static void read(List<String> paths, InputStream stdin, ArticleSink sink) {
    for (String p : paths) {
      if (p.equals("-")) {
        try {
          JsonLinesReader.read("<stdin>", new BufferedReader(new InputStreamReader(stdin, decoder())), sink);
        } catch (IOException e) {
          sink.problem(new Problem("<stdin>", "cannot read: " + e.getMessage()));
        }
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        for (Path f : walk(path, sink)) {
          readFile(f, sink);
        }
      } else if (Files.isRegularFile(path)) {
        readFile(path, sink);
      } else {
        sink.problem(new Problem(p, "no such file or folder"));
      }
    }
  }

  private static List<Path> walk(Path dir, ArticleSink sink) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).sorted().forEach(out::add);
    } catch (IOException e) {
      sink.problem(new Problem(dir.toString(), "cannot list folder: " + e.getMessage()));
    }
    return out;
  }

  static boolean isArticleFile(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".txt");
  }

  static void readFile(Path f, ArticleSink sink) {
    String name = f.toString();
    try {
      if (looksLikeJsonLines(f)) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(f), decoder()))) {
          JsonLinesReader.read(name, r, sink);
        }
        return;
      }
      long size = Files.size(f);
      if (size > MAX_TEXT_BYTES) {
        sink.problem(new Problem(name, "text file of " + size + " bytes is too large for one article; skipped"));
        return;
      }
      byte[] bytes = Files.readAllBytes(f);
      if (isBinary(bytes)) {
        sink.problem(new Problem(name, "binary file, not text; skipped"));
        return;
      }
      String content;
      try {
        content = decoder().decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        sink.problem(new Problem(name, "not valid UTF-8 text; skipped"));
        return;
      }
      String id = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      TextArticleReader.read(name, id, content, sink);
    } catch (CharacterCodingException e) {
      sink.problem(new Problem(name, "not valid UTF-8 text: " + e.getMessage()));
    } catch (IOException e) {
      sink.problem(new Problem(name, "cannot read: " + e.getMessage()));
    }
  }

  /** JSON Lines by extension, or a .json file whose first non-blank character opens an object. */
  private static boolean looksLikeJsonLines(Path f) throws IOException {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return true;
    }
    try (InputStream in = Files.newInputStream(f)) {
      byte[] head = in.readNBytes(64);
      for (byte b : head) {
        if (!Character.isWhitespace(b)) {
          return b == '{';
        }
      }
    }
    return false;
  }

  static boolean isBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Reads a JSON Lines text given in memory (for tests and the HTTP API). */
  public static void readJsonLines(String name, String content, ArticleSink sink) {
    try {
      JsonLinesReader.read(name, new BufferedReader(new InputStreamReader(
          new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)), sink);
    } catch (IOException e) {
      sink.problem(new Problem(name, "cannot read: " + e.getMessage()));
    }
  }
}
