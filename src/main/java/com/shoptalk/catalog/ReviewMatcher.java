package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The matcher of a reviews feed's reviews to the products of a product feed: by the reviewed product's sku (the
 * product feed's {@code id}, of a product or of one of its variants), else by its GTIN.
 */
final class ReviewMatcher {

  private ReviewMatcher() {
  }

  /**
   * Returns the products with the reviews about them added.
   *
   * @param products the products
   * @param rows     the valid rows they were made of, for variant ids and GTINs
   * @param reviews  the reviews
   * @param warnings where a review that names no product of the feed goes
   * @return the products, in the same order
   */
  static List<Product> attach(List<Product> products, List<ValidRow> rows, List<ReviewFeedReader.FeedReview> reviews,
      List<FeedWarning> warnings) {
    Map<String, String> productBySku = new HashMap<>();
    Map<String, String> productByGtin = new HashMap<>();
    for (ValidRow row : rows) {
      String group = row.row().get("item_group_id");
      String product = group.isEmpty() ? row.id() : group;
      productBySku.put(row.id(), product);
      productBySku.putIfAbsent(product, product);
      if (!row.row().get("gtin").isEmpty()) {
        productByGtin.put(row.row().get("gtin"), product);
      }
    }
    Map<String, List<Review>> byProduct = new LinkedHashMap<>();
    for (ReviewFeedReader.FeedReview review : reviews) {
      String product = review.skus().stream().map(productBySku::get).filter(p -> p != null).findFirst()
          .or(() -> review.gtins().stream().map(productByGtin::get).filter(p -> p != null).findFirst())
          .orElse(null);
      if (product == null) {
        warnings.add(new FeedWarning(review.line(), "review ignored: no product of the feed has the sku "
            + String.join(", ", review.skus()) + (review.gtins().isEmpty() ? "" : " or the gtin "
            + String.join(", ", review.gtins()))));
      } else {
        byProduct.computeIfAbsent(product, k -> new ArrayList<>()).add(review.review());
      }
    }
    return products.stream().map(p -> {
      List<Review> more = byProduct.get(p.id());
      if (more == null) {
        return p;
      }
      List<Review> all = new ArrayList<>(p.reviews());
      all.addAll(more);
      return p.withReviews(all);
    }).toList();
  }
}
