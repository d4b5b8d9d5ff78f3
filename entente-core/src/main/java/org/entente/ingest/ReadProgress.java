package org.entente.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ReadProgress counts the bytes read from input files against their total size, so that a long run
 * can estimate how much is left. Compressed files count compressed bytes; standard input has no size.
 *
 * <p>Thread-safe: the count is read by a progress display while a reader adds to it.
 */
public final class ReadProgress {

  private final long total;
  private final AtomicLong read = new AtomicLong();

  private ReadProgress(long total) {
    this.total = total;
  }

  /** Progress over the files the paths name (folders walked as {@link ArticleInputs} walks them). */
  public static ReadProgress of(List<String> paths) {
    long total = 0;
    for (String p : paths) {
      Path path = Path.of(p);
      try {
        if (Files.isDirectory(path)) {
          for (Path f : ArticleInputs.walk(path, new ArticleSink() {
            @Override
            public void article(org.entente.model.Article a) {}

            @Override
            public void problem(org.entente.model.Problem p) {}
          })) {
            total += Files.size(f);
          }
        } else if (Files.isRegularFile(path)) {
          total += Files.size(path);
        }
      } catch (IOException e) {
        // a file that cannot be measured will be reported when it is read; the estimate just ignores it
      }
    }
    return new ReadProgress(total);
  }

  /** No progress counting (tests, the HTTP API). */
  public static ReadProgress none() {
    return new ReadProgress(0);
  }

  public long totalBytes() {
    return total;
  }

  public long readBytes() {
    return read.get();
  }

  /** The fraction read, 0–1, or -1 when the total is unknown. */
  public double fraction() {
    return total <= 0 ? -1 : Math.min(1.0, read.get() / (double) total);
  }

  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          read.incrementAndGet();
        }
        return c;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          read.addAndGet(n);
        }
        return n;
      }
    };
  }
}
