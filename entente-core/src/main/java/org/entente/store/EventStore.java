package org.entente.store;

import java.util.List;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.relations.DyadQuery;
import org.entente.relations.DyadRow;

/**
 * An EventStore keeps articles and their events.
 *
 * <p>{@link #save} is atomic per article and replaces the events an article had before, so coding the
 * same article again never duplicates its events. Implementations document their thread-safety.
 */
public interface EventStore extends AutoCloseable {

  void save(Article article, List<Event> events);

  /** Dyad figures per interval, directed unless the query says otherwise, ordered by period and dyad. */
  List<DyadRow> dyads(DyadQuery query);

  long articleCount();

  long eventCount();

  @Override
  void close();
}
