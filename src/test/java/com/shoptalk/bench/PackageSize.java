package com.shoptalk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The size of a function package: its files unzipped (Lambda's limit counts these) and as the zip
 * {@code sam deploy} uploads.
 */
record PackageSize(int files, long bytes, long zippedBytes) {

  static PackageSize of(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    long bytes = 0;
    CountingStream counter = new CountingStream();
    try (ZipOutputStream zip = new ZipOutputStream(counter)) {
      for (Path file : files) {
        bytes += Files.size(file);
        zip.putNextEntry(new ZipEntry(folder.relativize(file).toString()));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
    return new PackageSize(files.size(), bytes, counter.count);
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
