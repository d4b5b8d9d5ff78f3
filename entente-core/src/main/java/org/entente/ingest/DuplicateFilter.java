package org.entente.ingest;

import java.util.HashMap;
import java.util.Map;
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
 * thread-safe: readers call it from one thread. Keeps one entry per article id of the run.
 */
public final class DuplicateFilter implements ArticleSink {

  /** Told about articles that are passed over because the store already has them unchanged. */
  public interface SkipListener {
    void unchanged(Article article);
  }

  private final ArticleSink next;
  private final Function<String, Optional<String>> storedHash;
  private final SkipListener skipped;
  private final Map<String, Seen> seen = new HashMap<>();

  private record Seen(String hash, String origin) {}

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
    Seen first = seen.putIfAbsent(article.id(), new Seen(hash, article.origin()));
    if (first != null) {
      if (!first.hash().equals(hash)) {
        next.problem(new Problem(where(article), "duplicate id " + article.id() + " with different text (first read at "
            + first.origin() + "); skipped"));
      }
      return;
    }
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
