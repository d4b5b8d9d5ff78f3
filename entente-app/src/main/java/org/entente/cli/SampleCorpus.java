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
 * repository, otherwise the copy packaged in the jar (extracted to a temporary folder).
 */
final class SampleCorpus {

  private SampleCorpus() {}

  static Path path() throws IOException {
    Path local = Path.of("samples", "corpus");
    if (Files.isDirectory(local)) {
      return local;
    }
    URL url = SampleCorpus.class.getResource("/samples/corpus");
    if (url == null) {
      throw new IOException("the sample corpus is missing: no samples/corpus here and none in the jar");
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
      try (Stream<Path> files = Files.list(fs.getPath("/samples/corpus"))) {
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
