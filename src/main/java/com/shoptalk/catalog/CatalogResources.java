package com.shoptalk.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the catalog's reviewed word lists from the classpath ({@code src/main/resources/catalog}). */
public final class CatalogResources {

  private CatalogResources() {
  }

  /**
   * Returns the lines of a classpath resource, stripped.
   *
   * @param resource the resource path, e.g. {@code /catalog/german-nouns.txt}
   * @return its lines, blank ones included
   * @throws IllegalStateException when it is missing
   */
  public static List<String> lines(String resource) {
    InputStream in = CatalogResources.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** Returns the lines of a resource that are neither blank nor comments ({@code #}). */
  public static List<String> content(String resource) {
    return lines(resource).stream().filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }
}
