package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merger of variants into products: rows sharing an {@code item_group_id} become one product whose id is the
 * group id, with the variants' colours and sizes, the lowest price and the title they share.
 */
final class VariantMerger {

  private VariantMerger() {
  }

  /**
   * Returns the products of valid rows, in feed order.
   *
   * @param rows    the valid rows
   * @param skipped  where a group whose id is also a row's id goes
   * @param warnings where ignored values go
   * @return the products
   */
  static List<Product> products(List<ValidRow> rows, List<SkippedRow> skipped, List<FeedWarning> warnings) {
    Map<String, List<ValidRow>> groups = new LinkedHashMap<>();
    for (ValidRow row : rows) {
      String group = row.row().get("item_group_id");
      groups.computeIfAbsent(group.isEmpty() ? "id:" + row.id() : "group:" + group, k -> new ArrayList<>())
          .add(row);
    }
    List<Product> products = new ArrayList<>();
    Set<String> productIds = new LinkedHashSet<>();
    for (List<ValidRow> variants : groups.values()) {
      Product product = merge(variants, warnings);
      if (!productIds.add(product.id())) {
        skipped.add(new SkippedRow(variants.get(0).row().line(), "product id '" + product.id()
            + "' is used both as an id and as an item_group_id"));
        continue;
      }
      products.add(product);
    }
    return products;
  }

  private static Product merge(List<ValidRow> variants, List<FeedWarning> warnings) {
    ValidRow first = variants.get(0);
    String group = first.row().get("item_group_id");
    ValidRow cheapest = variants.stream().min(Comparator.comparing(ValidRow::effectivePrice)).orElseThrow();
    Set<String> colors = new LinkedHashSet<>();
    Set<String> sizes = new LinkedHashSet<>();
    for (ValidRow variant : variants) {
      variant.row().all("color").forEach(c -> colors.addAll(split(c, "[/,]")));
      variant.row().all("size").forEach(s -> sizes.addAll(split(s, ",")));
    }
    String title = variants.size() == 1 ? first.title() : commonTitle(variants.stream().map(ValidRow::title).toList());
    String brand = firstNonEmpty(variants, "brand");
    return new Product(
        group.isEmpty() ? first.id() : group,
        title,
        SpokenNames.of(title, brand),
        firstNonEmpty(variants, "description"),
        firstNonEmpty(variants, "link"),
        firstNonEmpty(variants, "image_link"),
        cheapest.price(),
        cheapest.salePrice(),
        FactsReader.availability(variants, warnings),
        brand,
        List.copyOf(colors),
        List.copyOf(sizes),
        category(first.row()),
        firstNonEmpty(variants, "gtin"),
        group,
        List.of(),
        FactsReader.facts(variants, warnings));
  }

  private static String firstNonEmpty(List<ValidRow> variants, String attribute) {
    return variants.stream().map(v -> v.row().get(attribute)).filter(v -> !v.isEmpty()).findFirst().orElse("");
  }

  private static List<String> split(String value, String separators) {
    return Arrays.stream(value.split(separators)).filter(p -> !p.isBlank()).map(String::strip).toList();
  }

  /** Returns the words all titles start with, or the first title when they share fewer than two words. */
  static String commonTitle(List<String> titles) {
    String[] common = titles.get(0).split("\\s+");
    int length = common.length;
    for (String title : titles.subList(1, titles.size())) {
      String[] words = title.split("\\s+");
      int i = 0;
      while (i < length && i < words.length && words[i].equals(common[i])) {
        i++;
      }
      length = i;
    }
    if (length == common.length) {
      return titles.get(0);
    }
    String prefix = String.join(" ", Arrays.asList(common).subList(0, length)).replaceAll("[\\s\\-–—,|/:(]+$", "");
    return prefix.split("\\s+").length >= 2 ? prefix : titles.get(0);
  }

  /** Returns the last segment of the product type ("Armchairs" of "Home > Furniture > Armchairs"). */
  private static String category(FeedRow row) {
    String type = row.get("product_type");
    if (type.isEmpty()) {
      type = row.get("google_product_category");
      if (type.matches("\\d+")) {
        return "";
      }
    }
    String[] segments = type.split(">");
    return segments[segments.length - 1].strip();
  }
}
