package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Function;
import org.entente.model.Article;
import org.entente.model.Problem;

/**
 * A DuplicateFilter stands between the readers and the coder and decides, by {@link ContentHash},
 * what each article is: new (coded), unchanged since it was stored (skipped, which makes re-runs and
 * restarts after a crash idempotent), changed since it was stored (coded again, replacing its
 * events, with a warning), or a second article of this run under an id already used.
 *
 * <p>A repeated id with the same content in one run is passed over silently (a feed read twice); with
 * different content it is rejected, because two texts cannot both own one id's events. Not
 * thread-safe: readers call it from one thread.
 *
 * <p>It remembers every article id of the run, so its memory must stay small on a million-article
 * input: per id it keeps a 64-bit fingerprint of the id, 32 bits of the content hash and the number
 * of the article's origin in an {@link OriginLog}, in a {@link FingerprintTable} (no object per
 * article; some 25–45 bytes, plus a few for the origin, instead of the ~250 of a map of strings).
 * Two different ids would have to share a 64-bit fingerprint for the second to be taken for a
 * repeat (about one chance in 37 million in a run of a million articles); two texts would have to
 * share 32 bits of hash for a conflicting id to pass as a repeat, which skips the article all the
 * same and only loses the message.
 */
public final class DuplicateFilter implements ArticleSink {

  /** Told about articles that are passed over because the store already has them unchanged. */
  public interface SkipListener {
    void unchanged(Article article);
  }

  /** An absent entry; stored values never have 0 in their low half (origin number + 1). */
  private static final long ABSENT = 0L;
  /** Low half of an entry whose origin was not logged (past four billion articles). */
  private static final long UNLOGGED = 0xFFFF_FFFFL;

  private final ArticleSink next;
  private final Function<String, Optional<String>> storedHash;
  private final SkipListener skipped;
  private final FingerprintTable seen = new FingerprintTable();
  private final OriginLog origins = new OriginLog();
  private final MessageDigest sha256 = sha256();

  /**
   * @param storedHash the content hash stored for an article id, if any (e.g. a database lookup)
   */
  public DuplicateFilter(ArticleSink next, Function<String, Optional<String>> storedHash, SkipListener skipped) {
    this.next = next;
    this.storedHash = storedHash;
    this.skipped = skipped;
  }

  @Override
  public void article(Article article) {
    String hash = ContentHash.of(article);
    long id = fingerprint(article.id());
    long content = Long.parseLong(hash, 0, 8, 16);
    long first = seen.get(id, ABSENT);
    if (first != ABSENT) {
      if (first >>> 32 != content) {
        long origin = first & UNLOGGED;
        next.problem(new Problem(where(article), "duplicate id " + article.id() + " with different text (first read "
            + (origin == UNLOGGED ? "earlier in this run" : "at " + origins.get(origin - 1)) + "); skipped"));
      }
      return;
    }
    long origin = origins.count() < UNLOGGED - 1 ? origins.add(article.origin()) + 1 : UNLOGGED;
    seen.put(id, content << 32 | origin);
    Optional<String> stored = storedHash.apply(article.id());
    if (stored.isPresent() && stored.get().equals(hash)) {
      skipped.unchanged(article);
      return;
    }
    if (stored.isPresent()) {
      next.warning(new Problem(where(article), "article " + article.id()
          + " differs from the version in the database; coded again, its events replaced"));
    }
    next.article(article);
  }

  /** The first 64 bits of the id's SHA-256: well mixed, as the table needs. */
  private long fingerprint(String id) {
    return ByteBuffer.wrap(sha256.digest(id.getBytes(StandardCharsets.UTF_8))).getLong();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Bytes held for the ids of the run (for tests and benchmarks). */
  long bytes() {
    return seen.bytes() + origins.bytes();
  }

  private static String where(Article a) {
    return a.origin().isEmpty() ? a.id() : a.origin();
  }

  @Override
  public void problem(Problem problem) {
    next.problem(problem);
  }

  @Override
  public void warning(Problem problem) {
    next.warning(problem);
  }
}
