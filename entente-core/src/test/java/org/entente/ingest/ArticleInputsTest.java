package org.entente.ingest;

import static org.entente.ingest.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.entente.model.Article;
import org.entente.model.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsTest {

  @Test
  void detectsEachFormatFromContent() {
    assertEquals(List.of("a1", "a2"), ids(Collected.read("x.dat", utf8(Samples.JSONL))));
    assertEquals(List.of("doc"), ids(Collected.read("x.dat", utf8(Samples.TEXT))));
    assertEquals(List.of("doc"), ids(Collected.read("x.dat", utf8(Samples.HTML))));
    assertEquals(List.of("https://example.org/a", "https://example.org/b"), ids(Collected.read("x.dat", utf8(Samples.RSS))));
    assertEquals(List.of("urn:example:a"), ids(Collected.read("x.dat", utf8(Samples.ATOM))));
    assertEquals(List.of("https://example.org/k"),
        ids(Collected.read("x.dat", Samples.warc("https://example.org/k", "2023-05-07T01:02:03Z", Samples.HTML, false))));
  }

  @Test
  void readsGzipOfEveryFormat() {
    for (String s : List.of(Samples.JSONL, Samples.TEXT, Samples.HTML, Samples.RSS, Samples.ATOM)) {
      Collected plain = Collected.read("x", utf8(s));
      Collected zipped = Collected.read("x.gz", Samples.gzip(utf8(s)));
      assertEquals(ids(plain), ids(zipped));
      assertEquals(plain.articles.get(0).text(), zipped.articles.get(0).text());
    }
    byte[] warc = Samples.warc("https://example.org/k", "2023-05-07T01:02:03Z", Samples.HTML, false);
    assertEquals(List.of("https://example.org/k"), ids(Collected.read("w.warc.gz", Samples.gzip(warc))));
    byte[] perRecord = Samples.warc("https://example.org/k", "2023-05-07T01:02:03Z", Samples.HTML, true);
    assertEquals(List.of("https://example.org/k"), ids(Collected.read("w.warc.gz", perRecord)));
  }

  @Test
  void formatOverrideWins() {
    Collected asText = Collected.read("page.txt", utf8(Samples.HTML), InputFormat.TEXT);
    assertTrue(asText.articles.get(0).text().contains("<article>"));
    Collected asHtml = Collected.read("page.txt", utf8(Samples.HTML));
    assertTrue(!asHtml.articles.get(0).text().contains("<"));
  }

  @Test
  void binaryFileIsRejected() {
    byte[] b = new byte[300];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 7);
    }
    Collected c = Collected.read("photo.jpg", b);
    assertEquals(0, c.articles.size());
    assertEquals(1, c.problems.size());
    assertTrue(c.problemText().contains("photo.jpg: binary file"), c.problemText());
  }

  @Test
  void invalidUtf8LineIsRejectedAndTheNextLinesRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8("{\"id\": \"a\", \"date\": \"2023-01-01\", \"text\": \"Fine.\"}\n"));
    out.writeBytes(utf8("{\"id\": \"b\", \"date\": \"2023-01-01\", \"text\": \"Bad "));
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    out.writeBytes(utf8("\"}\n{\"id\": \"c\", \"date\": \"2023-01-01\", \"text\": \"Fine too.\"}\n"));
    Collected c = Collected.read("in.jsonl", out.toByteArray());
    assertEquals(List.of("a", "c"), ids(c));
    assertEquals("in.jsonl:2: not valid UTF-8; skipped", c.problems.get(0).toString());
  }

  @Test
  void invalidUtf8TextFileIsRejected() {
    byte[] b = utf8("Seoul \u00e9 ok " + Samples.BODY);
    b[6] = (byte) 0xFF;
    Collected c = Collected.read("a.txt", b);
    assertEquals(0, c.articles.size());
    assertTrue(c.problemText().contains("a.txt: not valid UTF-8"), c.problemText());
  }

  @Test
  void malformedJsonAndEmptyArticlesAreRejectedByLine() {
    String in = "{\"id\": \"a\", \"date\": \"2023-01-01\", \"text\": \"Fine.\"}\n{\"id\": \"b\", \"text\n"
        + "{\"id\": \"c\", \"date\": \"2023-01-01\", \"text\": \"  \"}\n";
    Collected c = Collected.read("in.jsonl", utf8(in));
    assertEquals(List.of("a"), ids(c));
    assertTrue(c.problems.get(0).toString().startsWith("in.jsonl:2: malformed JSON"), c.problemText());
    assertEquals("in.jsonl:3: article c has no text", c.problems.get(1).toString());
    Collected empty = Collected.read("e.txt", utf8("Title: Nothing\nDate: 2023-01-01\n\n   \n"));
    assertEquals("e.txt: article has no text", empty.problems.get(0).toString());
    Collected zero = Collected.read("zero.jsonl", new byte[0]);
    assertEquals("zero.jsonl: empty file; skipped", zero.problems.get(0).toString());
  }

  @Test
  void aLineOf200MegabytesIsSkippedWithoutHoldingIt() {
    long size = 200L * 1024 * 1024;
    byte[] prefix = utf8("{\"id\": \"huge\", \"date\": \"2023-01-01\", \"text\": \"");
    byte[] suffix = utf8("\"}\n{\"id\": \"after\", \"date\": \"2023-01-01\", \"text\": \"Still read.\"}\n");
    InputStream in = new InputStream() {
      long pos;

      @Override
      public int read() {
        byte[] b = new byte[1];
        return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        long total = prefix.length + size + suffix.length;
        if (pos >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - pos);
        for (int i = 0; i < n; i++, pos++) {
          b[off + i] = pos < prefix.length ? prefix[(int) pos]
              : pos < prefix.length + size ? (byte) 'x' : suffix[(int) (pos - prefix.length - size)];
        }
        return n;
      }
    };
    Collected c = new Collected();
    ArticleInputs.readStream("big.jsonl", "big", in, null, c);
    assertEquals(List.of("after"), ids(c));
    assertTrue(c.problems.get(0).toString().startsWith("big.jsonl:1: line longer than"), c.problemText());
  }

  @Test
  void truncatedGzipKeepsWhatWasReadAndSaysSo() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("{\"id\": \"a").append(i).append("\", \"date\": \"2023-01-01\", \"text\": \"Article number ")
          .append(i * 7919L % 10007).append(" text.\"}\n");
    }
    byte[] gz = Samples.gzip(utf8(sb.toString()));
    Collected c = Collected.read("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    assertTrue(c.articles.size() > 100 && c.articles.size() < 2000, "read " + c.articles.size());
    assertEquals(1, c.problems.size());
    assertTrue(c.problemText().contains("cut.jsonl.gz: truncated or corrupt gzip"), c.problemText());
  }

  @Test
  void unknownDateIsAWarningNotARejection() {
    Collected c = Collected.read("n.txt", utf8("Kishida met Yoon in Seoul to talk about the future of relations."));
    assertEquals(1, c.articles.size());
    assertEquals(DatePrecision.UNKNOWN, c.articles.get(0).datePrecision());
    assertTrue(c.warnings.get(0).toString().startsWith("n.txt: no publication date"));
  }

  @Test
  void foldersAreWalkedInNameOrderWithIdsFromFileNames(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("b-page.html.gz"), Samples.gzip(utf8(Samples.HTML)));
    Files.writeString(dir.resolve("a-note.txt"), Samples.TEXT);
    Files.writeString(dir.resolve("ignored.png"), "not read");
    Collected c = new Collected();
    ArticleInputs.read(List.of(dir.toString()), null, InputStream.nullInputStream(), c);
    assertEquals(List.of("a-note", "b-page"), ids(c));
    Article page = c.articles.get(1);
    assertEquals(LocalDate.of(2023, 5, 7), page.date());
    assertEquals("Kishida arrives in Seoul", page.title());
  }

  private static List<String> ids(Collected c) {
    return c.articles.stream().map(Article::id).toList();
  }
}
