package com.shoptalk.productlinks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog's products as its counting shop links need them (id, title, the product's page in the shop), in a file
 * of their own that the import writes beside the search index. The web function looks products up in it without
 * Lucene, without the catalog and without reading the whole file into objects: it is sorted by id and searched
 * in place.
 *
 * <p>One product a line, UTF-8, {@code id TAB title TAB link}; backslash, tab, carriage return and line feed inside
 * a value are escaped ({@code \\}, {@code \t}, {@code \r}, {@code \n}); lines sorted by the escaped id's bytes.
 */
public final class ProductLinkFile {

  /** The file's name in a prebuilt catalog's folder. */
  public static final String NAME = "links.tsv";

  private final MappedByteBuffer bytes;
  private final int[] lineStarts;

  private ProductLinkFile(MappedByteBuffer bytes, int[] lineStarts) {
    this.bytes = bytes;
    this.lineStarts = lineStarts;
  }

  /**
   * A product as a shop link leads to it.
   *
   * @param id    the catalog id
   * @param title the product's title
   * @param link  the product's page in the shop, may be empty
   */
  public record Entry(String id, String title, String link) {

    /** Requires the id and title; a missing link is empty. */
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      link = link == null ? "" : link;
    }
  }

  /**
   * Writes the entries, sorted by id, into a file.
   *
   * @param file    the file
   * @param entries the entries, ids distinct
   */
  public static void write(Path file, Collection<Entry> entries) {
    List<byte[]> lines = entries.stream()
        .map(e -> (escape(e.id()) + "\t" + escape(e.title()) + "\t" + escape(e.link()) + "\n")
            .getBytes(StandardCharsets.UTF_8))
        .sorted(Comparator.comparing(ProductLinkFile::key, Arrays::compareUnsigned))
        .toList();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      for (byte[] line : lines) {
        out.write(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a file {@link #write} wrote, memory-mapped.
   *
   * @param file the file
   * @return the file, ready for lookups
   * @throws UncheckedIOException when it cannot be read
   */
  public static ProductLinkFile open(Path file) {
    try (FileChannel channel = FileChannel.open(file)) {
      if (channel.size() > Integer.MAX_VALUE) {
        throw new IOException(file + " is larger than 2 GB");
      }
      MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      int size = bytes.limit();
      int lines = 0;
      for (int i = 0; i < size; i++) {
        if (bytes.get(i) == '\n') {
          lines++;
        }
      }
      int[] starts = new int[lines + 1];
      int line = 1;
      for (int i = 0; i < size && line <= lines; i++) {
        if (bytes.get(i) == '\n') {
          starts[line++] = i + 1;
        }
      }
      return new ProductLinkFile(bytes, starts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read product links " + file + ": " + e.getMessage(), e);
    }
  }

  /** Returns how many products the file has. */
  public int size() {
    return lineStarts.length - 1;
  }

  /**
   * Finds a product by its id.
   *
   * @param id the catalog id
   * @return the product, or empty when the catalog has none with that id
   */
  public Optional<Entry> find(String id) {
    byte[] wanted = escape(id).getBytes(StandardCharsets.UTF_8);
    int low = 0;
    int high = size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int compared = compareKey(middle, wanted);
      if (compared < 0) {
        low = middle + 1;
      } else if (compared > 0) {
        high = middle - 1;
      } else {
        return Optional.of(entry(middle));
      }
    }
    return Optional.empty();
  }

  /** Compares the id of a line with an escaped id, as unsigned bytes. */
  private int compareKey(int line, byte[] wanted) {
    int position = lineStarts[line];
    for (int i = 0; ; i++, position++) {
      byte own = bytes.get(position);
      boolean ownEnded = own == '\t';
      boolean wantedEnded = i == wanted.length;
      if (ownEnded || wantedEnded) {
        return ownEnded && wantedEnded ? 0 : ownEnded ? -1 : 1;
      }
      int compared = Byte.compareUnsigned(own, wanted[i]);
      if (compared != 0) {
        return compared;
      }
    }
  }

  private Entry entry(int line) {
    int start = lineStarts[line];
    int end = lineStarts[line + 1] - 1;
    byte[] text = new byte[end - start];
    bytes.get(start, text);
    String[] values = new String(text, StandardCharsets.UTF_8).split("\t", -1);
    return new Entry(unescape(values[0]), unescape(values[1]), values.length > 2 ? unescape(values[2]) : "");
  }

  /** The bytes of a written line up to its first tab: its escaped id. */
  private static byte[] key(byte[] line) {
    int tab = 0;
    while (line[tab] != '\t') {
      tab++;
    }
    return Arrays.copyOf(line, tab);
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(switch (next) {
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'n' -> '\n';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
