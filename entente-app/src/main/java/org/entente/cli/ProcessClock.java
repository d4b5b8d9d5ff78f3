package org.entente.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and peak resident memory of this process, for the benchmark. On a shared machine CPU time
 * is the steadier measure of work: wall-clock time also counts the time other programs held the cores.
 */
final class ProcessClock {

  private ProcessClock() {}

  /** CPU time used by the whole process (all threads, garbage collection and native code), in nanoseconds. */
  static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** The largest resident set of the process so far (Linux: VmHWM), in bytes; 0 where unknown. */
  static long peakResidentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no figure
    }
    return 0;
  }
}
