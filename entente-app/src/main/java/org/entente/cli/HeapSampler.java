package org.entente.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * A HeapSampler records, while it runs, the largest used heap (sampled every 20 ms on a daemon thread)
 * and the largest heap left after a garbage collection. Used heap includes garbage not yet collected,
 * so it mostly shows how far the JVM let the heap fill; the heap after a collection is close to the
 * data the program really holds, the figure to watch for growth with the input.
 */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener afterGc = this::collected;
  private final Set<String> heapPools = new HashSet<>();
  private volatile boolean running = true;
  private volatile long peak;
  private volatile long peakAfterGc;

  HeapSampler() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(afterGc, null, null);
        emitters.add(e);
      }
    }
    thread = new Thread(this::loop, "entente-heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    if (used > peak) {
      peak = used;
    }
  }

  private void collected(Notification n, Object handback) {
    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(e.getKey())) { // the map has the non-heap pools (metaspace, code) too
        used += e.getValue().getUsed();
      }
    }
    synchronized (this) {
      if (used > peakAfterGc) {
        peakAfterGc = used;
      }
    }
  }

  /** The largest used heap seen so far, in bytes. */
  long peakBytes() {
    sample();
    return peak;
  }

  /** The largest heap left in use after a garbage collection so far, in bytes (0 if none ran). */
  long peakAfterGcBytes() {
    return peakAfterGc;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(afterGc);
      } catch (ListenerNotFoundException ignored) {
        // already gone
      }
    }
  }
}
