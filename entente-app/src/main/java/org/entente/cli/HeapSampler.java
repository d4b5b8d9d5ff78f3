package org.entente.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * A HeapSampler records the largest used heap seen while it runs, sampling every 20 ms on a daemon
 * thread. Used heap includes garbage not yet collected, so the figure is what the JVM needed to hold,
 * an upper bound on the live data.
 */
final class HeapSampler implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
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

  /** The largest used heap seen so far, in bytes. */
  long peakBytes() {
    sample();
    return peak;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
