package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled sample corpus: {@code samples/corpus} in the working directory when run from the
 * repository, otherwise the copy packaged in the jar (extracted to a temporary folder). The filler
 * articles of the benchmark ({@code samples/filler}) are found the same way.
 */
final class SampleCorpus {

  private SampleCorpus() {}

  static Path path() throws IOException {
    return path("corpus");
  }

  /** The folder {@code samples/NAME}, from the working directory or the jar. */
  static Path path(String name) throws IOException {
    Path local = Path.of("samples", name);
    if (Files.isDirectory(local)) {
      return local;
    }
    URL url = SampleCorpus.class.getResource("/samples/" + name);
    if (url == null) {
      throw new IOException("samples/" + name + " is missing: not here and not in the jar");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("file")) {
        return Path.of(uri);
      }
      FileSystem fs;
      try {
        fs = FileSystems.getFileSystem(uri);
      } catch (FileSystemNotFoundException e) {
        fs = FileSystems.newFileSystem(uri, Map.of());
      }
      Path tmp = Files.createTempDirectory("entente-samples");
      try (Stream<Path> files = Files.list(fs.getPath("/samples/" + name))) {
        for (Path f : files.toList()) {
          try (InputStream in = Files.newInputStream(f)) {
            Files.copy(in, tmp.resolve(f.getFileName().toString()));
          }
        }
      }
      return tmp;
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
