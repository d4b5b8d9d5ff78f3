package org.entente.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorDictionaryReader;
import org.entente.actors.PetrarchDictionaryReader;
import org.entente.coding.CameoTable;
import org.entente.coding.PatternSet;
import org.entente.model.Problem;

/**
 * The dictionaries a pipeline codes with: actors (with people and role words), event patterns and the
 * CAMEO table. Immutable and thread-safe; load once and share.
 *
 * <p>The bundled set is the {@code dictionaries/} folder of the repository, packaged as class-path
 * resources and listed in {@code dictionaries/bundled.txt}. Extra files given by the user extend it.
 */
public record Dictionaries(ActorDictionary actors, PatternSet patterns, CameoTable cameo) {

  private static final String ROOT = "/dictionaries/";

  /** The bundled dictionaries, extended by the user's actor and pattern files (in order). */
  public static Dictionaries load(List<Path> extraActors, List<Path> extraPatterns, Consumer<Problem> problems) {
    return load(extraActors, extraPatterns, true, problems);
  }

  /**
   * As {@link #load(List, List, Consumer)}; without {@code bundledActors} only the user's actor files
   * are read (the bundled patterns and CAMEO table still are), to run a suite written for its own
   * actor dictionaries, such as PETRARCH's validation records.
   */
  public static Dictionaries load(List<Path> extraActors, List<Path> extraPatterns, boolean bundledActors,
      Consumer<Problem> problems) {
    try {
      List<String> bundled = bundledFiles();
      CameoTable cameo;
      try (Reader r = resource("cameo-codes.tsv")) {
        cameo = CameoTable.read("dictionaries/cameo-codes.tsv", r, problems);
      }
      ActorDictionary.Builder actors = ActorDictionary.builder();
      ActorDictionaryReader actorReader = new ActorDictionaryReader(actors, problems);
      PatternSet.Builder patterns = PatternSet.builder(cameo, problems);
      for (String file : bundled) {
        try (Reader r = resource(file)) {
          if (file.startsWith("actors/")) {
            if (!bundledActors) {
              continue;
            }
            actorReader.read("dictionaries/" + file, r);
          } else if (file.startsWith("verbs/stances")) {
            patterns.readStances("dictionaries/" + file, r);
          } else if (file.startsWith("verbs/act-nouns")) {
            patterns.readActNouns("dictionaries/" + file, r);
          } else if (file.startsWith("verbs/reciprocal")) {
            patterns.readAnswers("dictionaries/" + file, r);
          } else if (file.startsWith("verbs/")) {
            patterns.read("dictionaries/" + file, r);
          }
        }
      }
      PetrarchDictionaryReader petrarch = new PetrarchDictionaryReader(actors, problems);
      for (Path p : extraActors) {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          if (PetrarchDictionaryReader.isPetrarchFile(p.toString())) {
            petrarch.read(p.toString(), r);
          } else {
            actorReader.read(p.toString(), r);
          }
        }
      }
      for (Path p : extraPatterns) {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          patterns.read(p.toString(), r);
        }
      }
      return new Dictionaries(actors.build(), patterns.build(), cameo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled dictionaries only. */
  public static Dictionaries bundled(Consumer<Problem> problems) {
    return load(List.of(), List.of(), problems);
  }

  static List<String> bundledFiles() throws IOException {
    List<String> files = new ArrayList<>();
    try (Reader r = resource("bundled.txt")) {
      for (String line : new java.io.BufferedReader(r).lines().toList()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          files.add(l);
        }
      }
    }
    return files;
  }

  static Reader resource(String file) throws IOException {
    InputStream in = Dictionaries.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new IOException("bundled dictionary missing from the class path: dictionaries/" + file);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
