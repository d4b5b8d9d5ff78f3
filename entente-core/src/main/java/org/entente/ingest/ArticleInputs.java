package org.entente.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.entente.model.Article;
import org.entente.model.Problem;

/**
 * Reads articles from the paths a user gives: files, folders (recursively, in name order) and
 * {@code -} for standard input, in any {@link InputFormat}, each optionally gzip-compressed.
 *
 * <p>The format is told from the content ({@link FormatSniffer}) unless the caller fixes it. JSON
 * Lines and WARC are streamed; a text, HTML or feed file is read whole up to a size cap. Every
 * problem is reported to the sink with its file and line or record, and reading goes on with the
 * next line, record or file; a file that yields neither an article nor a problem is reported too.
 */
public final class ArticleInputs {

  /** Text and HTML articles larger than this are rejected: they are not news articles. */
  static final int MAX_TEXT_BYTES = 5 * 1024 * 1024;
  /** Feeds larger than this are rejected; a feed is read whole. */
  static final int MAX_FEED_BYTES = 64 * 1024 * 1024;

  private static final List<String> EXTENSIONS = List.of(".jsonl", ".json", ".ndjson", ".txt", ".text", ".html",
      ".htm", ".xhtml", ".xml", ".rss", ".atom", ".warc", ".gz");

  private ArticleInputs() {}

  public static void read(List<String> paths, InputStream stdin, ArticleSink sink) {
    read(paths, null, stdin, sink);
  }

  /** Reads every path; {@code format} null means detect each input's format from its content. */
  public static void read(List<String> paths, InputFormat format, InputStream stdin, ArticleSink sink) {
    read(paths, format, stdin, sink, ReadProgress.none());
  }

  /** As above, counting the bytes read from files into {@code progress}. */
  public static void read(List<String> paths, InputFormat format, InputStream stdin, ArticleSink sink,
      ReadProgress progress) {
    read(paths, format, stdin, sink, progress, Set.of());
  }

  /**
   * As above, passing over the files in {@code outputs} when walking folders: a run's own events,
   * rejects and database files may sit in the folder it reads, and must not be read back as input.
   */
  public static void read(List<String> paths, InputFormat format, InputStream stdin, ArticleSink sink,
      ReadProgress progress, Set<Path> outputs) {
    Set<Path> skip = new HashSet<>();
    outputs.forEach(o -> skip.add(o.toAbsolutePath().normalize()));
    for (String p : paths) {
      if (p.equals("-")) {
        readStream("<stdin>", "stdin", stdin, format, sink);
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        for (Path f : walk(path, sink)) {
          if (skip.contains(f.toAbsolutePath().normalize())) {
            continue;
          }
          readFile(f, format, sink, progress);
        }
      } else if (Files.isRegularFile(path)) {
        readFile(path, format, sink, progress);
      } else {
        sink.problem(new Problem(p, "no such file or folder"));
      }
    }
  }

  /** The files a folder holds that look like article inputs by name, in name order. */
  public static List<Path> walk(Path dir, ArticleSink sink) {
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
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  static void readFile(Path f, InputFormat format, ArticleSink sink, ReadProgress progress) {
    try (InputStream in = progress.counting(Files.newInputStream(f))) {
      readStream(f.toString(), idOf(f), in, format, sink);
    } catch (IOException e) {
      sink.problem(new Problem(f.toString(), "cannot read: " + e.getMessage()));
    }
  }

  /** The article id of a one-article file: its name without {@code .gz} and one more extension. */
  static String idOf(Path f) {
    String name = f.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    String id = name.replaceFirst("\\.[^.]+$", "");
    return id.isBlank() ? name : id;
  }

  /**
   * Reads one input stream of any format. {@code id} names the article when the input holds a single
   * one (text, HTML). Never throws: every failure becomes a problem.
   */
  public static void readStream(String name, String id, InputStream raw, InputFormat format, ArticleSink sink) {
    CountingSink counted = new CountingSink(sink);
    boolean gzip = false;
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      byte[] head = peek(in);
      if (head.length == 0) {
        counted.problem(new Problem(name, "empty file; skipped"));
        return;
      }
      if (FormatSniffer.isGzip(head)) {
        gzip = true;
        in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        head = peek(in);
      }
      Optional<InputFormat> sniffed = format != null ? Optional.of(format) : FormatSniffer.sniff(head);
      if (sniffed.isEmpty()) {
        counted.problem(new Problem(name, "binary file, not text; skipped"));
        return;
      }
      dispatch(name, id, in, sniffed.get(), counted);
    } catch (EOFException | ZipException e) {
      counted.problem(new Problem(name, (gzip ? "truncated or corrupt gzip" : "truncated input")
          + (counted.seen() ? " after what was read; rest skipped: " : "; skipped: ") + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      counted.problem(new Problem(name, "cannot read: " + e));
    }
    if (!counted.seen()) {
      sink.problem(new Problem(name, "no article in this input (empty?)"));
    }
  }

  private static void dispatch(String name, String id, InputStream in, InputFormat format, ArticleSink sink)
      throws IOException {
    switch (format) {
      case JSONL -> JsonLinesReader.read(name, in, sink);
      case WARC -> WarcArticleReader.read(name, in, sink);
      case FEED -> {
        byte[] xml = capped(name, in, MAX_FEED_BYTES, sink);
        if (xml != null) {
          FeedReader.read(name, xml, sink);
        }
      }
      case HTML -> {
        byte[] html = capped(name, in, MAX_TEXT_BYTES, sink);
        if (html != null) {
          HtmlArticleReader.read(name, id, html, null, null, sink);
        }
      }
      default -> text(name, id, in, sink);
    }
  }

  private static void text(String name, String id, InputStream in, ArticleSink sink) throws IOException {
    byte[] bytes = capped(name, in, MAX_TEXT_BYTES, sink);
    if (bytes == null) {
      return;
    }
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
    TextArticleReader.read(name, id, content, sink);
  }

  /** The whole input, or null (with a problem reported) when it is larger than {@code max} bytes. */
  private static byte[] capped(String name, InputStream in, int max, ArticleSink sink) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      sink.problem(new Problem(name, "larger than " + max + " bytes; too large for this format; skipped"));
      return null;
    }
    return bytes;
  }

  private static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(FormatSniffer.HEAD_BYTES + 1);
    byte[] head = in.readNBytes(FormatSniffer.HEAD_BYTES);
    in.reset();
    return head;
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

  /** Passes everything on and remembers whether anything was reported. */
  private static final class CountingSink implements ArticleSink {
    private final ArticleSink next;
    private boolean seen;

    CountingSink(ArticleSink next) {
      this.next = next;
    }

    boolean seen() {
      return seen;
    }

    @Override
    public void article(Article article) {
      seen = true;
      next.article(article);
    }

    @Override
    public void problem(Problem problem) {
      seen = true;
      next.problem(problem);
    }

    @Override
    public void warning(Problem problem) {
      seen = true;
      next.warning(problem);
    }
  }
}
