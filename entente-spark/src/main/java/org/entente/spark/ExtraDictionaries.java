package org.entente.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.entente.model.Problem;
import org.entente.pipeline.Dictionaries;

/**
 * The user's extra actor and pattern files ({@code --actors}, {@code --patterns}), read on the driver
 * from any Hadoop path and carried to the executors as text (a broadcast variable): executors need not
 * see the driver's file system, and a dictionary of a few MB travels once per executor.
 *
 * <p>On an executor they are written to a temporary folder under their own file names (the readers
 * tell a people or agents file, and a PETRARCH {@code .txt} file, by its name) and loaded after the
 * bundled dictionaries, in the given order, as {@code entente code --actors ... --patterns ...} does.
 */
record ExtraDictionaries(List<File> actors, List<File> patterns) implements Serializable {

  /** A dictionary file: where the user said it is, and its text. */
  record File(String path, String text) implements Serializable {
    String name() {
      return new org.apache.hadoop.fs.Path(path).getName();
    }
  }

  ExtraDictionaries {
    actors = List.copyOf(actors);
    patterns = List.copyOf(patterns);
  }

  /** Reads the files on the driver, with the job's Hadoop configuration (s3a://, hdfs://, file:...). */
  static ExtraDictionaries read(List<String> actors, List<String> patterns, Configuration conf) {
    return new ExtraDictionaries(read(actors, conf), read(patterns, conf));
  }

  private static List<File> read(List<String> paths, Configuration conf) {
    List<File> files = new ArrayList<>();
    for (String p : paths) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p);
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        files.add(new File(p, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read dictionary " + p + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  /** The bundled dictionaries extended by these files; problems name the user's paths. */
  Dictionaries load(Consumer<Problem> problems) {
    try {
      Path dir = Files.createTempDirectory("entente-dictionaries-");
      try {
        Map<String, String> userPaths = new LinkedHashMap<>();
        List<Path> a = write(dir.resolve("actors"), actors, userPaths);
        List<Path> p = write(dir.resolve("patterns"), patterns, userPaths);
        return Dictionaries.load(a, p, problem -> problems.accept(renamed(problem, userPaths)));
      } finally {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(f);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the extra dictionaries to a temporary folder", e);
    }
  }

  /** One folder per file, so two files of the same name (from different folders) both keep it. */
  private static List<Path> write(Path dir, List<File> files, Map<String, String> userPaths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path f = dir.resolve(Integer.toString(i)).resolve(files.get(i).name());
      Files.createDirectories(f.getParent());
      Files.writeString(f, files.get(i).text(), StandardCharsets.UTF_8);
      userPaths.put(f.toString(), files.get(i).path());
      out.add(f);
    }
    return out;
  }

  private static Problem renamed(Problem p, Map<String, String> userPaths) {
    String location = p.location();
    for (Map.Entry<String, String> e : userPaths.entrySet()) {
      if (location.startsWith(e.getKey())) {
        return new Problem(e.getValue() + location.substring(e.getKey().length()), p.message());
      }
    }
    return p;
  }
}
