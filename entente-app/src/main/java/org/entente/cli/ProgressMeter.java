package org.entente.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.entente.ingest.ReadProgress;

/**
 * A ProgressMeter shows how a coding run is going: on a terminal a bar redrawn in place (articles,
 * articles/s, share of input read, ETA); elsewhere a plain log line now and then, which log files and
 * CI output can keep. The log interval is 10 s, or {@code -Dentente.progress.seconds=N}.
 *
 * <p>Called from the single thread that receives coded articles.
 */
final class ProgressMeter {

  private static final int WIDTH = 30;

  private final PrintStream err;
  private final ReadProgress read;
  private final boolean terminal;
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private long last = start;
  private boolean drawn;

  ProgressMeter(PrintStream err, ReadProgress read, boolean terminal) {
    this.err = err;
    this.read = read;
    this.terminal = terminal;
    long seconds = Long.getLong("entente.progress.seconds", terminal ? 0 : 10);
    this.intervalNanos = terminal ? 250_000_000L : Math.max(1, seconds) * 1_000_000_000L;
  }

  /** Whether this process writes to a terminal (a console with no redirection). */
  static boolean onTerminal() {
    return System.console() != null;
  }

  void update(long articles, long skipped) {
    long now = System.nanoTime();
    if (now - last < intervalNanos) {
      return;
    }
    last = now;
    String line = line(articles, skipped, now);
    if (terminal) {
      err.print("\r" + line);
      drawn = true;
    } else {
      err.println("progress: " + line);
    }
    err.flush();
  }

  /** Clears the bar before another message is printed, so messages do not run into it. */
  void clear() {
    if (terminal && drawn) {
      err.print("\r" + " ".repeat(WIDTH + 80) + "\r");
      drawn = false;
    }
  }

  String line(long articles, long skipped, long now) {
    double secs = Math.max(1e-3, (now - start) / 1e9);
    double rate = articles / secs;
    double f = read.fraction();
    StringBuilder sb = new StringBuilder();
    if (terminal && f >= 0) {
      int filled = (int) Math.round(f * WIDTH);
      sb.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
    }
    sb.append(String.format(Locale.ROOT, "%d articles coded, %d unchanged skipped, %.1f articles/s", articles, skipped,
        rate));
    if (f > 0) {
      double eta = secs * (1 - f) / f;
      sb.append(String.format(Locale.ROOT, ", %.0f%% read, ETA %s", f * 100, duration(eta)));
    }
    return sb.toString();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
