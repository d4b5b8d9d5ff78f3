package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.eval.GoldSet;

/**
 * The records of a single-sentence suite that cannot fairly be met by a coder that parses the text
 * itself: those the suite flags as depending on its own (sometimes hand-edited or malformed) parse
 * trees, the end-of-suite marker, codes no dictionary entry can produce, and the records listed in a
 * {@code --leave-out} file ({@code ID<TAB>reason}, {@code #} comments), each with its reason.
 */
final class LeftOut {

  /** Suite flags (see the suite's README) that make a record depend on something other than its text. */
  private static final Set<String> FLAGS = Set.of("parse-sensitive", "parse-input-error", "sentinel", "discard-code");

  private LeftOut() {}

  static Map<String, String> of(GoldSet set, Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < set.articles().size(); i++) {
      for (String f : set.flagsOfRecords().get(i)) {
        if (FLAGS.contains(f)) {
          out.putIfAbsent(set.articles().get(i).id(), "flag " + f);
        }
      }
    }
    if (file != null) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] cols = l.split("\t", 2);
        out.putIfAbsent(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "");
      }
    }
    return out;
  }
}
