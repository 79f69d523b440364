package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The check of every feed row for what a product needs: an id, a title, a price in the catalog's currency. */
final class RowValidator {

  private RowValidator() {
  }

  /**
   * Returns the rows that can become products; the others are reported with their line and reason.
   *
   * @param rows     the rows read
   * @param currency the catalog's currency
   * @param skipped  where skipped rows go
   * @return the valid rows, in feed order
   */
  static List<ValidRow> validate(List<FeedRow> rows, Currency currency, List<SkippedRow> skipped) {
    List<ValidRow> valid = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    for (FeedRow row : rows) {
      String id = row.get("id");
      String title = row.get("title");
      try {
        String problem = id.isEmpty() ? "missing id"
            : title.isEmpty() ? "missing title"
            : row.get("price").isEmpty() ? "missing price"
            : null;
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
        Money price = PriceParser.parse(row.get("price"), currency, "price");
        Money salePrice = row.get("sale_price").isEmpty() ? null
            : PriceParser.parse(row.get("sale_price"), currency, "sale_price");
        if (idLines.containsKey(id)) {
          throw new IllegalArgumentException("duplicate id '" + id + "' (first on line " + idLines.get(id) + ")");
        }
        idLines.put(id, row.line());
        valid.add(new ValidRow(row, id, title, price, salePrice));
      } catch (IllegalArgumentException e) {
        skipped.add(new SkippedRow(row.line(), e.getMessage()));
      }
    }
    return valid;
  }
}
