package com.shoptalk.bench;

import com.shoptalk.catalog.bench.SearchBenchmark;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * A large product feed made from the demo catalog, as a merchant would hand it in (Google Merchant
 * Center TSV, the demo's own columns): every demo row repeated with an adjective and a series name
 * in its title, its price times 0.5–2.0 and a random colour of the catalog — the same recipe as
 * the search benchmark's synthetic catalog, written as a feed file that {@code sam build}'s Makefile
 * builds the packed skill's catalogs from ({@code CATALOG_FEED_EN_US} / {@code CATALOG_FEED_DE_DE}).
 */
public final class LargeFeed {
  private LargeFeed() {
  }

  /**
   * Writes a feed of {@code size} products for a locale.
   *
   * @param languageTag {@code en-US} or {@code de-DE}
   * @return the feed file
   */
  public static Path write(Path folder, String languageTag, int size) throws IOException {
    List<String[]> demo = new ArrayList<>();
    String header;
    String resource = "/catalog/demo-" + languageTag + ".tsv";
    try (InputStream in = LargeFeed.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      header = reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          demo.add(line.split("\t", -1));
        }
      }
    }
    List<String> columns = List.of(header.split("\t"));
    int id = columns.indexOf("id");
    int group = columns.indexOf("item_group_id");
    int title = columns.indexOf("title");
    int price = columns.indexOf("price");
    int color = columns.indexOf("color");
    var colors = new LinkedHashSet<String>();
    demo.stream().map(row -> row[color]).filter(c -> !c.isBlank()).forEach(colors::add);
    List<String> palette = List.copyOf(colors);
    List<String> adjectives = languageTag.startsWith("de") ? SearchBenchmark.DE_ADJECTIVES : SearchBenchmark.EN_ADJECTIVES;

    Random random = new Random(42);
    Path feed = folder.resolve("large-" + languageTag + ".tsv");
    try (BufferedWriter out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
      out.write(header);
      out.newLine();
      for (int i = 0; i < size; i++) {
        String[] row = demo.get(i % demo.size()).clone();
        row[id] = row[id] + "-" + i;
        row[group] = "";
        row[title] = adjectives.get(random.nextInt(adjectives.size())) + " " + row[title] + " "
            + SearchBenchmark.SERIES.get(random.nextInt(SearchBenchmark.SERIES.size()));
        String[] amount = row[price].split(" ");
        BigDecimal factor = BigDecimal.valueOf(50 + random.nextInt(150), 2);
        row[price] = new BigDecimal(amount[0]).multiply(factor).setScale(2, RoundingMode.HALF_UP) + " " + amount[1];
        row[color] = palette.get(random.nextInt(palette.size()));
        out.write(String.join("\t", row));
        out.newLine();
      }
    }
    return feed;
  }
}
