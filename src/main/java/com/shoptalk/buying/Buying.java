package com.shoptalk.buying;

import com.shoptalk.catalog.Product;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A shopper who wants to buy a product.
 *
 * @param product the product
 * @param locale the shopper's locale, which is the catalog's and the e-mail's language
 * @param email the shopper's address, when they granted the e-mail permission
 * @param givenName the shopper's given name, when they granted that permission
 */
public record Buying(Product product, Locale locale, Optional<String> email, Optional<String> givenName) {
  public Buying {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(givenName, "givenName");
  }
}
