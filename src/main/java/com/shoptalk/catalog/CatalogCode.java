package com.shoptalk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.util.Version;

/**
 * The version of the code a prebuilt catalog depends on: a SHA-256 of this package's classes (feed reading, text
 * analysis, indexing), its word lists ({@code catalog/*.txt}: nouns, vocabularies, synonyms) and Lucene's version.
 *
 * <p>Any change to how a feed is read or its words analysed changes it, with nobody having to remember to bump a
 * number, so an index is never searched with analysis other than it was written with. A change that does not
 * matter (a comment moving a line) costs only a rebuild.
 *
 * <p>Working it out reads and hashes about 100 class files and the word lists, some 100 ms at a cold start. The
 * packed skill does not: {@code sam build} (the Makefile) writes the version of the very classes it packs into the
 * package as {@value #STAMP_RESOURCE} ({@link #writeStamp}), and a function reads that instead. The local run and the
 * tests, whose classes change as they are edited and which have no stamp, work it out.
 */
final class CatalogCode {

  private static final String ANCHOR_RESOURCE = "/catalog/german-nouns.txt";
  /** Where a packed function finds the version of its catalog code, written when it was packed. */
  static final String STAMP_RESOURCE = "/catalog/code-version.txt";
  private static final Pattern VERSION = Pattern.compile("[0-9a-f]{24}");
  private static volatile String version;

  private CatalogCode() {
  }

  /** Returns the version of the running catalog code, worked out once. */
  static String version() {
    String known = version;
    if (known == null) {
      known = stamped(CatalogCode.class.getResource(STAMP_RESOURCE));
      if (known == null) {
        known = compute();
      }
      version = known;
    }
    return known;
  }

  /**
   * The version written into the package when it was packed, or null when there is none or it is not a version (then
   * it is worked out).
   */
  static String stamped(URL stamp) {
    if (stamp == null) {
      return null;
    }
    try (var in = stamp.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      return VERSION.matcher(text).matches() ? text : null;
    } catch (IOException unreadable) {
      return null;
    }
  }

  /**
   * Writes the version of the catalog code on the class path into a file, for a package to read ({@link #version()}).
   *
   * @return the version written
   */
  static String writeStamp(Path file) throws IOException {
    String computed = compute();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, computed + "\n", StandardCharsets.US_ASCII);
    return computed;
  }

  /** Works the version out from the class files and word lists on the class path, whatever a stamp says. */
  static String compute() {
    MessageDigest digest = PrebuiltCatalog.sha256();
    digest.update(("format " + PrebuiltCatalog.FORMAT + ", lucene " + Version.LATEST + "\n")
        .getBytes(StandardCharsets.UTF_8));
    try {
      hashFiles(digest, Catalog.class.getResource(Catalog.class.getSimpleName() + ".class"), ".class");
      hashFiles(digest, Catalog.class.getResource(ANCHOR_RESOURCE), ".txt");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalog code to version it: " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 12);
  }

  /** Hashes the names and bytes of the files with an ending in the folder of a class path resource. */
  private static void hashFiles(MessageDigest digest, URL anchor, String ending) throws IOException {
    if (anchor == null) {
      throw new IOException("the catalog code is not on the class path");
    }
    try {
      URI uri = anchor.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem jar;
        try {
          jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException open) {
          jar = FileSystems.getFileSystem(uri);
        }
        hashFolder(digest, jar.provider().getPath(uri).getParent(), ending);
      } else {
        hashFolder(digest, Path.of(uri).getParent(), ending);
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  private static void hashFolder(MessageDigest digest, Path folder, String ending) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      // The stamp is not catalog code: a package's version worked out is the version stamped into it.
      files = listed.filter(f -> f.getFileName().toString().endsWith(ending))
          .filter(f -> !STAMP_RESOURCE.endsWith("/" + f.getFileName())).sorted().toList();
    }
    for (Path file : files) {
      digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(file));
    }
  }
}
