package org.entente.store.duckdb;

import java.util.ArrayList;
import java.util.List;

/**
 * A GroupCommit collects coded articles and saves them to a {@link DuckDbEventStore} several at a
 * time, one transaction per group ({@link DuckDbEventStore#saveAll}). A commit syncs the write-ahead log
 * and costs far more than the rows it writes: one transaction per article took a quarter of a coding
 * run's time.
 *
 * <p>A group is written when it holds {@code maxArticles}, when its oldest article has waited
 * {@code maxWaitMillis} (checked as articles arrive), and on {@link #flush} and {@link #close}. A run
 * killed before a group is written loses that group only; since the store keeps each article's content
 * hash, the same command started again codes exactly those articles again. Not thread-safe: one writer.
 */
public final class GroupCommit implements AutoCloseable {

  /** Defaults for a coding run: a second of work at most is lost to a kill, and a group stays small in memory. */
  public static final int MAX_ARTICLES = 500;
  public static final long MAX_WAIT_MILLIS = 1000;

  private final DuckDbEventStore store;
  private final int maxArticles;
  private final long maxWaitNanos;
  private final List<DuckDbEventStore.Coded> pending = new ArrayList<>();
  private long oldest;
  private long saved;

  public GroupCommit(DuckDbEventStore store) {
    this(store, MAX_ARTICLES, MAX_WAIT_MILLIS);
  }

  public GroupCommit(DuckDbEventStore store, int maxArticles, long maxWaitMillis) {
    this.store = store;
    this.maxArticles = Math.max(1, maxArticles);
    this.maxWaitNanos = maxWaitMillis * 1_000_000L;
  }

  /** Adds an article to the group, and writes the group when it is full or old enough. */
  public void add(DuckDbEventStore.Coded article) {
    long now = System.nanoTime();
    if (pending.isEmpty()) {
      oldest = now;
    }
    pending.add(article);
    if (pending.size() >= maxArticles || now - oldest >= maxWaitNanos) {
      flush();
    }
  }

  /** Writes the articles collected so far in one transaction. */
  public void flush() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      store.saveAll(pending);
      saved += pending.size();
    } finally {
      pending.clear(); // a group that failed is not tried again
    }
  }

  /** How many articles have been written (committed) so far. */
  public long saved() {
    return saved;
  }

  @Override
  public void close() {
    flush();
  }
}
